/**
 * The two operations SLA clocks and the follow-up planner need from a calendar: move forward by a
 * business duration, and measure the business time between two instants. All values are epoch
 * milliseconds.
 *
 * Use it to plug any working-time source into {@link slaStatus} and {@link planFollowUps}: a
 * business calendar (`createBusinessCalendar(...)`, which those functions also accept directly,
 * or its `toBusinessClock()`), {@link calendarHoursClock} for 24/7 targets, or your own.
 *
 * Contract, relied on by the SLA property tests: `elapsed(a, b)` is `0` when `b <= a`, never
 * negative, and monotonic in `b`; `add(from, ms)` is monotonic in `ms`, never earlier than `from`,
 * and returns an instant `t` with `elapsed(from, t) === ms` for `ms > 0` (the earliest one, or,
 * as in Zendesk's biz, the next opening when the time runs out exactly at a closing).
 *
 * @example
 * ```ts
 * import type { BusinessClock } from '@rapport/core/schedule';
 *
 * // Every hour counts: the same as calendarHoursClock.
 * const clock: BusinessClock = {
 *   add: (fromMs, businessMs) => fromMs + businessMs,
 *   elapsed: (fromMs, toMs) => Math.max(0, toMs - fromMs),
 * };
 * clock.add(Date.parse('2024-05-06T09:00:00Z'), 3_600_000);
 * ```
 * @since 0.1.0
 */
export interface BusinessClock {
  /** The instant reached after `businessMs` of business time counted from `fromMs`. */
  add(fromMs: number, businessMs: number): number;
  /** The business time, in milliseconds, between `fromMs` and `toMs` (`0` when `toMs <= fromMs`). */
  elapsed(fromMs: number, toMs: number): number;
}

/**
 * The 24/7 clock: every millisecond counts. SLA targets in calendar hours and follow-up delays
 * in calendar time use it.
 *
 * @example
 * ```ts
 * import { calendarHoursClock } from '@rapport/core/schedule';
 *
 * calendarHoursClock.elapsed(0, 7_200_000); // 7200000
 * ```
 * @since 0.1.0
 */
export const calendarHoursClock: BusinessClock = Object.freeze({
  add: (fromMs: number, businessMs: number) => fromMs + Math.max(0, businessMs),
  elapsed: (fromMs: number, toMs: number) => Math.max(0, toMs - fromMs),
});

/** Whether `value` has the shape of a {@link BusinessClock}. */
export function isBusinessClock(value: unknown): value is BusinessClock {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { add?: unknown }).add === 'function' &&
    typeof (value as { elapsed?: unknown }).elapsed === 'function'
  );
}
