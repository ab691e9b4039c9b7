import { match } from 'ts-pattern';
import type { Priority } from '../../ticket/priority.js';
import type { Ticket } from '../../ticket/ticket.js';
import { calendarHoursClock, type BusinessClock } from './business-clock.js';
import { businessClockOf, type ScheduleCalendar } from './clock-source.js';
import { instantMs, isoOf, type InstantInput } from './internal/instant.js';
import { clip, elapsedUntil, reachedAt, type Span } from './internal/running.js';
import { STOPPED, ticketTimeline, type TicketTimeline } from './internal/ticket-timeline.js';
import type { SlaMetric } from './sla-metric.js';
import { METRIC_ORDER, resolveSlaPolicy, type ResolvedSlaMetric, type ResolvedSlaPolicy, type SlaHours, type SlaPolicy } from './sla-policy.js';

/**
 * Where a metric's current cycle stands:
 * - `running`: the clock counts now.
 * - `paused`: the cycle is open but the ticket's state category pauses this metric (or the
 *   ticket is solved while a reply is owed).
 * - `fulfilled`: the last cycle ended (by the awaited reply, or because the ticket was solved).
 * - `idle`: no cycle has started yet (a next reply before any requester follow-up, an update
 *   metric before the first agent reply).
 *
 * @since 0.1.0
 */
export type SlaClockState = 'running' | 'paused' | 'fulfilled' | 'idle';

/**
 * What ended a cycle: the awaited public reply, or the ticket reaching `solved` / `terminal`.
 *
 * @since 0.1.0
 */
export type SlaCycleEnd = 'reply' | 'status';

/**
 * A warning threshold of one metric's current cycle.
 *
 * @since 0.1.0
 */
export interface SlaWarningStatus {
  /** The percentage of the target, as configured in `warnAt`. */
  readonly percent: number;
  /** When the threshold is (or was) reached; `null` while paused or if the cycle ended first. */
  readonly at: string | null;
  /** Whether it was reached before now (and before the cycle ended). */
  readonly reached: boolean;
}

/**
 * One cycle of a metric (first reply has one; next reply and updates have one per exchange).
 *
 * @since 0.1.0
 */
export interface SlaCycle {
  /** 1-based position among the metric's cycles. */
  readonly cycle: number;
  /** When the cycle started (creation, a requester message, an agent reply). */
  readonly startedAt: string;
  /** When it ended, or `null` while open. */
  readonly endedAt: string | null;
  /** What ended it, or `null` while open. */
  readonly endedBy: SlaCycleEnd | null;
  /** Business (or calendar) time counted so far, in milliseconds. */
  readonly elapsedMs: number;
  /** When the target is (or was) reached; `null` while paused or when the cycle ended in time. */
  readonly dueAt: string | null;
  /** Whether the target was reached before the cycle ended (or before now, while open). */
  readonly breached: boolean;
}

/**
 * The state of one metric of an SLA policy on one ticket, at one instant.
 *
 * @since 0.1.0
 */
export interface SlaMetricStatus {
  /** The metric. */
  readonly metric: SlaMetric;
  /** Whether its target counts business or calendar hours. */
  readonly hours: SlaHours;
  /** The target for the ticket's priority, in milliseconds. */
  readonly targetMs: number;
  /** Where the current cycle stands. */
  readonly state: SlaClockState;
  /** Whether the current cycle is open and paused; same as `state === 'paused'`. */
  readonly paused: boolean;
  /** 1-based number of the current (or last) cycle; `0` while idle. */
  readonly cycle: number;
  /** When the current cycle started; `null` while idle. */
  readonly startedAt: string | null;
  /** Time counted in the current cycle, in milliseconds; monotonic in `now`. */
  readonly elapsedMs: number;
  /** `targetMs - elapsedMs`; negative once breached. */
  readonly remainingMs: number;
  /**
   * When the target is reached if nothing changes: in the future while running, in the past once
   * breached; `null` while paused, idle, or fulfilled in time. Pausing never brings it earlier.
   */
  readonly dueAt: string | null;
  /** Whether the current cycle breached its target. */
  readonly breached: boolean;
  /** When the current cycle breached; `null` when it has not. */
  readonly breachedAt: string | null;
  /** When the current cycle was fulfilled; `null` while open or idle. */
  readonly fulfilledAt: string | null;
  /** The warning thresholds of the current cycle. */
  readonly warnings: readonly SlaWarningStatus[];
  /** How many cycles (current included) breached. */
  readonly breaches: number;
  /** Every cycle so far, oldest first. */
  readonly history: readonly SlaCycle[];
}

/**
 * A warning or breach that happened, as an event for notifications and audit trails.
 *
 * @since 0.1.0
 */
export interface SlaEvent {
  /** `sla_warning` when a threshold was crossed, `sla_breach` when the target was. */
  readonly type: 'sla_warning' | 'sla_breach';
  /** The metric concerned. */
  readonly metric: SlaMetric;
  /** The cycle concerned (1-based). */
  readonly cycle: number;
  /** The threshold percentage, `100` for a breach. */
  readonly percent: number;
  /** When it happened. */
  readonly at: string;
}

/**
 * The SLA status of a ticket under a policy at one instant: one entry per metric that has a
 * target for the ticket's priority, plus the warning and breach events so far.
 *
 * @since 0.1.0
 */
export interface SlaStatus {
  /** The ticket evaluated. */
  readonly ticketId: string;
  /** The policy applied. */
  readonly policyId: string;
  /** The ticket's priority, which selected the targets. */
  readonly priority: Priority;
  /** The instant evaluated (`now`), ISO 8601 UTC. */
  readonly evaluatedAt: string;
  /** One status per measured metric, in the order of `slaMetricSchema.options`. */
  readonly metrics: readonly SlaMetricStatus[];
  /** Warnings and breaches up to now, oldest first. */
  readonly events: readonly SlaEvent[];
  /** Whether any metric's current cycle is breached. */
  readonly breached: boolean;
  /** The next warning or breach if nothing changes; `null` when none is coming. */
  readonly nextEventAt: string | null;
}

/**
 * Computes the SLA status of `ticket` under `policy` at `now`: per metric, the target, time
 * elapsed and remaining, due instant, whether it is paused, breached or fulfilled, warnings, and
 * the breach and warning events so far.
 *
 * Use it to show SLA badges in an agent's view, to order a queue by urgency, or to decide what
 * to escalate. It is pure and deterministic: the same ticket, policy, calendar and `now` always
 * give the same result, and status changes or messages after `now` are ignored (so evaluating a
 * past instant replays history). Validated with property tests: elapsed time is monotonic in
 * `now`, and pausing never brings a due time earlier.
 *
 * Semantics follow Zendesk's SLA metrics (see {@link SlaMetric}): a reply is a public message by
 * an agent (bots only with `countBotReplies`); the initial message of a ticket is never a reply;
 * no clock runs while the ticket is `solved` or `terminal`, and a reply cycle still open when the
 * ticket is solved ends there (`endedBy: 'status'`). Requester wait and agent work time resume
 * when a ticket is reopened. Targets come from the ticket's current priority.
 *
 * Errors: `INVALID_TICKET`, `INVALID_POLICY` / `INVALID_DURATION`, and `INVALID_INPUT` for a bad
 * `now`, a `now` before the ticket's creation, or business hours without a calendar; each names
 * the path of the bad field.
 *
 * @param ticket - The ticket (validated with `ticketSchema`).
 * @param policy - The SLA policy (validated with {@link slaPolicySchema}).
 * @param calendar - A business calendar (`createBusinessCalendar`) or {@link BusinessClock} for business-hours targets; `null` if all targets are
 *   in calendar hours.
 * @param now - The instant to evaluate: a `Date`, an ISO 8601 string with offset, or epoch ms.
 * @example
 * ```ts
 * import { slaStatus } from '@rapport/core/schedule';
 * import type { Ticket } from '@rapport/core/ticket';
 *
 * const ticket: Ticket = {
 *   id: 'T-1',
 *   subject: 'VPN drops',
 *   status: 'open',
 *   priority: 'high',
 *   channel: 'email',
 *   requester: { kind: 'requester', id: 'u-1' },
 *   createdAt: '2024-05-06T09:00:00Z',
 *   updatedAt: '2024-05-06T09:00:00Z',
 *   messages: [],
 *   statusChanges: [
 *     { at: '2024-05-06T09:00:00Z', from: null, to: 'new' },
 *     { at: '2024-05-06T09:05:00Z', from: 'new', to: 'open' },
 *   ],
 *   reopenCount: 0,
 * };
 * const status = slaStatus(
 *   ticket,
 *   { id: 'standard', metrics: { first_reply_time: { targets: { high: '4h' } } } },
 *   null,
 *   '2024-05-06T12:00:00Z',
 * );
 * status.metrics[0]?.remainingMs; // 3600000 (one hour left)
 * status.metrics[0]?.dueAt; // '2024-05-06T13:00:00.000Z'
 * ```
 * @since 0.1.0
 */
export function slaStatus(ticket: Ticket, policy: SlaPolicy, calendar: ScheduleCalendar, now: InstantInput): SlaStatus {
  const nowMs = instantMs(now, 'now');
  const resolved = resolveSlaPolicy(policy);
  const business = businessClockOf(calendar, resolved.usesBusinessHours, `SLA policy "${resolved.id}"`);
  return slaStatusOfTimeline(ticketTimeline(ticket, nowMs), resolved, business);
}

/** {@link slaStatus} on an already built timeline and a resolved policy (no validation). */
export function slaStatusOfTimeline(timeline: TicketTimeline, resolved: ResolvedSlaPolicy, business: BusinessClock): SlaStatus {
  const metrics: SlaMetricStatus[] = [];
  const events: SlaEvent[] = [];
  let nextEventMs = Infinity;
  const timelineEventsOf = timelineEvents(timeline, resolved.countBotReplies);
  for (const config of resolved.metrics) {
    const targetMs = config.targets[timeline.priority];
    if (targetMs === undefined) continue;
    const clock = config.hours === 'business' ? business : calendarHoursClock;
    const evaluated = evaluateMetric(config, targetMs, timeline, clock, timelineEventsOf);
    metrics.push(evaluated.status);
    events.push(...evaluated.events);
    nextEventMs = Math.min(nextEventMs, evaluated.nextEventMs);
  }
  // ISO strings in UTC with milliseconds sort like their instants; metrics are evaluated in order.
  events.sort(
    (a, b) =>
      (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) ||
      METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric) ||
      a.cycle - b.cycle ||
      a.percent - b.percent,
  );
  return {
    ticketId: timeline.ticketId,
    policyId: resolved.id,
    priority: timeline.priority,
    evaluatedAt: isoOf(timeline.nowMs),
    metrics,
    events,
    breached: metrics.some((m) => m.breached),
    nextEventAt: nextEventMs === Infinity ? null : isoOf(nextEventMs),
  };
}

/** A cycle as found on the timeline, before measuring. */
interface RawCycle {
  readonly start: number;
  readonly end: number | null;
  readonly endedBy: SlaCycleEnd | null;
}

/** Instants at which the ticket entered `solved` or `terminal` from a category where clocks run. */
function stopEntries(timeline: TicketTimeline): number[] {
  const out: number[] = [];
  let previousStopped = false;
  for (const segment of timeline.segments) {
    const stopped = STOPPED.has(segment.category);
    if (stopped && !previousStopped) out.push(segment.from);
    previousStopped = stopped;
  }
  return out;
}

type TimelineEvent =
  | { readonly kind: 'reply'; readonly at: number }
  | { readonly kind: 'requester'; readonly at: number }
  | { readonly kind: 'stop'; readonly at: number };

/** Replies, requester messages and stops, chronological; at one instant messages come first. */
function timelineEvents(timeline: TicketTimeline, countBots: boolean): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const message of timeline.messages) {
    if (message.at <= timeline.createdMs) continue; // the initial message is never a reply or a follow-up
    if (message.side === 'agent' || (message.side === 'bot' && countBots)) events.push({ kind: 'reply', at: message.at });
    else if (message.side === 'requester') events.push({ kind: 'requester', at: message.at });
  }
  for (const at of stopEntries(timeline)) events.push({ kind: 'stop', at });
  const rank = { reply: 0, requester: 1, stop: 2 } as const;
  return events.sort((a, b) => a.at - b.at || rank[a.kind] - rank[b.kind]);
}

function categoryAt(timeline: TicketTimeline, at: number) {
  let category = timeline.segments[0]?.category ?? timeline.category;
  for (const segment of timeline.segments) {
    if (segment.from > at) break;
    category = segment.category;
  }
  return category;
}

/** The cycles of `metric` on the timeline. */
export function metricCycles(metric: SlaMetric, timeline: TicketTimeline, events: readonly TimelineEvent[]): RawCycle[] {
  return match(metric)
    .returnType<RawCycle[]>()
    .with('first_reply_time', () => [firstReplyCycle(timeline, events)])
    .with('next_reply_time', () => nextReplyCycles(timeline, events))
    .with('periodic_update_time', 'pausable_update_time', () => updateCycles(timeline, events))
    .with('requester_wait_time', 'agent_work_time', () => {
      const stopped = STOPPED.has(timeline.category);
      const current = timeline.segments[timeline.segments.length - 1];
      let end: number | null = null;
      if (stopped && current) {
        // The start of the current run of stopped segments.
        end = current.from;
        for (let i = timeline.segments.length - 1; i >= 0; i--) {
          const segment = timeline.segments[i];
          if (!segment || !STOPPED.has(segment.category)) break;
          end = segment.from;
        }
      }
      return [{ start: timeline.createdMs, end, endedBy: end === null ? null : 'status' }];
    })
    .exhaustive();
}

function firstReplyCycle(timeline: TicketTimeline, events: readonly TimelineEvent[]): RawCycle {
  for (const event of events) {
    if (event.kind === 'reply') return { start: timeline.createdMs, end: event.at, endedBy: 'reply' };
    if (event.kind === 'stop') return { start: timeline.createdMs, end: event.at, endedBy: 'status' };
  }
  return { start: timeline.createdMs, end: null, endedBy: null };
}

function nextReplyCycles(timeline: TicketTimeline, events: readonly TimelineEvent[]): RawCycle[] {
  const cycles: RawCycle[] = [];
  let firstDone = false;
  let open: number | null = null;
  for (const event of events) {
    if (!firstDone) {
      if (event.kind !== 'requester') firstDone = true;
      continue;
    }
    if (event.kind === 'requester') {
      if (open === null && categoryAt(timeline, event.at) !== 'terminal') open = event.at;
    } else if (open !== null) {
      cycles.push({ start: open, end: event.at, endedBy: event.kind === 'reply' ? 'reply' : 'status' });
      open = null;
    }
  }
  if (open !== null) cycles.push({ start: open, end: null, endedBy: null });
  return cycles;
}

function updateCycles(timeline: TicketTimeline, events: readonly TimelineEvent[]): RawCycle[] {
  const cycles: RawCycle[] = [];
  let open: number | null = null;
  for (const event of events) {
    if (event.kind === 'reply') {
      if (open !== null) cycles.push({ start: open, end: event.at, endedBy: 'reply' });
      // A reply on a solved or closed ticket owes no further update.
      open = STOPPED.has(categoryAt(timeline, event.at)) ? null : event.at;
    } else if (event.kind === 'stop' && open !== null) {
      cycles.push({ start: open, end: event.at, endedBy: 'status' });
      open = null;
    }
  }
  if (open !== null) cycles.push({ start: open, end: null, endedBy: null });
  return cycles;
}

/** The spans in which `config`'s clock runs, from creation on (the current one open-ended). */
export function runningSpans(config: ResolvedSlaMetric, timeline: TicketTimeline): Span[] {
  const spans: Span[] = [];
  for (const segment of timeline.segments) {
    if (STOPPED.has(segment.category) || config.pauseOn.has(segment.category)) continue;
    const last = spans[spans.length - 1];
    if (last && last.to === segment.from) spans[spans.length - 1] = { from: last.from, to: segment.to };
    else spans.push({ from: segment.from, to: segment.to });
  }
  return spans;
}

interface MeasuredCycle {
  readonly raw: RawCycle;
  readonly spans: Span[];
  readonly elapsedMs: number;
  readonly dueMs: number | null;
  readonly breached: boolean;
}

function measure(raw: RawCycle, allSpans: readonly Span[], targetMs: number, nowMs: number, clock: BusinessClock): MeasuredCycle {
  const spans = clip(allSpans, raw.start, raw.end ?? Infinity);
  const until = raw.end ?? nowMs;
  const elapsedMs = elapsedUntil(spans, until, clock);
  const dueMs = reachedAt(spans, targetMs, clock);
  const breached = dueMs !== null && (raw.end !== null ? dueMs < raw.end : dueMs <= nowMs);
  return { raw, spans, elapsedMs, dueMs: breached || raw.end === null ? dueMs : null, breached };
}

function evaluateMetric(
  config: ResolvedSlaMetric,
  targetMs: number,
  timeline: TicketTimeline,
  clock: BusinessClock,
  timelineEventsOf: readonly TimelineEvent[],
): { status: SlaMetricStatus; events: SlaEvent[]; nextEventMs: number } {
  const spans = runningSpans(config, timeline);
  const measured = metricCycles(config.metric, timeline, timelineEventsOf).map((raw) => measure(raw, spans, targetMs, timeline.nowMs, clock));
  const events: SlaEvent[] = [];
  let nextEventMs = Infinity;
  const warningsOf = (cycle: MeasuredCycle, index: number): SlaWarningStatus[] =>
    config.warnAt.map((percent) => {
      const atMs = reachedAt(cycle.spans, Math.round((targetMs * percent) / 100), clock);
      const reached = atMs !== null && (cycle.raw.end !== null ? atMs < cycle.raw.end : atMs <= timeline.nowMs);
      if (reached) events.push({ type: 'sla_warning', metric: config.metric, cycle: index + 1, percent, at: isoOf(atMs) });
      else if (atMs !== null && cycle.raw.end === null) nextEventMs = Math.min(nextEventMs, atMs);
      return { percent, at: atMs === null || (cycle.raw.end !== null && !reached) ? null : isoOf(atMs), reached };
    });
  const history: SlaCycle[] = [];
  let currentWarnings: SlaWarningStatus[] = [];
  measured.forEach((cycle, index) => {
    const warnings = warningsOf(cycle, index);
    if (cycle.breached && cycle.dueMs !== null) {
      events.push({ type: 'sla_breach', metric: config.metric, cycle: index + 1, percent: 100, at: isoOf(cycle.dueMs) });
    } else if (cycle.raw.end === null && cycle.dueMs !== null) {
      nextEventMs = Math.min(nextEventMs, cycle.dueMs);
    }
    if (index === measured.length - 1) currentWarnings = warnings;
    history.push({
      cycle: index + 1,
      startedAt: isoOf(cycle.raw.start),
      endedAt: cycle.raw.end === null ? null : isoOf(cycle.raw.end),
      endedBy: cycle.raw.endedBy,
      elapsedMs: cycle.elapsedMs,
      dueAt: cycle.dueMs === null ? null : isoOf(cycle.dueMs),
      breached: cycle.breached,
    });
  });
  const current = measured[measured.length - 1];
  const currentlyPaused = config.pauseOn.has(timeline.category) || STOPPED.has(timeline.category);
  const state: SlaClockState = !current ? 'idle' : current.raw.end !== null ? 'fulfilled' : currentlyPaused ? 'paused' : 'running';
  const elapsedMs = current?.elapsedMs ?? 0;
  const status: SlaMetricStatus = {
    metric: config.metric,
    hours: config.hours,
    targetMs,
    state,
    paused: state === 'paused',
    cycle: measured.length,
    startedAt: current ? isoOf(current.raw.start) : null,
    elapsedMs,
    remainingMs: targetMs - elapsedMs,
    dueAt: current?.dueMs == null ? null : isoOf(current.dueMs),
    breached: current?.breached ?? false,
    breachedAt: current?.breached && current.dueMs !== null ? isoOf(current.dueMs) : null,
    fulfilledAt: current?.raw.end == null ? null : isoOf(current.raw.end),
    warnings: current ? currentWarnings : config.warnAt.map((percent) => ({ percent, at: null, reached: false })),
    breaches: measured.filter((m) => m.breached).length,
    history,
  };
  return { status, events, nextEventMs };
}
