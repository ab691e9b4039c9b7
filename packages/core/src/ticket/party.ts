import { z } from 'zod';

/**
 * What kind of participant a {@link Party} is.
 *
 * Use it to tell the customer side (`requester`) from the service side (`agent`), from automation
 * that acts on the ticket (`system`: triggers, SLA automations, auto-close) and from bots that
 * talk to the customer (`bot`).
 *
 * @example
 * ```ts
 * import { partyKindSchema } from '@rapport/core/ticket';
 *
 * partyKindSchema.options; // ['requester', 'agent', 'system', 'bot']
 * ```
 * @since 0.1.0
 */
export const partyKindSchema = z.enum(['requester', 'agent', 'system', 'bot']);

/**
 * A party kind, inferred from {@link partyKindSchema}.
 *
 * @example
 * ```ts
 * import type { PartyKind } from '@rapport/core/ticket';
 *
 * const kind: PartyKind = 'agent';
 * ```
 * @since 0.1.0
 */
export type PartyKind = z.infer<typeof partyKindSchema>;

/**
 * A participant in a ticket: who asked, who answers, who or what acted.
 *
 * Use it for the requester and assignee of a ticket, the author of a message and the actor of an
 * event.
 *
 * `id` is the identifier in the source system (an e-mail address is fine when there is nothing
 * better); `name` and `email` are optional display data and are not validated beyond being
 * non-empty, because vendor exports carry addresses no RFC parser accepts.
 *
 * @example
 * ```ts
 * import { partySchema } from '@rapport/core/ticket';
 *
 * const requester = partySchema.parse({ kind: 'requester', id: 'u-42', name: 'Dana Reyes' });
 * ```
 * @since 0.1.0
 */
export const partySchema = z.object({
  /** What kind of participant this is. */
  kind: partyKindSchema,
  /** Stable identifier in the source system. */
  id: z.string().min(1),
  /** Display name. */
  name: z.string().min(1).optional(),
  /** E-mail address, when known. */
  email: z.string().min(1).optional(),
});

/**
 * A participant, inferred from {@link partySchema}.
 *
 * @example
 * ```ts
 * import type { Party } from '@rapport/core/ticket';
 *
 * const agent: Party = { kind: 'agent', id: 'a-7', name: 'Sam' };
 * ```
 * @since 0.1.0
 */
export type Party = z.infer<typeof partySchema>;
