import { RapportError } from '../../errors.js';
import { parseDuration } from '../sla/internal/duration.js';
import { instantMs, type InstantInput } from '../sla/internal/instant.js';

/**
 * Where a scheduler reads the time: epoch milliseconds. Inject {@link ManualClock} in tests and
 * demos to move time by hand; production uses {@link systemClock}.
 *
 * @example
 * ```ts
 * import type { SchedulerClock } from '@rapport/core/schedule';
 *
 * const fixed: SchedulerClock = { now: () => Date.parse('2024-05-06T09:00:00Z') };
 * ```
 * @since 0.1.0
 */
export interface SchedulerClock {
  /** The current instant, in epoch milliseconds. */
  now(): number;
}

/**
 * The machine's clock (`Date.now()`).
 *
 * @example
 * ```ts
 * import { systemClock } from '@rapport/core/schedule';
 *
 * systemClock.now();
 * ```
 * @since 0.1.0
 */
export const systemClock: SchedulerClock = Object.freeze({ now: () => Date.now() });

/**
 * A clock that only moves when told to: the injectable clock for tests, demos and simulations.
 *
 * Use it with {@link InMemoryScheduler} to replay a day of follow-ups in milliseconds. Moving it
 * backwards is an error (`INVALID_INPUT`): schedulers rely on time never going back.
 *
 * @example
 * ```ts
 * import { ManualClock } from '@rapport/core/schedule';
 *
 * const clock = new ManualClock('2024-05-06T09:00:00Z');
 * clock.advance('90m');
 * new Date(clock.now()).toISOString(); // '2024-05-06T10:30:00.000Z'
 * ```
 * @since 0.1.0
 */
export class ManualClock implements SchedulerClock {
  #now: number;

  /** Starts the clock at `start` (a `Date`, an ISO 8601 string with offset, or epoch ms). */
  constructor(start: InstantInput) {
    this.#now = instantMs(start, 'start');
  }

  /** The current instant, in epoch milliseconds. */
  now(): number {
    return this.#now;
  }

  /** Moves the clock to `instant`, which must not be earlier than now. */
  set(instant: InstantInput): void {
    const ms = instantMs(instant, 'instant');
    if (ms < this.#now) {
      throw new RapportError('INVALID_INPUT', `Invalid instant: ${new Date(ms).toISOString()} is before the clock's current time`, {
        issues: [{ code: 'clock_backwards', path: ['instant'], message: 'a ManualClock never goes back' }],
      });
    }
    this.#now = ms;
  }

  /** Moves the clock forward by a duration (`'15m'`, `'PT1H'`) or a number of milliseconds. */
  advance(by: string | number): void {
    let ms: number;
    if (typeof by === 'number') {
      if (!Number.isInteger(by) || by < 0) {
        throw new RapportError('INVALID_DURATION', 'Invalid duration: advance takes a non-negative integer of milliseconds', {
          issues: [{ code: 'invalid_duration', path: ['by'], message: 'must be a non-negative integer' }],
        });
      }
      ms = by;
    } else {
      const parsed = parseDuration(by);
      if (!parsed.ok) {
        throw new RapportError('INVALID_DURATION', `Invalid duration: ${parsed.message}`, {
          issues: [{ code: 'invalid_duration', path: ['by'], message: parsed.message }],
        });
      }
      ms = parsed.value.ms;
    }
    this.#now += ms;
  }
}
