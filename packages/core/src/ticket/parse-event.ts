import { parseOrThrow } from '../internal/parse.js';
import { ticketEventSchema, type TicketEvent } from './ticket-event.js';

/**
 * Validates an unknown value as a {@link TicketEvent}.
 *
 * Use it on every event that comes from outside (a webhook, a queue, an export) before passing it
 * to `transition` or `replay`.
 *
 * Throws a `RapportError` with code `INVALID_EVENT`; its message names the first bad path (for
 * example `message.direction`) and its `issues` list every problem. An unknown `type` is an error
 * at path `type`.
 *
 * @example
 * ```ts
 * import { parseEvent } from '@rapport/core/ticket';
 *
 * const event = parseEvent({
 *   type: 'assigned',
 *   id: 'e-2',
 *   ticketId: 'T-1001',
 *   at: '2024-05-02T08:20:00Z',
 *   actor: { kind: 'system', id: 'routing' },
 *   assignee: { kind: 'agent', id: 'a-7' },
 * });
 * ```
 * @since 0.1.0
 */
export function parseEvent(input: unknown): TicketEvent {
  return parseOrThrow(ticketEventSchema, input, 'INVALID_EVENT', 'event');
}
