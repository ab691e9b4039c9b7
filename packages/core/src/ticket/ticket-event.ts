import { z } from 'zod';
import { channelSchema } from './channel.js';
import { isoTimestampSchema } from './internal/timestamp.js';
import { messageSchema } from './message.js';
import { assigneePartySchema, requesterPartySchema } from './internal/roles.js';
import { partySchema } from './party.js';
import { prioritySchema } from './priority.js';
import { holdReasonSchema, ticketStatusSchema } from './ticket-status.js';

const base = {
  /** Identifier of the event, unique in its log. */
  id: z.string().min(1),
  /** The ticket the event belongs to. */
  ticketId: z.string().min(1),
  /** When it happened (ISO 8601 with offset). */
  at: isoTimestampSchema,
  /** Who or what caused it. */
  actor: partySchema,
};

const publicOutbound = messageSchema.extend({
  /** Always `public`: a reply the requester sees. */
  visibility: z.literal('public'),
  /** Always `outbound`: from the desk to the requester side. */
  direction: z.literal('outbound'),
});
const publicInbound = messageSchema.extend({
  /** Always `public`. */
  visibility: z.literal('public'),
  /** Always `inbound`: from the requester side to the desk. */
  direction: z.literal('inbound'),
});
const internal = messageSchema.extend({
  /** Always `internal`: only agents see it. */
  visibility: z.literal('internal'),
});

/**
 * Everything that can happen to a ticket, as one union discriminated on `type`.
 *
 * Use it to validate events from a webhook, a queue or an export before feeding them to
 * `transition` or `replay` (`parseEvent` wraps it and throws a typed error).
 *
 * Every event has `id`, `ticketId`, `at` and `actor`. The kinds:
 * - `created`: the ticket exists; carries subject, requester, priority, channel, optionally the
 *   initial public message, an assignee and the closed ticket it follows up (`followUpOf`).
 * - `assigned`: `assignee` is the new agent or bot, or `null` to unassign.
 * - `agent_replied`: a public outbound `message`.
 * - `internal_note`: an internal `message`.
 * - `customer_replied`: a public inbound `message`.
 * - `status_changed`: a manual change `to` a status, with `holdReason` when `to` is `on_hold`.
 * - `priority_changed`: the new `priority`.
 * - `resolved` (optional `resolution` text), `reopened` and `canceled` (optional `reason`),
 *   `closed`.
 * - `merged`: this ticket was merged `intoTicketId` and is closed.
 *
 * A message whose visibility or direction does not fit the event kind fails validation at
 * `message.visibility` or `message.direction`.
 *
 * @example
 * ```ts
 * import { ticketEventSchema } from '@rapport/core/ticket';
 *
 * const event = ticketEventSchema.parse({
 *   type: 'status_changed',
 *   id: 'e-4',
 *   ticketId: 'T-1001',
 *   at: '2024-05-02T10:00:00Z',
 *   actor: { kind: 'agent', id: 'a-7' },
 *   to: 'on_hold',
 *   holdReason: 'awaiting_vendor',
 * });
 * ```
 * @since 0.1.0
 */
export const ticketEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    /** The ticket was created. */
    type: z.literal('created'),
    /** Subject line or title. */
    subject: z.string(),
    /** Who asked. */
    requester: requesterPartySchema,
    /** Initial priority. */
    priority: prioritySchema,
    /** Channel the ticket was opened through. */
    channel: channelSchema,
    /** Initial assignee, when assigned at creation. */
    assignee: assigneePartySchema.optional(),
    /** The initial public message (the request itself), when there is one. */
    message: messageSchema
      .extend({
        /** Always `public`. */
        visibility: z.literal('public'),
      })
      .optional(),
    /** The closed ticket this one follows up. */
    followUpOf: z.string().min(1).optional(),
  }),
  z.object({
    ...base,
    /** The assignee changed. */
    type: z.literal('assigned'),
    /** The new assignee (an agent or a bot), or `null` to unassign. */
    assignee: assigneePartySchema.nullable(),
  }),
  z.object({
    ...base,
    /** An agent or bot sent a public reply. */
    type: z.literal('agent_replied'),
    /** The reply. */
    message: publicOutbound,
  }),
  z.object({
    ...base,
    /** Someone added an internal note. */
    type: z.literal('internal_note'),
    /** The note. */
    message: internal,
  }),
  z.object({
    ...base,
    /** The requester side sent a public message. */
    type: z.literal('customer_replied'),
    /** The message. */
    message: publicInbound,
  }),
  z.object({
    ...base,
    /** Someone changed the status by hand. */
    type: z.literal('status_changed'),
    /** The new status. */
    to: ticketStatusSchema,
    /** Why the ticket waits; required when `to` is `on_hold`, forbidden otherwise. */
    holdReason: holdReasonSchema.optional(),
  }),
  z.object({
    ...base,
    /** Someone changed the priority. */
    type: z.literal('priority_changed'),
    /** The new priority. */
    priority: prioritySchema,
  }),
  z.object({
    ...base,
    /** The ticket was resolved. */
    type: z.literal('resolved'),
    /** What solved it, in words. */
    resolution: z.string().optional(),
  }),
  z.object({
    ...base,
    /** A solved ticket was reopened. */
    type: z.literal('reopened'),
    /** Why, in words. */
    reason: z.string().optional(),
  }),
  z.object({
    ...base,
    /** The ticket was closed. */
    type: z.literal('closed'),
  }),
  z.object({
    ...base,
    /** The ticket was canceled. */
    type: z.literal('canceled'),
    /** Why, in words. */
    reason: z.string().optional(),
  }),
  z.object({
    ...base,
    /** The ticket was merged into another one. */
    type: z.literal('merged'),
    /** The ticket that now carries the conversation. */
    intoTicketId: z.string().min(1),
  }),
]);

/**
 * A ticket event, inferred from {@link ticketEventSchema}.
 *
 * @example
 * ```ts
 * import type { TicketEvent } from '@rapport/core/ticket';
 *
 * const resolved: TicketEvent = {
 *   type: 'resolved',
 *   id: 'e-9',
 *   ticketId: 'T-1001',
 *   at: '2024-05-03T15:00:00Z',
 *   actor: { kind: 'agent', id: 'a-7' },
 *   resolution: 'Replaced the VPN profile.',
 * };
 * ```
 * @since 0.1.0
 */
export type TicketEvent = z.infer<typeof ticketEventSchema>;

/**
 * The `type` of a {@link TicketEvent}.
 *
 * @example
 * ```ts
 * import type { TicketEventType } from '@rapport/core/ticket';
 *
 * const kind: TicketEventType = 'customer_replied';
 * ```
 * @since 0.1.0
 */
export type TicketEventType = TicketEvent['type'];

/**
 * The event of one `type`, e.g. `TicketEventOf<'merged'>`.
 *
 * @example
 * ```ts
 * import type { TicketEventOf } from '@rapport/core/ticket';
 *
 * const describe = (event: TicketEventOf<'merged'>) => `merged into ${event.intoTicketId}`;
 * ```
 * @since 0.1.0
 */
export type TicketEventOf<T extends TicketEventType> = Extract<
  TicketEvent,
  {
    /** The event kind to select. */
    type: T;
  }
>;
