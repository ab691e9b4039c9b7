import { match } from 'ts-pattern';
import { z } from 'zod';

/**
 * The canonical ticket states every adapter maps to and from.
 *
 * Use it to validate a status at a boundary and to enumerate the states.
 *
 * - `new`: created, nobody has worked on it yet. A ticket never returns here.
 * - `open`: the service desk owes the next step.
 * - `pending`: waiting for the requester (Zendesk *Pending*, ServiceNow *On Hold / Awaiting
 *   Caller*, Jira *Waiting for customer*).
 * - `on_hold`: waiting for someone other than the requester; always has a {@link HoldReason}.
 * - `resolved`: the desk considers it solved; the requester can still reopen it by replying.
 * - `closed`: final; a later reply starts a follow-up ticket (or reopens, per platform option).
 * - `canceled`: final; withdrawn, duplicate or raised in error, never worked to a solution.
 *
 * @example
 * ```ts
 * import { ticketStatusSchema } from '@rapport/core/ticket';
 *
 * ticketStatusSchema.safeParse('solved').success; // false: the canonical name is 'resolved'
 * ```
 * @since 0.1.0
 */
export const ticketStatusSchema = z.enum([
  'new',
  'open',
  'pending',
  'on_hold',
  'resolved',
  'closed',
  'canceled',
]);

/**
 * A canonical ticket state, inferred from {@link ticketStatusSchema}.
 *
 * @example
 * ```ts
 * import type { TicketStatus } from '@rapport/core/ticket';
 *
 * const status: TicketStatus = 'on_hold';
 * ```
 * @since 0.1.0
 */
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/**
 * Why an `on_hold` ticket waits: the party other than the requester that owes the next step.
 * The values follow ServiceNow's incident hold reasons (*Awaiting Vendor*, *Awaiting Change*,
 * *Awaiting Problem*) plus a general `awaiting_third_party`. Waiting for the requester is not a
 * hold reason: that is the `pending` state.
 *
 * @example
 * ```ts
 * import { holdReasonSchema } from '@rapport/core/ticket';
 *
 * holdReasonSchema.parse('awaiting_vendor'); // 'awaiting_vendor'
 * ```
 * @since 0.1.0
 */
export const holdReasonSchema = z.enum([
  'awaiting_third_party',
  'awaiting_vendor',
  'awaiting_change',
  'awaiting_problem',
]);

/**
 * A hold reason, inferred from {@link holdReasonSchema}.
 *
 * @example
 * ```ts
 * import type { HoldReason } from '@rapport/core/ticket';
 *
 * const reason: HoldReason = 'awaiting_change';
 * ```
 * @since 0.1.0
 */
export type HoldReason = z.infer<typeof holdReasonSchema>;

/**
 * The coarse category of a state, which SLA clocks pause and resume on.
 *
 * - `active`: the desk owes the next step (`new`, `open`).
 * - `waiting_requester`: the requester owes it (`pending`).
 * - `waiting_third_party`: a vendor, change or problem owes it (`on_hold`).
 * - `solved`: `resolved`, reopenable.
 * - `terminal`: `closed`, `canceled`.
 *
 * @example
 * ```ts
 * import { stateCategorySchema } from '@rapport/core/ticket';
 *
 * stateCategorySchema.options.length; // 5
 * ```
 * @since 0.1.0
 */
export const stateCategorySchema = z.enum([
  'active',
  'waiting_requester',
  'waiting_third_party',
  'solved',
  'terminal',
]);

/**
 * A state category, inferred from {@link stateCategorySchema}.
 *
 * @example
 * ```ts
 * import type { StateCategory } from '@rapport/core/ticket';
 *
 * const category: StateCategory = 'waiting_requester';
 * ```
 * @since 0.1.0
 */
export type StateCategory = z.infer<typeof stateCategorySchema>;

/**
 * The category of a ticket state.
 *
 * Use it wherever behaviour depends on who owes the next step rather than on the exact state:
 * SLA clocks pause while a ticket is `waiting_requester` or `waiting_third_party`, stop when it is
 * `solved` or `terminal`.
 *
 * @example
 * ```ts
 * import { stateCategory } from '@rapport/core/ticket';
 *
 * stateCategory('pending'); // 'waiting_requester'
 * stateCategory('canceled'); // 'terminal'
 * ```
 * @since 0.1.0
 */
export function stateCategory(status: TicketStatus): StateCategory {
  return match(status)
    .returnType<StateCategory>()
    .with('new', 'open', () => 'active')
    .with('pending', () => 'waiting_requester')
    .with('on_hold', () => 'waiting_third_party')
    .with('resolved', () => 'solved')
    .with('closed', 'canceled', () => 'terminal')
    .exhaustive();
}
