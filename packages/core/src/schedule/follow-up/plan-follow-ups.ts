import { RapportError } from '../../errors.js';
import { parseOrThrow } from '../../internal/parse.js';
import type { Ticket } from '../../ticket/ticket.js';
import { z } from 'zod';
import { calendarHoursClock, type BusinessClock } from '../sla/business-clock.js';
import { businessClockOf, type ScheduleCalendar } from '../sla/clock-source.js';
import { instantMs, isoOf, type InstantInput } from '../sla/internal/instant.js';
import { STOPPED, segmentAnchor, ticketTimeline, type Segment, type TicketTimeline } from '../sla/internal/ticket-timeline.js';
import { resolveSlaPolicy } from '../sla/sla-policy.js';
import { slaStatusOfTimeline, type SlaStatus } from '../sla/sla-status.js';
import { diffFollowUps, type FollowUpChanges } from './diff-follow-ups.js';
import { followUpCommitmentSchema, type FollowUpCommitment } from './follow-up-commitment.js';
import { followUpSchema, type FollowUp } from './follow-up.js';
import { hoursOf, incidentEveryMs, resolveFollowUpPolicy, type FollowUpPolicy, type ResolvedFollowUpPolicy } from './follow-up-policy.js';
import { followUpId } from './internal/follow-up-id.js';

/**
 * Per-ticket input to {@link planFollowUps} besides the ticket itself.
 *
 * @since 0.1.0
 */
export interface PlanFollowUpsOptions {
  /** Time promises agents made on this ticket (explicit, or from the analyzer's commitment signal). */
  readonly commitments?: readonly FollowUpCommitment[];
  /** Whether the ticket is an incident that gets periodic broadcast updates (also implied by `incidentUpdates.priorities`). */
  readonly incident?: boolean;
  /**
   * The follow-ups planned before (for example from `scheduler.list()`); the plan's `changes` then
   * say what to add, cancel and keep. Follow-ups of other tickets are ignored.
   */
  readonly previous?: readonly FollowUp[];
}

/**
 * The result of {@link planFollowUps}.
 *
 * @since 0.1.0
 */
export interface FollowUpPlan {
  /** The ticket planned for. */
  readonly ticketId: string;
  /** The instant planned at, ISO 8601 UTC. */
  readonly plannedAt: string;
  /** Every follow-up the ticket's current state calls for, by due time then id. Some may be overdue. */
  readonly followUps: readonly FollowUp[];
  /** What changed against `options.previous` (everything is `add` without it). */
  readonly changes: FollowUpChanges;
  /** The SLA status the warnings were planned from, or `null` when the policy has no `sla`. */
  readonly sla: SlaStatus | null;
}

const optionsSchema = z.strictObject({
  commitments: z.array(followUpCommitmentSchema).optional(),
  incident: z.boolean().optional(),
  previous: z.array(followUpSchema).optional(),
});

/**
 * Plans the follow-ups a ticket's current state calls for: reminders to a silent requester and
 * auto-resolve; a satisfaction follow-up and auto-close after resolution; the next periodic
 * update of an incident; SLA warnings and breaches; and reminders before times agents promised.
 *
 * Use it after every ticket event (or on a timer) and hand the result to a {@link Scheduler}
 * (`syncFollowUps` does the bookkeeping): what no longer applies is cancelled, what is new is
 * added, and the rest is kept. It is pure and deterministic: ids are hashes of the ticket id, the
 * kind, the anchoring event and the due instant, so the same ticket state always yields the same
 * ids, and planning again with no new event changes nothing. Events after `now` are ignored.
 * Follow-ups whose due instant has passed stay in the plan (so a scheduler that missed them runs
 * them once); a scheduler never runs an id twice.
 *
 * Anchors: pending reminders and auto-resolve count from when the ticket went pending, or from
 * the agent's last public reply while pending; satisfaction and auto-close from the resolution
 * (the survey only once per ticket); incident updates from the last public agent message (or
 * creation); a commitment's follow-up is due `lead` before the promise, but never before the
 * halfway point between the promise and its due time, and disappears once an agent replies again
 * (with `fulfilledByReply`) or the ticket is solved.
 *
 * Errors: `INVALID_TICKET`, `INVALID_POLICY` / `INVALID_DURATION`, and `INVALID_INPUT` (a bad
 * `now`, business hours without a calendar, a commitment whose message is not on the ticket or
 * whose due time precedes the promise), each naming the path of the bad field.
 *
 * @param ticket - The ticket (validated with `ticketSchema`).
 * @param policy - The follow-up policy; `{}` applies every default.
 * @param calendar - A business calendar (`createBusinessCalendar`) or {@link BusinessClock} when any part counts business hours, else `null`.
 * @param now - The instant to plan at: a `Date`, an ISO 8601 string with offset, or epoch ms.
 * @param options - Commitments, the incident flag, and the previous plan to diff against.
 * @example
 * ```ts
 * import { planFollowUps } from '@rapport/core/schedule';
 * import type { Ticket } from '@rapport/core/ticket';
 *
 * const ticket: Ticket = {
 *   id: 'T-7',
 *   subject: 'Printer offline',
 *   status: 'resolved',
 *   priority: 'normal',
 *   channel: 'portal',
 *   requester: { kind: 'requester', id: 'u-9' },
 *   createdAt: '2024-05-06T08:00:00Z',
 *   updatedAt: '2024-05-06T10:00:00Z',
 *   messages: [],
 *   statusChanges: [
 *     { at: '2024-05-06T08:00:00Z', from: null, to: 'new' },
 *     { at: '2024-05-06T10:00:00Z', from: 'new', to: 'resolved' },
 *   ],
 *   resolvedAt: '2024-05-06T10:00:00Z',
 *   reopenCount: 0,
 * };
 * const plan = planFollowUps(ticket, {}, null, '2024-05-06T10:05:00Z');
 * plan.followUps.map((f) => [f.kind, f.dueAt]);
 * // [['satisfaction_survey', '2024-05-07T10:00:00.000Z'], ['auto_close', '2024-05-10T10:00:00.000Z']]
 * ```
 * @since 0.1.0
 */
export function planFollowUps(
  ticket: Ticket,
  policy: FollowUpPolicy,
  calendar: ScheduleCalendar,
  now: InstantInput,
  options: PlanFollowUpsOptions = {},
): FollowUpPlan {
  const nowMs = instantMs(now, 'now');
  const resolved = resolveFollowUpPolicy(policy);
  const parsedOptions = parseOrThrow(optionsSchema, options, 'INVALID_INPUT', 'options');
  const needsBusiness = [
    resolved.pendingReminders,
    resolved.autoResolve,
    resolved.satisfaction,
    resolved.autoClose,
    resolved.incidentUpdates,
  ].some((part) => part.enabled && hoursOf(resolved, part) === 'business');
  const business = businessClockOf(calendar, needsBusiness, `follow-up policy "${resolved.id}"`);
  const clockFor = (part: { readonly hours?: 'business' | 'calendar' | undefined }): BusinessClock =>
    hoursOf(resolved, part) === 'business' ? business : calendarHoursClock;
  const timeline = ticketTimeline(ticket, nowMs);
  let sla: SlaStatus | null = null;
  if (resolved.sla && policy.sla) {
    const slaPolicy = resolveSlaPolicy(policy.sla);
    sla = slaStatusOfTimeline(timeline, slaPolicy, businessClockOf(calendar, slaPolicy.usesBusinessHours, `SLA policy "${slaPolicy.id}"`));
  }

  const followUps: FollowUp[] = [
    ...pendingFollowUps(timeline, resolved, clockFor),
    ...solvedFollowUps(timeline, resolved, clockFor),
    ...incidentFollowUps(timeline, resolved, clockFor, parsedOptions.incident ?? false),
    ...(sla && resolved.slaWarnings.enabled ? slaFollowUps(timeline, sla, resolved.slaWarnings.breach) : []),
    ...(resolved.commitments.enabled ? commitmentFollowUps(timeline, resolved, parsedOptions.commitments ?? []) : []),
  ].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    ticketId: timeline.ticketId,
    plannedAt: isoOf(nowMs),
    followUps,
    changes: diffFollowUps(parsedOptions.previous ?? [], followUps, timeline.ticketId),
    sla,
  };
}

/** The segments of the current run of `category`s (the ticket's current category), oldest first. */
function currentRun(timeline: TicketTimeline, inRun: (segment: Segment) => boolean): Segment | undefined {
  let start: Segment | undefined;
  for (let i = timeline.segments.length - 1; i >= 0; i--) {
    const segment = timeline.segments[i];
    if (!segment || !inRun(segment)) break;
    start = segment;
  }
  return start;
}

function lastMessageAt(timeline: TicketTimeline, side: 'agent' | 'requester', after = -Infinity): number | null {
  let last: number | null = null;
  for (const message of timeline.messages) {
    if (message.side === side && message.at > after) last = message.at;
  }
  return last;
}

function pendingFollowUps(
  timeline: TicketTimeline,
  policy: ResolvedFollowUpPolicy,
  clockFor: (part: { readonly hours?: 'business' | 'calendar' | undefined }) => BusinessClock,
): FollowUp[] {
  if (timeline.category !== 'waiting_requester') return [];
  const run = currentRun(timeline, (s) => s.category === 'waiting_requester');
  if (!run) return [];
  const agentReply = lastMessageAt(timeline, 'agent', run.from - 1);
  const anchorMs = Math.max(run.from, agentReply ?? run.from);
  // A requester who already answered is not silent, whatever the status says.
  if ((lastMessageAt(timeline, 'requester', anchorMs) ?? -Infinity) > anchorMs) return [];
  const anchorKey = `pending:${segmentAnchor(run)}:${anchorMs}`;
  const out: FollowUp[] = [];
  const { pendingReminders, autoResolve } = policy;
  if (pendingReminders.enabled) {
    const clock = clockFor(pendingReminders);
    pendingReminders.after.forEach((delay, index) => {
      const dueMs = clock.add(anchorMs, delay.ms);
      out.push({
        id: followUpId(timeline.ticketId, 'pending_reminder', `${anchorKey}:${index}`, dueMs),
        kind: 'pending_reminder',
        ticketId: timeline.ticketId,
        dueAt: isoOf(dueMs),
        anchorAt: isoOf(anchorMs),
        audience: 'requester',
        model: 'interactive',
        reason: `Remind the requester: no answer ${delay.text} after the ticket started waiting on them`,
        step: index + 1,
        steps: pendingReminders.after.length,
      });
    });
  }
  if (autoResolve.enabled) {
    const dueMs = clockFor(autoResolve).add(anchorMs, autoResolve.after.ms);
    out.push({
      id: followUpId(timeline.ticketId, 'auto_resolve', anchorKey, dueMs),
      kind: 'auto_resolve',
      ticketId: timeline.ticketId,
      dueAt: isoOf(dueMs),
      anchorAt: isoOf(anchorMs),
      audience: 'system',
      model: null,
      reason: `Resolve the ticket: the requester stayed silent for ${autoResolve.after.text}`,
    });
  }
  return out;
}

function solvedFollowUps(
  timeline: TicketTimeline,
  policy: ResolvedFollowUpPolicy,
  clockFor: (part: { readonly hours?: 'business' | 'calendar' | undefined }) => BusinessClock,
): FollowUp[] {
  if (timeline.category !== 'solved') return [];
  const run = currentRun(timeline, (s) => s.category === 'solved');
  if (!run) return [];
  const anchorMs = run.from;
  const anchorKey = `solved:${segmentAnchor(run)}`;
  const out: FollowUp[] = [];
  const { satisfaction, autoClose } = policy;
  if (satisfaction.enabled && !surveyedBefore(timeline, run, clockFor(satisfaction), satisfaction.after.ms)) {
    const dueMs = clockFor(satisfaction).add(anchorMs, satisfaction.after.ms);
    out.push({
      id: followUpId(timeline.ticketId, 'satisfaction_survey', anchorKey, dueMs),
      kind: 'satisfaction_survey',
      ticketId: timeline.ticketId,
      dueAt: isoOf(dueMs),
      anchorAt: isoOf(anchorMs),
      audience: 'requester',
      model: 'interactive',
      reason: `Ask whether the resolution worked and how the service was, ${satisfaction.after.text} after resolution`,
    });
  }
  if (autoClose.enabled) {
    const dueMs = clockFor(autoClose).add(anchorMs, autoClose.after.ms);
    out.push({
      id: followUpId(timeline.ticketId, 'auto_close', anchorKey, dueMs),
      kind: 'auto_close',
      ticketId: timeline.ticketId,
      dueAt: isoOf(dueMs),
      anchorAt: isoOf(anchorMs),
      audience: 'system',
      model: null,
      reason: `Close the ticket: resolved ${autoClose.after.text} ago and not reopened`,
    });
  }
  return out;
}

/** Whether an earlier solved period lasted long enough for its survey to have gone out. */
function surveyedBefore(timeline: TicketTimeline, current: Segment, clock: BusinessClock, afterMs: number): boolean {
  for (const segment of timeline.segments) {
    if (segment.from >= current.from) break;
    if (segment.category === 'solved' && clock.add(segment.from, afterMs) <= segment.to) return true;
  }
  return false;
}

function incidentFollowUps(
  timeline: TicketTimeline,
  policy: ResolvedFollowUpPolicy,
  clockFor: (part: { readonly hours?: 'business' | 'calendar' | undefined }) => BusinessClock,
  incident: boolean,
): FollowUp[] {
  const updates = policy.incidentUpdates;
  if (!updates.enabled || STOPPED.has(timeline.category)) return [];
  if (!incident && !updates.priorities.includes(timeline.priority)) return [];
  const agentUpdates = timeline.messages.filter((m) => m.side === 'agent');
  const last = agentUpdates[agentUpdates.length - 1];
  const anchorMs = last ? last.at : timeline.createdMs;
  const everyMs = incidentEveryMs(policy, timeline.priority);
  const dueMs = clockFor(updates).add(anchorMs, everyMs);
  const sequence = agentUpdates.length + 1;
  return [
    {
      id: followUpId(timeline.ticketId, 'incident_update', `incident:${last ? last.id : 'created'}:${sequence}`, dueMs),
      kind: 'incident_update',
      ticketId: timeline.ticketId,
      dueAt: isoOf(dueMs),
      anchorAt: isoOf(anchorMs),
      audience: 'subscribers',
      model: 'linear',
      reason: `Broadcast incident update #${sequence}: updates are due every ${updates.every[timeline.priority].text} at ${timeline.priority} priority`,
      sequence,
    },
  ];
}

function slaFollowUps(timeline: TicketTimeline, sla: SlaStatus, breach: boolean): FollowUp[] {
  const out: FollowUp[] = [];
  for (const metric of sla.metrics) {
    if (metric.state !== 'running' || metric.dueAt === null || metric.startedAt === null) continue;
    const anchorKey = `sla:${sla.policyId}:${metric.metric}:${metric.cycle}`;
    for (const warning of metric.warnings) {
      if (warning.at === null) continue;
      const dueMs = Date.parse(warning.at);
      out.push({
        id: followUpId(timeline.ticketId, 'sla_warning', `${anchorKey}:${warning.percent}`, dueMs),
        kind: 'sla_warning',
        ticketId: timeline.ticketId,
        dueAt: warning.at,
        anchorAt: metric.startedAt,
        audience: 'agent',
        model: null,
        reason: `${metric.metric} reaches ${warning.percent}% of its target (due ${metric.dueAt})`,
        metric: metric.metric,
        cycle: metric.cycle,
        percent: warning.percent,
        slaDueAt: metric.dueAt,
      });
    }
    if (breach) {
      const dueMs = Date.parse(metric.dueAt);
      out.push({
        id: followUpId(timeline.ticketId, 'sla_breach', anchorKey, dueMs),
        kind: 'sla_breach',
        ticketId: timeline.ticketId,
        dueAt: metric.dueAt,
        anchorAt: metric.startedAt,
        audience: 'agent',
        model: null,
        reason: `${metric.metric} breaches its target`,
        metric: metric.metric,
        cycle: metric.cycle,
      });
    }
  }
  return out;
}

function commitmentFollowUps(timeline: TicketTimeline, policy: ResolvedFollowUpPolicy, commitments: readonly z.output<typeof followUpCommitmentSchema>[]): FollowUp[] {
  if (STOPPED.has(timeline.category)) return [];
  const out: FollowUp[] = [];
  commitments.forEach((commitment, index) => {
    let madeMs: number;
    if (commitment.messageId !== undefined) {
      const message = timeline.ticket.messages.find((m) => m.id === commitment.messageId);
      if (!message) {
        throw new RapportError('INVALID_INPUT', `Invalid options at commitments[${index}].messageId: no message ${JSON.stringify(commitment.messageId)} on ticket ${timeline.ticketId}`, {
          issues: [{ code: 'unknown_message', path: ['commitments', index, 'messageId'], message: 'no such message on the ticket' }],
        });
      }
      madeMs = Date.parse(message.createdAt);
    } else {
      madeMs = Date.parse(commitment.madeAt ?? '');
    }
    const promisedMs = Date.parse(commitment.due);
    if (promisedMs <= madeMs) {
      throw new RapportError('INVALID_INPUT', `Invalid options at commitments[${index}].due: the promised time ${commitment.due} is not after the promise (${isoOf(madeMs)})`, {
        issues: [{ code: 'due_before_promise', path: ['commitments', index, 'due'], message: 'is not after the time the promise was made' }],
      });
    }
    if (madeMs > timeline.nowMs) return; // a promise not yet made, as of now
    if (policy.commitments.fulfilledByReply && timeline.messages.some((m) => m.side === 'agent' && m.at > madeMs)) return;
    const range = commitment.range;
    const rangeKey = range === undefined ? '' : 'start' in range ? `${range.start}-${range.end}` : `${range[0]}-${range[1]}`;
    const commitmentId = commitment.id ?? `${commitment.messageId ?? ''}#${rangeKey}@${isoOf(promisedMs)}`;
    const dueMs = Math.max(promisedMs - policy.commitments.lead.ms, madeMs + Math.floor((promisedMs - madeMs) / 2));
    out.push({
      id: followUpId(timeline.ticketId, 'commitment', `commitment:${commitmentId}`, dueMs),
      kind: 'commitment',
      ticketId: timeline.ticketId,
      dueAt: isoOf(dueMs),
      anchorAt: isoOf(madeMs),
      audience: 'agent',
      model: null,
      reason: `You promised the requester an update by ${isoOf(promisedMs)}${commitment.text ? ` ("${commitment.text.slice(0, 120)}")` : ''}`,
      commitmentId,
      promisedAt: isoOf(promisedMs),
      ...(commitment.messageId !== undefined ? { messageId: commitment.messageId } : {}),
      ...(commitment.text !== undefined ? { text: commitment.text } : {}),
    });
  });
  return out;
}
