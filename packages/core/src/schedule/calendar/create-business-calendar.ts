import { BusinessCalendar } from './business-calendar.js';
import type { BusinessCalendarConfig } from './business-calendar-config.js';
import { compileCalendarRules } from './internal/calendar-rules.js';

/**
 * Validates a business calendar definition and compiles it into a {@link BusinessCalendar}.
 *
 * Use it once per calendar (at startup, or when the definition changes) and share the result:
 * the compiled timeline is cached inside the calendar and grows lazily as queries reach new
 * weeks.
 *
 * Details: bad input throws a `RapportError` whose `issues[0].path` names the field:
 * `UNKNOWN_TIME_ZONE` for a zone this runtime does not know; `INVALID_CALENDAR` for a malformed
 * field, an interval that does not end after it starts (`nonsensical_hours`), intervals that
 * overlap on the same day (`overlapping_hours`), no weekly interval at all
 * (`hours_not_provided`), an inverted break or shift, or overlapping shifts on one date.
 * Nothing is silently shifted or dropped, except the seconds of weekly hours, which have
 * minute precision as in biz.
 *
 * @example
 * ```ts
 * import { createBusinessCalendar } from '@rapport/core/schedule';
 *
 * const calendar = createBusinessCalendar({
 *   timeZone: 'Europe/London',
 *   hours: {
 *     mon: [['09:00', '17:30']], tue: [['09:00', '17:30']], wed: [['09:00', '17:30']],
 *     thu: [['09:00', '17:30']], fri: [['09:00', '16:00']],
 *     sat: [['22:00', '24:00']], sun: [['00:00', '02:00']], // an overnight maintenance window
 *   },
 *   holidays: ['2026-12-25', '2026-12-28'],
 *   breaks: [{ date: '2026-12-24', start: '12:00', end: '17:30' }],
 * });
 * calendar.isBusinessDay('2026-12-25'); // false
 * ```
 * @since 0.1.0
 */
export function createBusinessCalendar(config: BusinessCalendarConfig): BusinessCalendar {
  return new BusinessCalendar(compileCalendarRules(config));
}
