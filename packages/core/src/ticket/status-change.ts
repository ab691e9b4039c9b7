import { z } from 'zod';
import { isoTimestampSchema } from './internal/timestamp.js';
import { holdReasonSchema, ticketStatusSchema } from './ticket-status.js';

/**
 * One entry of a ticket's status history: at `at`, the status went from `from` to `to`.
 *
 * Use the list (`ticket.statusChanges`) to compute how long a ticket spent in each state or
 * category, which is what SLA clocks do. The first entry of every ticket has `from: null` (the
 * creation). An entry with `from` equal to `to` only happens for `on_hold` when the hold reason
 * changes. `holdReason` is set exactly when `to` is `on_hold`. `eventId` names the event that
 * caused the change, when the ticket was built from events.
 *
 * @example
 * ```ts
 * import { statusChangeSchema } from '@rapport/core/ticket';
 *
 * statusChangeSchema.parse({ at: '2024-05-02T09:00:00Z', from: 'open', to: 'pending', eventId: 'e-3' });
 * ```
 * @since 0.1.0
 */
export const statusChangeSchema = z.object({
  /** When the change happened (ISO 8601 with offset). */
  at: isoTimestampSchema,
  /** The status before, or `null` for the creation of the ticket. */
  from: ticketStatusSchema.nullable(),
  /** The status after. */
  to: ticketStatusSchema,
  /** The hold reason, exactly when `to` is `on_hold`. */
  holdReason: holdReasonSchema.optional(),
  /** The event that caused the change. */
  eventId: z.string().min(1).optional(),
});

/**
 * A status-history entry, inferred from {@link statusChangeSchema}.
 *
 * @example
 * ```ts
 * import type { StatusChange } from '@rapport/core/ticket';
 *
 * const created: StatusChange = { at: '2024-05-02T08:12:00Z', from: null, to: 'new' };
 * ```
 * @since 0.1.0
 */
export type StatusChange = z.infer<typeof statusChangeSchema>;
