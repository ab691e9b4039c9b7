import { z } from 'zod';
import { channelSchema } from './channel.js';
import { epochMs, isoTimestampSchema } from './internal/timestamp.js';
import { messageSchema } from './message.js';
import { assigneePartySchema, requesterPartySchema } from './internal/roles.js';
import { prioritySchema } from './priority.js';
import { statusChangeSchema } from './status-change.js';
import { holdReasonSchema, ticketStatusSchema } from './ticket-status.js';

/**
 * A ticket: its current state, its conversation and the timeline SLA clocks and the follow-up
 * planner read.
 *
 * Use it to validate a ticket at a boundary (see `parseTicket`, which throws a typed error); the
 * lifecycle functions `transition` and `replay` produce tickets that always pass it.
 *
 * Timeline fields, all ISO 8601 with offset:
 * - `createdAt`, `updatedAt` (the time of the last accepted event).
 * - `statusChanges`: every status change, oldest first; the first has `from: null`.
 * - `firstReplyAt`: the first public agent (or bot) reply after creation; the initial message
 *   never counts. `lastAgentReplyAt` and `lastRequesterMessageAt` are the latest public messages
 *   of each side (the initial message counts for the requester), for next-reply clocks.
 * - `resolvedAt` (set exactly while `resolved` or `closed`), `closedAt` (exactly while `closed`),
 *   `canceledAt` (exactly while `canceled`).
 *
 * Invariants the schema checks, each reported at its path: `holdReason` is present exactly when
 * the status is `on_hold`; the `...At` fields above match the status; the status history is
 * chained (each `from` is the previous `to`), ordered, and ends at the current status; message
 * ids are unique. The requester's `kind` must be `requester` and the assignee's `agent` or `bot`.
 *
 * @example
 * ```ts
 * import { ticketSchema } from '@rapport/core/ticket';
 *
 * const ticket = ticketSchema.parse({
 *   id: 'T-1001',
 *   subject: 'VPN drops every ten minutes',
 *   status: 'new',
 *   priority: 'high',
 *   channel: 'email',
 *   requester: { kind: 'requester', id: 'u-42' },
 *   createdAt: '2024-05-02T08:12:00Z',
 *   updatedAt: '2024-05-02T08:12:00Z',
 *   messages: [],
 *   statusChanges: [{ at: '2024-05-02T08:12:00Z', from: null, to: 'new' }],
 *   reopenCount: 0,
 * });
 * ```
 * @since 0.1.0
 */
export const ticketSchema = z
  .object({
    /** Identifier in the source system. */
    id: z.string().min(1),
    /** Subject line or title. */
    subject: z.string(),
    /** Current canonical state. */
    status: ticketStatusSchema,
    /** Why the ticket is on hold; present exactly when `status` is `on_hold`. */
    holdReason: holdReasonSchema.optional(),
    /** Current priority. */
    priority: prioritySchema,
    /** The channel the ticket was opened through. */
    channel: channelSchema,
    /** Who asked. */
    requester: requesterPartySchema,
    /** Who works on it (an agent or a bot), when assigned. */
    assignee: assigneePartySchema.optional(),
    /** When the ticket was created. */
    createdAt: isoTimestampSchema,
    /** When the last accepted event happened. */
    updatedAt: isoTimestampSchema,
    /** Public replies and internal notes, oldest first. */
    messages: z.array(messageSchema),
    /** Status history, oldest first; never empty. */
    statusChanges: z.array(statusChangeSchema).min(1),
    /** The first public agent or bot reply. */
    firstReplyAt: isoTimestampSchema.optional(),
    /** The latest public agent or bot reply. */
    lastAgentReplyAt: isoTimestampSchema.optional(),
    /** The latest public message from the requester side, the initial message included. */
    lastRequesterMessageAt: isoTimestampSchema.optional(),
    /** When the ticket was resolved; present exactly while `resolved` or `closed`. */
    resolvedAt: isoTimestampSchema.optional(),
    /** When the ticket was closed; present exactly while `closed`. */
    closedAt: isoTimestampSchema.optional(),
    /** When the ticket was canceled; present exactly while `canceled`. */
    canceledAt: isoTimestampSchema.optional(),
    /** How many times the ticket left `resolved` (or `closed`) for `open`. */
    reopenCount: z.number().int().nonnegative(),
    /** The closed ticket this one follows up, when it was spawned by a reply to a closed ticket. */
    followUpOf: z.string().min(1).optional(),
    /** The ticket this one was merged into. */
    mergedInto: z.string().min(1).optional(),
  })
  .superRefine((ticket, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const onHold = ticket.status === 'on_hold';
    if (onHold !== (ticket.holdReason !== undefined)) {
      issue(['holdReason'], onHold ? 'An on_hold ticket needs a holdReason' : `Only an on_hold ticket can have a holdReason (status is ${ticket.status})`);
    }
    const solved = ticket.status === 'resolved' || ticket.status === 'closed';
    if (solved !== (ticket.resolvedAt !== undefined)) {
      issue(['resolvedAt'], solved ? `A resolved or closed ticket needs resolvedAt` : `Only a resolved or closed ticket can have resolvedAt (status is ${ticket.status})`);
    }
    if ((ticket.status === 'closed') !== (ticket.closedAt !== undefined)) {
      issue(['closedAt'], ticket.status === 'closed' ? 'A closed ticket needs closedAt' : `Only a closed ticket can have closedAt (status is ${ticket.status})`);
    }
    if ((ticket.status === 'canceled') !== (ticket.canceledAt !== undefined)) {
      issue(['canceledAt'], ticket.status === 'canceled' ? 'A canceled ticket needs canceledAt' : `Only a canceled ticket can have canceledAt (status is ${ticket.status})`);
    }
    if (epochMs(ticket.updatedAt) < epochMs(ticket.createdAt)) {
      issue(['updatedAt'], 'updatedAt is before createdAt');
    }
    const seen = new Set<string>();
    ticket.messages.forEach((message, index) => {
      if (seen.has(message.id)) issue(['messages', index, 'id'], `Duplicate message id ${message.id}`);
      seen.add(message.id);
    });
    let previous: (typeof ticket.statusChanges)[number] | undefined;
    ticket.statusChanges.forEach((change, index) => {
      if (index === 0 && change.from !== null) {
        issue(['statusChanges', 0, 'from'], 'The first status change must have from: null');
      }
      if (previous) {
        if (change.from !== previous.to) {
          issue(['statusChanges', index, 'from'], `Expected from: ${previous.to}, the previous to`);
        }
        if (epochMs(change.at) < epochMs(previous.at)) {
          issue(['statusChanges', index, 'at'], 'Status changes are out of order');
        }
        if (change.to === 'new') issue(['statusChanges', index, 'to'], 'A ticket never returns to new');
        if (change.from === change.to && change.to !== 'on_hold') {
          issue(['statusChanges', index, 'to'], `A status change from ${change.to} to itself only exists for on_hold`);
        }
      }
      if ((change.to === 'on_hold') !== (change.holdReason !== undefined)) {
        issue(['statusChanges', index, 'holdReason'], 'holdReason is set exactly when to is on_hold');
      }
      previous = change;
    });
    if (previous && previous.to !== ticket.status) {
      issue(['statusChanges', ticket.statusChanges.length - 1, 'to'], `The last status change must end at the current status ${ticket.status}`);
    }
  });

/**
 * A ticket, inferred from {@link ticketSchema}.
 *
 * @example
 * ```ts
 * import type { Ticket } from '@rapport/core/ticket';
 *
 * const waiting = (ticket: Ticket) => ticket.status === 'pending';
 * ```
 * @since 0.1.0
 */
export type Ticket = z.infer<typeof ticketSchema>;
