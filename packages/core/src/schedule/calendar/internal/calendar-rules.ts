/**
 * A validated calendar definition turned into numbers: weekly intervals in minutes of the week,
 * and holidays, breaks and shifts resolved to instants (they are finite lists).
 */
import { RapportError, type RapportIssue } from '../../../errors.js';
import { formatPath, parseOrThrow } from '../../../internal/parse.js';
import { businessCalendarConfigSchema, type NormalizedBusinessCalendarConfig } from '../business-calendar-config.js';
import type { Segment } from './segments.js';
import { DAY_SECONDS, WEEKDAY_KEYS, parseDay, parseTimeOfDay, wallOf, weekdayOf } from './wall-clock.js';
import { resolveTimeZoneName, zoneRulesFor, type ZoneRules } from './zone-rules.js';

/** One weekly interval, minute precision. */
export interface WeeklyInterval {
  /** 0 = Sunday. */
  readonly weekday: number;
  /** Seconds into the day (whole minutes). */
  readonly startSecond: number;
  /** Seconds into the day (whole minutes); 86400 is `24:00`. */
  readonly endSecond: number;
}

/** Everything the timeline needs, resolved once. */
export interface CalendarRules {
  readonly config: NormalizedBusinessCalendarConfig;
  readonly zone: ZoneRules;
  /** Weekly intervals per weekday, each list in biz order (by start, then end). */
  readonly intervalsByWeekday: readonly (readonly WeeklyInterval[])[];
  /** Weekdays that count as business days for day arithmetic (listed in `hours`). */
  readonly businessWeekdays: readonly boolean[];
  /** Holiday day numbers. */
  readonly holidayDays: ReadonlySet<number>;
  /** Holidays as instants `[local midnight, next local midnight)`, ascending. */
  readonly holidays: readonly Segment[];
  /** Breaks as instants, sorted by start then end (biz order). */
  readonly breaks: readonly Segment[];
  /** Largest `|end - start|` of a break, for windowed lookups. */
  readonly maxBreakSpan: number;
  /** Shifts per day number, each list sorted by start then end. */
  readonly shiftsByDay: ReadonlyMap<number, readonly Segment[]>;
  /** All shifts, sorted. */
  readonly shifts: readonly Segment[];
}

function fail(code: 'INVALID_CALENDAR' | 'UNKNOWN_TIME_ZONE', issue: RapportIssue): never {
  const where = issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
  throw new RapportError(code, `Invalid business calendar${where}: ${issue.message}`, { issues: [issue] });
}

const bySegment = (a: Segment, b: Segment) => a.start - b.start || a.end - b.end;

/**
 * Validates a calendar definition (shape with zod, then the time zone and the checks zod cannot
 * make) and resolves it. Throws `RapportError` (`INVALID_CALENDAR` or `UNKNOWN_TIME_ZONE`) with
 * the path of the first bad field.
 */
export function compileCalendarRules(input: unknown): CalendarRules {
  const config = parseOrThrow(businessCalendarConfigSchema, input, 'INVALID_CALENDAR', 'business calendar');
  if (resolveTimeZoneName(config.timeZone) === undefined) {
    throw new RapportError('UNKNOWN_TIME_ZONE', `Unknown time zone ${JSON.stringify(config.timeZone)} at timeZone`, {
      issues: [{ code: 'unknown_time_zone', path: ['timeZone'], message: `Unknown IANA time zone ${JSON.stringify(config.timeZone)}` }],
    });
  }
  const zone = zoneRulesFor(config.timeZone);

  const intervalsByWeekday: WeeklyInterval[][] = [[], [], [], [], [], [], []];
  const businessWeekdays = [false, false, false, false, false, false, false];
  let count = 0;
  for (let weekday = 0; weekday < 7; weekday++) {
    const key = WEEKDAY_KEYS[weekday] as (typeof WEEKDAY_KEYS)[number];
    const list = config.hours[key];
    if (list === undefined) continue;
    businessWeekdays[weekday] = true;
    const parsed: (WeeklyInterval & { index: number })[] = [];
    list.forEach(([start, end], index) => {
      // Weekly hours have minute precision: seconds are dropped, as biz does.
      const startSecond = Math.floor((parseTimeOfDay(start) as number) / 60) * 60;
      const endSecond = Math.floor((parseTimeOfDay(end) as number) / 60) * 60;
      if (endSecond <= startSecond) {
        fail('INVALID_CALENDAR', {
          code: 'nonsensical_hours',
          path: ['hours', key, index],
          message: `nonsensical hours provided: the interval ${start}–${end} does not end after it starts`,
        });
      }
      parsed.push({ weekday, startSecond, endSecond, index });
      count++;
    });
    const hoursOverlap = sortAndFindOverlap(parsed);
    if (hoursOverlap !== undefined) {
      const [previous, current] = hoursOverlap;
      fail('INVALID_CALENDAR', {
        code: 'overlapping_hours',
        path: ['hours', key, current.index],
        message: `overlapping hours: this interval overlaps hours.${key}[${previous.index}]`,
      });
    }
    intervalsByWeekday[weekday] = parsed.map(({ weekday: w, startSecond, endSecond }) => ({ weekday: w, startSecond, endSecond }));
  }
  if (count === 0) {
    fail('INVALID_CALENDAR', { code: 'hours_not_provided', path: ['hours'], message: 'hours not provided: give at least one weekly interval' });
  }

  const holidayDays = new Set<number>();
  for (const text of config.holidays) holidayDays.add(parseDay(text) as number);
  const holidays = [...holidayDays]
    .sort((a, b) => a - b)
    .map((day) => ({ start: zone.fromWall(wallOf(day, 0)), end: zone.fromWall(wallOf(day, DAY_SECONDS)) }));

  const dated = (field: 'breaks' | 'shifts') =>
    config[field].map((entry, index) => {
      const start = parseTimeOfDay(entry.start) as number;
      const end = parseTimeOfDay(entry.end) as number;
      if (end <= start) {
        fail('INVALID_CALENDAR', {
          code: field === 'breaks' ? 'inverted_break' : 'inverted_shift',
          path: [field, index, 'end'],
          message: `the ${field === 'breaks' ? 'break' : 'shift'} ${entry.start}–${entry.end} does not end after it starts`,
        });
      }
      const day = parseDay(entry.date) as number;
      return { day, index, startSecond: start, endSecond: end, segment: { start: zone.fromWall(wallOf(day, start)), end: zone.fromWall(wallOf(day, end)) } };
    });

  const breakEntries = dated('breaks');
  const breaks = breakEntries.map((entry) => entry.segment).sort(bySegment);
  let maxBreakSpan = 0;
  for (const span of breaks) maxBreakSpan = Math.max(maxBreakSpan, Math.abs(span.end - span.start));

  const shiftEntries = dated('shifts');
  const shiftsByDay = new Map<number, Segment[]>();
  const byDayWall = new Map<number, typeof shiftEntries>();
  for (const entry of shiftEntries) {
    const list = byDayWall.get(entry.day) ?? [];
    list.push(entry);
    byDayWall.set(entry.day, list);
  }
  for (const [day, entries] of byDayWall) {
    const shiftOverlap = sortAndFindOverlap(entries);
    if (shiftOverlap !== undefined) {
      const [previous, current] = shiftOverlap;
      fail('INVALID_CALENDAR', {
        code: 'overlapping_shift',
        path: ['shifts', current.index],
        message: `overlapping shifts: this shift overlaps shifts[${previous.index}] on ${config.shifts[current.index]?.date ?? ''}`,
      });
    }
    shiftsByDay.set(day, entries.map((entry) => entry.segment).sort(bySegment));
  }
  const shifts = shiftEntries.map((entry) => entry.segment).sort(bySegment);

  return {
    config,
    zone,
    intervalsByWeekday,
    businessWeekdays,
    holidayDays,
    holidays,
    breaks,
    maxBreakSpan,
    shiftsByDay,
    shifts,
  };
}

/** Whether a day number is a business day: its weekday is listed in `hours` and it is no holiday. */
export function isBusinessDayNumber(rules: CalendarRules, day: number): boolean {
  return rules.businessWeekdays[weekdayOf(day)] === true && !rules.holidayDays.has(day);
}

/**
 * Sorts wall-clock intervals by start (then end) in place and returns the first pair where an
 * interval starts before the previous one ends, or `undefined` when none overlap.
 */
function sortAndFindOverlap<T extends { readonly startSecond: number; readonly endSecond: number }>(list: T[]): [T, T] | undefined {
  list.sort((a, b) => a.startSecond - b.startSecond || a.endSecond - b.endSecond);
  for (let k = 1; k < list.length; k++) {
    const previous = list[k - 1] as T;
    const current = list[k] as T;
    if (current.startSecond < previous.endSecond) return [previous, current];
  }
  return undefined;
}
