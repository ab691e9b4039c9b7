import { z } from 'zod';
import { CHANNEL_NAMES } from './channel-names.js';

/**
 * The channels a message can travel on, one schema shared by tickets and communication models.
 *
 * Use it to validate a channel name at a boundary (a webhook payload, a CLI input line).
 *
 * The values follow the three communication models of the design: one-way broadcast channels
 * (`status_page`, `broadcast`), interactive ones (`email`, `portal`, `social`, `sms`, `api`) and
 * transactional ones (`chat`, `phone`, `in_person`, `remote_session`). Which model a channel
 * defaults to lives in `@rapport/core/model`; this schema only names the channels. `other` is
 * for anything an adapter cannot map, so nothing is coerced into a wrong channel.
 *
 * @example
 * ```ts
 * import { channelSchema } from '@rapport/core/ticket';
 *
 * channelSchema.parse('remote_session'); // 'remote_session'
 * channelSchema.safeParse('fax').success; // false
 * ```
 * @since 0.1.0
 */
export const channelSchema = z.enum(CHANNEL_NAMES);

/**
 * A channel name, inferred from {@link channelSchema}.
 *
 * @example
 * ```ts
 * import type { Channel } from '@rapport/core/ticket';
 *
 * const channel: Channel = 'chat';
 * ```
 * @since 0.1.0
 */
export type Channel = z.infer<typeof channelSchema>;
