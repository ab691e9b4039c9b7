import { RapportError } from '../../errors.js';
import { parseDay, parseTimeOfDay, wallOf } from './internal/wall-clock.js';
import { resolveTimeZoneName, zoneRulesFor } from './internal/zone-rules.js';

/**
 * The instant of a local date and wall-clock time in a time zone, with the DST rules business
 * calendars use (those of Zendesk's `biz`).
 *
 * Use it to turn a configured wall-clock time ("09:00 on 2026-03-08 in New York") into an
 * instant the same way the calendar does.
 *
 * Details: `24:00` is the next day's `00:00`. A time that does not exist (inside a
 * spring-forward gap) moves one hour later, so `02:30` on a night that jumps from 02:00 to 03:00
 * is `03:30`, and a `24:00` that falls in a midnight gap is `01:00` the next day. An ambiguous
 * time (inside a fall-back overlap) is its first occurrence, the daylight-saving one. Throws
 * `UNKNOWN_TIME_ZONE` or `INVALID_INPUT` naming the bad argument.
 *
 * @example
 * ```ts
 * import { localTimeToInstant } from '@rapport/core/schedule';
 *
 * localTimeToInstant('America/Los_Angeles', '2014-03-09', '02:30').toISOString(); // '2014-03-09T10:30:00.000Z'
 * localTimeToInstant('America/Los_Angeles', '2014-11-02', '01:30').toISOString(); // '2014-11-02T08:30:00.000Z'
 * ```
 * @since 0.1.0
 */
export function localTimeToInstant(timeZone: string, date: string, time: string): Date {
  if (resolveTimeZoneName(timeZone) === undefined) {
    throw new RapportError('UNKNOWN_TIME_ZONE', `Unknown time zone ${JSON.stringify(timeZone)} at timeZone`, {
      issues: [{ code: 'unknown_time_zone', path: ['timeZone'], message: `Unknown IANA time zone ${JSON.stringify(timeZone)}` }],
    });
  }
  const day = parseDay(date);
  if (day === undefined) {
    throw new RapportError('INVALID_INPUT', 'Invalid date: expected a calendar date YYYY-MM-DD', {
      issues: [{ code: 'invalid_date', path: ['date'], message: 'Expected a calendar date YYYY-MM-DD' }],
    });
  }
  const second = parseTimeOfDay(time);
  if (second === undefined) {
    throw new RapportError('INVALID_INPUT', 'Invalid time: expected HH:MM or HH:MM:SS between 00:00 and 24:00', {
      issues: [{ code: 'invalid_time', path: ['time'], message: 'Expected HH:MM or HH:MM:SS between 00:00 and 24:00' }],
    });
  }
  return new Date(zoneRulesFor(timeZone).fromWall(wallOf(day, second)));
}
