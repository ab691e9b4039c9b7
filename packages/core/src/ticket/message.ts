import { z } from 'zod';
import { channelSchema } from './channel.js';
import { isoTimestampSchema } from './internal/timestamp.js';
import { partySchema } from './party.js';

/**
 * Whether a message is a public reply the requester sees or an internal note only agents see.
 *
 * @example
 * ```ts
 * import { messageVisibilitySchema } from '@rapport/core/ticket';
 *
 * messageVisibilitySchema.parse('internal'); // 'internal'
 * ```
 * @since 0.1.0
 */
export const messageVisibilitySchema = z.enum(['public', 'internal']);

/**
 * A message visibility, inferred from {@link messageVisibilitySchema}.
 *
 * @example
 * ```ts
 * import type { MessageVisibility } from '@rapport/core/ticket';
 *
 * const visibility: MessageVisibility = 'public';
 * ```
 * @since 0.1.0
 */
export type MessageVisibility = z.infer<typeof messageVisibilitySchema>;

/**
 * Which way a message travels: `inbound` from the customer side to the service desk, `outbound`
 * from the service desk to the customer side.
 *
 * @example
 * ```ts
 * import { messageDirectionSchema } from '@rapport/core/ticket';
 *
 * messageDirectionSchema.parse('inbound'); // 'inbound'
 * ```
 * @since 0.1.0
 */
export const messageDirectionSchema = z.enum(['inbound', 'outbound']);

/**
 * A message direction, inferred from {@link messageDirectionSchema}.
 *
 * @example
 * ```ts
 * import type { MessageDirection } from '@rapport/core/ticket';
 *
 * const direction: MessageDirection = 'outbound';
 * ```
 * @since 0.1.0
 */
export type MessageDirection = z.infer<typeof messageDirectionSchema>;

/**
 * Metadata of a file attached to a message. The content itself is never part of a ticket.
 *
 * @example
 * ```ts
 * import { attachmentSchema } from '@rapport/core/ticket';
 *
 * attachmentSchema.parse({ filename: 'vpn.log', contentType: 'text/plain', size: 5120 });
 * ```
 * @since 0.1.0
 */
export const attachmentSchema = z.object({
  /** Identifier in the source system, when it has one. */
  id: z.string().min(1).optional(),
  /** File name as the sender gave it. */
  filename: z.string().min(1),
  /** MIME type, e.g. `image/png`. */
  contentType: z.string().min(1),
  /** Size in bytes. */
  size: z.number().int().nonnegative(),
  /** Where the content can be fetched, when known. */
  url: z.string().min(1).optional(),
});

/**
 * Attachment metadata, inferred from {@link attachmentSchema}.
 *
 * @example
 * ```ts
 * import type { Attachment } from '@rapport/core/ticket';
 *
 * const screenshot: Attachment = { filename: 'error.png', contentType: 'image/png', size: 48213 };
 * ```
 * @since 0.1.0
 */
export type Attachment = z.infer<typeof attachmentSchema>;

/**
 * One message in a ticket's conversation: a public reply or an internal note.
 *
 * Use it to validate messages coming from a vendor payload or an e-mail, and as the input of the
 * analyzers and of the communication-model observer.
 *
 * `text` is the plain text that analyzers read (possibly empty, e.g. an attachment-only message);
 * `html` keeps the original body when there was one. `createdAt` is when the message was written
 * or received; `updatedAt` when it was last edited, if ever. `inReplyTo` names the message this
 * one answers, when the source system knows it.
 *
 * @example
 * ```ts
 * import { messageSchema } from '@rapport/core/ticket';
 *
 * const message = messageSchema.parse({
 *   id: 'm-1',
 *   visibility: 'public',
 *   direction: 'inbound',
 *   channel: 'email',
 *   author: { kind: 'requester', id: 'u-42' },
 *   text: 'The VPN drops every ten minutes since this morning.',
 *   createdAt: '2024-05-02T08:12:00Z',
 * });
 * ```
 * @since 0.1.0
 */
export const messageSchema = z.object({
  /** Identifier, unique within the ticket. */
  id: z.string().min(1),
  /** Public reply or internal note. */
  visibility: messageVisibilitySchema,
  /** Inbound (customer side to desk) or outbound (desk to customer side). */
  direction: messageDirectionSchema,
  /** The channel the message travelled on. */
  channel: channelSchema,
  /** Who wrote it. */
  author: partySchema,
  /** Plain-text body. */
  text: z.string(),
  /** Original HTML body, when there was one. */
  html: z.string().optional(),
  /** When the message was written or received (ISO 8601 with offset). */
  createdAt: isoTimestampSchema,
  /** When the message was last edited (ISO 8601 with offset). */
  updatedAt: isoTimestampSchema.optional(),
  /** Id of the message this one answers. */
  inReplyTo: z.string().min(1).optional(),
  /** Metadata of attached files. */
  attachments: z.array(attachmentSchema).optional(),
});

/**
 * A message, inferred from {@link messageSchema}.
 *
 * @example
 * ```ts
 * import type { Message } from '@rapport/core/ticket';
 *
 * const note: Message = {
 *   id: 'm-2',
 *   visibility: 'internal',
 *   direction: 'outbound',
 *   channel: 'portal',
 *   author: { kind: 'agent', id: 'a-7' },
 *   text: 'Checked the concentrator logs: tunnel resets every 600 s.',
 *   createdAt: '2024-05-02T08:40:00Z',
 * };
 * ```
 * @since 0.1.0
 */
export type Message = z.infer<typeof messageSchema>;
