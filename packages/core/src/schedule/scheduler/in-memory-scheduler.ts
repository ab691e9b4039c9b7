import { RapportError } from '../../errors.js';
import { parseOrThrow } from '../../internal/parse.js';
import { followUpSchema, type FollowUp } from '../follow-up/follow-up.js';
import { parseDuration } from '../sla/internal/duration.js';
import { instantMs, isoOf, type InstantInput } from '../sla/internal/instant.js';
import type {
  FollowUpFailure,
  FollowUpHandler,
  FollowUpRunReport,
  ScheduledFollowUp,
  ScheduledFollowUpFilter,
  ScheduleOutcome,
  Scheduler,
} from './scheduler.js';
import { systemClock, type SchedulerClock } from './scheduler-clock.js';

/**
 * Options of {@link InMemoryScheduler}.
 *
 * @since 0.1.0
 */
export interface InMemorySchedulerOptions {
  /** Runs each due follow-up. */
  readonly handler: FollowUpHandler;
  /** Where the scheduler reads the time (default {@link systemClock}); inject a {@link ManualClock} in tests. */
  readonly clock?: SchedulerClock;
  /** Attempts before a follow-up is kept as `failed` (default 3). */
  readonly maxAttempts?: number;
  /** Wait before retrying a failed attempt: a duration string or milliseconds (default `'1m'`). */
  readonly retryDelay?: string | number;
  /** How many completed ids to remember so they never run twice (default 100 000; oldest forgotten first). */
  readonly rememberCompleted?: number;
}

interface Entry {
  followUp: FollowUp;
  canonical: string;
  dueMs: number;
  nextRunMs: number;
  attempts: number;
  state: 'pending' | 'failed';
  lastError?: string;
}

/**
 * The embedded {@link Scheduler}: follow-ups held in memory, run by {@link InMemoryScheduler.runDue}
 * (call it from your loop or a timer) or by the built-in poller ({@link InMemoryScheduler.start}).
 *
 * Use it in tests, demos, single-process bots and browser apps; it loses its state when the
 * process exits, so use a queue adapter (`@rapport/bullmq`) where that matters. Time comes from
 * an injectable {@link SchedulerClock}. Scheduling is idempotent by id, completed ids are
 * remembered so they never run twice, a failing handler is retried after `retryDelay` up to
 * `maxAttempts` times and then kept as `failed` (visible in `list()`, never dropped silently).
 * Runs are serialized: a `runDue` called while another runs waits for it.
 *
 * @example
 * ```ts
 * import { InMemoryScheduler, ManualClock, planFollowUps, syncFollowUps } from '@rapport/core/schedule';
 * import type { Ticket } from '@rapport/core/ticket';
 *
 * declare const ticket: Ticket;
 * const clock = new ManualClock('2024-05-06T10:00:00Z');
 * const scheduler = new InMemoryScheduler({
 *   clock,
 *   handler: (followUp) => console.log(followUp.kind, followUp.reason),
 * });
 * await syncFollowUps(scheduler, planFollowUps(ticket, {}, null, clock.now()));
 * clock.advance('24h');
 * const report = await scheduler.runDue();
 * ```
 * @since 0.1.0
 */
export class InMemoryScheduler implements Scheduler {
  readonly #handler: FollowUpHandler;
  readonly #clock: SchedulerClock;
  readonly #maxAttempts: number;
  readonly #retryMs: number;
  readonly #remember: number;
  readonly #entries = new Map<string, Entry>();
  readonly #completed = new Set<string>();
  #running: Promise<unknown> = Promise.resolve();
  #timer: ReturnType<typeof setInterval> | undefined;

  /** Creates a scheduler; `options.handler` is required. */
  constructor(options: InMemorySchedulerOptions) {
    if (typeof options?.handler !== 'function') {
      throw invalid(['handler'], 'a handler function is required');
    }
    if (options.clock !== undefined && typeof options.clock?.now !== 'function') {
      throw invalid(['clock'], 'a clock needs a now() method');
    }
    const maxAttempts = options.maxAttempts ?? 3;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw invalid(['maxAttempts'], 'must be an integer of at least 1');
    const remember = options.rememberCompleted ?? 100_000;
    if (!Number.isInteger(remember) || remember < 0) throw invalid(['rememberCompleted'], 'must be a non-negative integer');
    this.#handler = options.handler;
    this.#clock = options.clock ?? systemClock;
    this.#maxAttempts = maxAttempts;
    this.#retryMs = retryDelayMs(options.retryDelay ?? '1m');
    this.#remember = remember;
  }

  /** Holds `followUp` until it is due; see {@link Scheduler.schedule}. Validates it (`INVALID_INPUT`). */
  async schedule(followUp: FollowUp): Promise<ScheduleOutcome> {
    const parsed = parseOrThrow(followUpSchema, followUp, 'INVALID_INPUT', 'follow-up');
    if (this.#completed.has(parsed.id)) return 'already_run';
    const canonical = JSON.stringify(parsed);
    const dueMs = Date.parse(parsed.dueAt);
    const existing = this.#entries.get(parsed.id);
    if (existing && existing.canonical === canonical && existing.state === 'pending') return 'unchanged';
    this.#entries.set(parsed.id, { followUp: parsed, canonical, dueMs, nextRunMs: dueMs, attempts: 0, state: 'pending' });
    return existing ? 'updated' : 'scheduled';
  }

  /** Removes a pending or failed follow-up; see {@link Scheduler.cancel}. */
  async cancel(id: string): Promise<boolean> {
    return this.#entries.delete(id);
  }

  /** The follow-ups held, by next run time then id; see {@link Scheduler.list}. */
  async list(filter: ScheduledFollowUpFilter = {}): Promise<readonly ScheduledFollowUp[]> {
    return [...this.#entries.values()]
      .filter((entry) => filter.ticketId === undefined || entry.followUp.ticketId === filter.ticketId)
      .sort(byNextRun)
      .map((entry) => ({
        followUp: entry.followUp,
        state: entry.state,
        attempts: entry.attempts,
        nextRunAt: isoOf(entry.nextRunMs),
        ...(entry.lastError !== undefined ? { lastError: entry.lastError } : {}),
      }));
  }

  /** Runs every due follow-up through the handler; see {@link Scheduler.runDue}. */
  runDue(now?: InstantInput): Promise<FollowUpRunReport> {
    const nowMs = now === undefined ? this.#clock.now() : instantMs(now, 'now');
    const run = this.#running.then(() => this.#run(nowMs));
    this.#running = run.catch(() => undefined);
    return run;
  }

  /**
   * Polls: calls {@link InMemoryScheduler.runDue} every `everyMs` milliseconds (default 1000) until
   * {@link InMemoryScheduler.stop}. Handler failures are retried as usual; nothing is thrown.
   */
  start(everyMs = 1000): void {
    if (!Number.isInteger(everyMs) || everyMs < 1) throw invalid(['everyMs'], 'must be a positive integer of milliseconds');
    this.stop();
    this.#timer = setInterval(() => {
      this.runDue().catch(() => undefined);
    }, everyMs);
  }

  /** Stops the poller started by {@link InMemoryScheduler.start}. */
  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #run(nowMs: number): Promise<FollowUpRunReport> {
    const due = [...this.#entries.values()].filter((e) => e.state === 'pending' && e.nextRunMs <= nowMs).sort(byNextRun);
    const completed: FollowUp[] = [];
    const failed: FollowUpFailure[] = [];
    for (const entry of due) {
      // The handler of an earlier follow-up may have cancelled or replaced this one.
      if (this.#entries.get(entry.followUp.id) !== entry) continue;
      entry.attempts++;
      try {
        await this.#handler(entry.followUp, { now: isoOf(nowMs), attempt: entry.attempts });
        if (this.#entries.get(entry.followUp.id) === entry) this.#entries.delete(entry.followUp.id);
        this.#rememberCompleted(entry.followUp.id);
        completed.push(entry.followUp);
      } catch (error) {
        const willRetry = entry.attempts < this.#maxAttempts;
        entry.lastError = error instanceof Error ? error.message : String(error);
        if (willRetry) entry.nextRunMs = nowMs + this.#retryMs;
        else entry.state = 'failed';
        failed.push({ followUp: entry.followUp, error, attempts: entry.attempts, willRetry });
      }
    }
    return { ranAt: isoOf(nowMs), completed, failed };
  }

  #rememberCompleted(id: string): void {
    if (this.#remember === 0) return;
    this.#completed.add(id);
    if (this.#completed.size > this.#remember) {
      const oldest = this.#completed.values().next();
      if (!oldest.done) this.#completed.delete(oldest.value);
    }
  }
}

function byNextRun(a: Entry, b: Entry): number {
  return a.nextRunMs - b.nextRunMs || (a.followUp.id < b.followUp.id ? -1 : a.followUp.id > b.followUp.id ? 1 : 0);
}

function retryDelayMs(value: string | number): number {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0) return value;
    throw new RapportError('INVALID_DURATION', 'Invalid retryDelay: must be a non-negative integer of milliseconds', {
      issues: [{ code: 'invalid_duration', path: ['retryDelay'], message: 'must be a non-negative integer' }],
    });
  }
  const parsed = parseDuration(value);
  if (!parsed.ok) {
    throw new RapportError('INVALID_DURATION', `Invalid retryDelay: ${parsed.message}`, {
      issues: [{ code: 'invalid_duration', path: ['retryDelay'], message: parsed.message }],
    });
  }
  return parsed.value.ms;
}

function invalid(path: string[], message: string): RapportError {
  return new RapportError('INVALID_INPUT', `Invalid scheduler options at ${path.join('.')}: ${message}`, {
    issues: [{ code: 'invalid_option', path, message }],
  });
}
