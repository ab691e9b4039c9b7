import { parseOrThrow } from '../internal/parse.js';
import { ticketSchema, type Ticket } from './ticket.js';

/**
 * Validates an unknown value as a {@link Ticket}.
 *
 * Use it at every boundary where a ticket enters your code (a stored JSON document, an adapter's
 * output) before handing it to `transition`.
 *
 * Throws a `RapportError` with code `INVALID_TICKET`; its message names the first bad path and
 * its `issues` list every problem with its zod path. Nothing is coerced: an unknown status, a
 * missing hold reason or an inconsistent status history is an error.
 *
 * @example
 * ```ts
 * import { parseTicket } from '@rapport/core/ticket';
 * import { isRapportError } from '@rapport/core';
 *
 * try {
 *   parseTicket({ id: 'T-1', status: 'solved' });
 * } catch (error) {
 *   if (isRapportError(error)) console.log(error.code, error.issues[0]?.path); // INVALID_TICKET
 * }
 * ```
 * @since 0.1.0
 */
export function parseTicket(input: unknown): Ticket {
  return parseOrThrow(ticketSchema, input, 'INVALID_TICKET', 'ticket');
}
