import type { FollowUp } from '../follow-up/follow-up.js';
import type { InstantInput } from '../sla/internal/instant.js';

/**
 * What {@link Scheduler.schedule} did:
 * - `scheduled`: the follow-up is new (or was cancelled before) and is now pending;
 * - `unchanged`: a pending follow-up with this id and the same content already exists;
 * - `updated`: a pending follow-up with this id existed with other content and was replaced;
 * - `already_run`: a follow-up with this id already ran; it is not run twice.
 *
 * @since 0.1.0
 */
export type ScheduleOutcome = 'scheduled' | 'unchanged' | 'updated' | 'already_run';

/**
 * A follow-up held by a scheduler, with its delivery state.
 *
 * @since 0.1.0
 */
export interface ScheduledFollowUp {
  /** The follow-up as scheduled. */
  readonly followUp: FollowUp;
  /** `pending` (waiting for its time or a retry) or `failed` (gave up after the last attempt; kept so nothing is lost). */
  readonly state: 'pending' | 'failed';
  /** How many times the handler was called for it. */
  readonly attempts: number;
  /** When it runs next (its due time, or the retry time after a failure), ISO 8601 UTC. */
  readonly nextRunAt: string;
  /** The last handler error's message, when an attempt failed. */
  readonly lastError?: string;
}

/**
 * One follow-up whose handler threw during {@link Scheduler.runDue}.
 *
 * @since 0.1.0
 */
export interface FollowUpFailure {
  /** The follow-up. */
  readonly followUp: FollowUp;
  /** What the handler threw. */
  readonly error: unknown;
  /** Attempts so far, this one included. */
  readonly attempts: number;
  /** Whether it will be tried again (else it is kept as `failed`). */
  readonly willRetry: boolean;
}

/**
 * What one {@link Scheduler.runDue} call did.
 *
 * @since 0.1.0
 */
export interface FollowUpRunReport {
  /** The instant the run used as now, ISO 8601 UTC. */
  readonly ranAt: string;
  /** Follow-ups whose handler completed, in the order they ran (due time, then id). */
  readonly completed: readonly FollowUp[];
  /** Follow-ups whose handler threw. */
  readonly failed: readonly FollowUpFailure[];
}

/**
 * Filters for {@link Scheduler.list}.
 *
 * @since 0.1.0
 */
export interface ScheduledFollowUpFilter {
  /** Only this ticket's follow-ups. */
  readonly ticketId?: string;
}

/**
 * The context a {@link FollowUpHandler} gets with each follow-up.
 *
 * @since 0.1.0
 */
export interface FollowUpRunContext {
  /** The instant of the run, ISO 8601 UTC. */
  readonly now: string;
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  readonly attempt: number;
}

/**
 * Runs a due follow-up: send the reminder, post the broadcast, resolve the ticket. Throwing (or
 * rejecting) marks the attempt failed; the scheduler retries it later. Re-validate at fire time:
 * load the ticket, re-plan, and do nothing if the follow-up is no longer in the plan.
 *
 * @since 0.1.0
 */
export type FollowUpHandler = (followUp: FollowUp, context: FollowUpRunContext) => void | Promise<void>;

/**
 * The port every follow-up delivery backend implements: the embedded {@link InMemoryScheduler},
 * and queue adapters (`@rapport/bullmq`) that run the same plans at scale.
 *
 * Contract: scheduling is idempotent by id (scheduling an id that is pending changes nothing; an
 * id that already ran is never run again); `cancel` is idempotent; `runDue` runs each due
 * follow-up at most once per call, in due-time order, and a failed handler is retried, never lost.
 *
 * @example
 * ```ts
 * import type { Scheduler, FollowUp } from '@rapport/core/schedule';
 *
 * async function reschedule(scheduler: Scheduler, stale: FollowUp, fresh: FollowUp) {
 *   await scheduler.cancel(stale.id);
 *   await scheduler.schedule(fresh);
 * }
 * ```
 * @since 0.1.0
 */
export interface Scheduler {
  /** Holds `followUp` until it is due. Idempotent by id; see {@link ScheduleOutcome}. */
  schedule(followUp: FollowUp): Promise<ScheduleOutcome>;
  /** Removes the follow-up with this id; `true` if one was pending or failed. */
  cancel(id: string): Promise<boolean>;
  /** The follow-ups held, pending and failed, by next run time then id. */
  list(filter?: ScheduledFollowUpFilter): Promise<readonly ScheduledFollowUp[]>;
  /** Runs every follow-up due at `now` (default: the scheduler's clock) through the handler. */
  runDue(now?: InstantInput): Promise<FollowUpRunReport>;
}
