import { RapportError } from '../../errors.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { calendarHoursClock, isBusinessClock, type BusinessClock } from './business-clock.js';

/**
 * What {@link slaStatus} and {@link planFollowUps} accept as a calendar: a {@link BusinessCalendar}
 * from `createBusinessCalendar`, any {@link BusinessClock}, or `null` / `undefined` when every
 * target and delay is in calendar hours.
 *
 * @since 0.1.0
 */
export type ScheduleCalendar = BusinessCalendar | BusinessClock | null | undefined;

const adapted = new WeakMap<object, BusinessClock>();

/** A calendar-like object: anything with a `toBusinessClock()` method, such as a BusinessCalendar. */
function hasToBusinessClock(value: unknown): value is { toBusinessClock(): BusinessClock } {
  return typeof value === 'object' && value !== null && typeof (value as { toBusinessClock?: unknown }).toBusinessClock === 'function';
}

/**
 * The business clock for `calendar`, or an `INVALID_INPUT` error naming `calendar` when business
 * hours are needed and none (or something else) was given.
 */
export function businessClockOf(calendar: unknown, needed: boolean, why: string): BusinessClock {
  if (isBusinessClock(calendar)) return calendar;
  if (hasToBusinessClock(calendar)) {
    let clock = adapted.get(calendar);
    if (!clock) {
      clock = calendar.toBusinessClock();
      adapted.set(calendar, clock);
    }
    if (isBusinessClock(clock)) return clock;
  }
  if (calendar === null || calendar === undefined) {
    if (!needed) return calendarHoursClock;
    throw new RapportError('INVALID_INPUT', `Invalid calendar: ${why} uses business hours, so a calendar is required`, {
      issues: [{ code: 'missing_calendar', path: ['calendar'], message: `${why} uses business hours; pass a calendar` }],
    });
  }
  throw new RapportError('INVALID_INPUT', 'Invalid calendar: expected a BusinessCalendar, a BusinessClock ({ add, elapsed }) or null', {
    issues: [{ code: 'invalid_type', path: ['calendar'], message: 'expected a BusinessCalendar, a BusinessClock or null' }],
  });
}
