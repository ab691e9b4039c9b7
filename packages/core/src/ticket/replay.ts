import { RapportError, issuesFromZod, type RapportIssue } from '../errors.js';
import { formatPath } from '../internal/parse.js';
import { epochMs } from './internal/timestamp.js';
import { resolveLifecycleOptions } from './internal/resolve-options.js';
import type { LifecycleEffect } from './lifecycle-effect.js';
import type { LifecycleOptions } from './lifecycle-options.js';
import type { Ticket } from './ticket.js';
import { ticketEventSchema, type TicketEvent } from './ticket-event.js';
import { transition, type LifecycleRejection } from './transition.js';

/**
 * One accepted event in a replayed timeline: the ticket before and after, and the effects.
 *
 * @example
 * ```ts
 * import type { LifecycleAppliedEntry } from '@rapport/core/ticket';
 *
 * const moved = (entry: LifecycleAppliedEntry) => entry.before?.status !== entry.after.status;
 * ```
 * @since 0.1.0
 */
export interface LifecycleAppliedEntry {
  /** Always `'applied'`. */
  readonly outcome: 'applied';
  /** Position of the event in the log. */
  readonly index: number;
  /** The event, as validated. */
  readonly event: TicketEvent;
  /** The ticket before the event; `null` for the `created` event. */
  readonly before: Ticket | null;
  /** The ticket after the event. */
  readonly after: Ticket;
  /** The effects the event produced. */
  readonly effects: readonly LifecycleEffect[];
}

/**
 * One refused event in a replayed timeline: kept, with the rule that refused it, never dropped.
 *
 * @example
 * ```ts
 * import type { LifecycleRejectedEntry } from '@rapport/core/ticket';
 *
 * const why = (entry: LifecycleRejectedEntry) => `#${entry.index}: ${entry.rejection.ruleId}`;
 * ```
 * @since 0.1.0
 */
export interface LifecycleRejectedEntry {
  /** Always `'rejected'`. */
  readonly outcome: 'rejected';
  /** Position of the event in the log. */
  readonly index: number;
  /** The event, as validated. */
  readonly event: TicketEvent;
  /** The ticket when the event arrived; also the ticket after it, since nothing changed. */
  readonly before: Ticket;
  /** The same ticket as `before`. */
  readonly after: Ticket;
  /** Always empty: a refused event has no effects. */
  readonly effects: readonly LifecycleEffect[];
  /** The rule that refused the event, and why. */
  readonly rejection: LifecycleRejection;
}

/**
 * One entry of a replayed timeline; check `outcome`.
 *
 * @example
 * ```ts
 * import type { LifecycleTimelineEntry } from '@rapport/core/ticket';
 *
 * const line = (e: LifecycleTimelineEntry) =>
 *   e.outcome === 'applied' ? `${e.event.type} -> ${e.after.status}` : `${e.event.type} refused (${e.rejection.ruleId})`;
 * ```
 * @since 0.1.0
 */
export type LifecycleTimelineEntry = LifecycleAppliedEntry | LifecycleRejectedEntry;

/**
 * What {@link replay} returns: the rebuilt ticket and the complete timeline.
 *
 * @example
 * ```ts
 * import type { TicketReplay } from '@rapport/core/ticket';
 *
 * const audit = (r: TicketReplay) => `${r.timeline.length} events, ${r.rejections.length} refused`;
 * ```
 * @since 0.1.0
 */
export interface TicketReplay {
  /** The ticket after every accepted event. */
  readonly ticket: Ticket;
  /** Every event of the log, in order, accepted or refused. */
  readonly timeline: readonly LifecycleTimelineEntry[];
  /** The refusals, in order (also in `timeline`). */
  readonly rejections: readonly LifecycleRejection[];
}

/**
 * Rebuilds a ticket and its complete timeline from an event log.
 *
 * Use it to load a ticket from an event store, to audit what happened ("document everything"), or
 * to check a vendor export against the lifecycle rules; `rapport thread` uses it.
 *
 * Every event is validated (a malformed one throws `INVALID_EVENT` whose issue paths start with
 * the event's index, e.g. `[3].message.direction`). The log itself must be coherent, or it throws
 * `INVALID_EVENT_LOG` naming the index: not empty, starting with `created`, every event for the
 * same ticket, no event earlier than the one before it (equal times keep log order), no event id
 * twice. Events the state machine refuses are not errors: they stay in the timeline with their
 * rule, and the ticket is unchanged by them. The result equals applying {@link transition} event
 * by event.
 *
 * @example
 * ```ts
 * import { replay } from '@rapport/core/ticket';
 *
 * const requester = { kind: 'requester', id: 'u-42' } as const;
 * const agent = { kind: 'agent', id: 'a-7' } as const;
 * const { ticket, timeline } = replay([
 *   { type: 'created', id: 'e-1', ticketId: 'T-1', at: '2024-05-02T08:12:00Z', actor: requester,
 *     subject: 'Printer offline', requester, priority: 'normal', channel: 'portal' },
 *   { type: 'assigned', id: 'e-2', ticketId: 'T-1', at: '2024-05-02T08:20:00Z', actor: agent, assignee: agent },
 *   { type: 'status_changed', id: 'e-3', ticketId: 'T-1', at: '2024-05-02T08:25:00Z', actor: agent, to: 'new' },
 * ]);
 * ticket.status; // 'open'
 * timeline[2]?.outcome; // 'rejected' (never-return-to-new)
 * ```
 * @since 0.1.0
 */
export function replay(events: readonly unknown[], options?: Partial<LifecycleOptions>): TicketReplay {
  const resolvedOptions = resolveLifecycleOptions(options);
  const log = validateLog(events);

  const timeline: LifecycleTimelineEntry[] = [];
  const rejections: LifecycleRejection[] = [];
  const first = transition(null, log[0] as TicketEvent, resolvedOptions);
  if (!first.ok) {
    // validateLog guarantees a `created` first event, which always applies to no ticket.
    throw new RapportError('INVALID_EVENT_LOG', first.rejection.message, {
      issues: [{ code: first.rejection.ruleId, path: [0], message: first.rejection.message }],
    });
  }
  let ticket: Ticket = first.ticket;
  timeline.push({ outcome: 'applied', index: 0, event: log[0] as TicketEvent, before: null, after: ticket, effects: first.effects });
  for (let index = 1; index < log.length; index++) {
    const event = log[index] as TicketEvent;
    const before = ticket;
    const result = transition(before, event, resolvedOptions);
    if (result.ok) {
      ticket = result.ticket;
      timeline.push({ outcome: 'applied', index, event, before, after: ticket, effects: result.effects });
    } else {
      rejections.push(result.rejection);
      timeline.push({ outcome: 'rejected', index, event, before, after: before, effects: [], rejection: result.rejection });
    }
  }
  return { ticket, timeline, rejections };
}

function validateLog(events: readonly unknown[]): TicketEvent[] {
  if (!Array.isArray(events)) {
    throw logError('An event log must be an array of events.', [], 'invalid_type');
  }
  if (events.length === 0) {
    throw logError('The event log is empty; it must start with a created event.', [], 'empty_log');
  }
  const log: TicketEvent[] = [];
  const seenIds = new Map<string, number>();
  let previousAt = Number.NEGATIVE_INFINITY;
  events.forEach((raw: unknown, index: number) => {
    const parsed = ticketEventSchema.safeParse(raw);
    if (!parsed.success) {
      const issues: RapportIssue[] = issuesFromZod(parsed.error).map((issue) => ({
        ...issue,
        path: [index, ...issue.path],
      }));
      const first = issues[0];
      throw new RapportError(
        'INVALID_EVENT',
        `Invalid event at ${first ? formatPath(first.path) : `[${index}]`}: ${first?.message ?? 'does not match the schema'}`,
        { issues },
      );
    }
    const event = parsed.data;
    const firstEvent = log[0];
    if (index === 0 && event.type !== 'created') {
      throw logError(`Event [0] is ${event.type}; an event log must start with a created event.`, [0, 'type'], 'not_created_first');
    }
    if (firstEvent && event.ticketId !== firstEvent.ticketId) {
      throw logError(
        `Event [${index}] (${event.id}) is for ticket ${event.ticketId}, but the log is for ticket ${firstEvent.ticketId}.`,
        [index, 'ticketId'],
        'other_ticket',
      );
    }
    const at = epochMs(event.at);
    if (at < previousAt) {
      throw logError(
        `Event [${index}] (${event.id}) at ${event.at} is earlier than event [${index - 1}]; the log is out of order.`,
        [index, 'at'],
        'out_of_order',
      );
    }
    const duplicateOf = seenIds.get(event.id);
    if (duplicateOf !== undefined) {
      throw logError(`Event [${index}] repeats the id ${event.id} of event [${duplicateOf}].`, [index, 'id'], 'duplicate_event_id');
    }
    seenIds.set(event.id, index);
    previousAt = at;
    log.push(event);
  });
  return log;
}

function logError(message: string, path: (string | number)[], code: string): RapportError {
  return new RapportError('INVALID_EVENT_LOG', message, { issues: [{ code, path, message }] });
}
