import { match } from 'ts-pattern';
import { RapportError } from '../../errors.js';
import type { BusinessClock } from '../sla/business-clock.js';
import type { NormalizedBusinessCalendarConfig } from './business-calendar-config.js';
import { checkBusinessMs, checkDuration, type BusinessDuration } from './business-duration.js';
import { compileCalendarRules, isBusinessDayNumber, type CalendarRules } from './internal/calendar-rules.js';
import { intersectConfigs } from './internal/intersect-config.js';
import { timelineUntil, type Segment } from './internal/segments.js';
import { Timeline, TimelineRangeError } from './internal/timeline.js';
import { DAY_SECONDS, MAX_INSTANT_MS, MIN_INSTANT_MS, dayOfWall, formatDay, parseDay, wallOf, weekdayOf } from './internal/wall-clock.js';

/**
 * A half-open span of business time `[start, end)`. A *zero-length* period (`start` equal to
 * `end`) marks an opening or closing instant, as biz reports it.
 *
 * @example
 * ```ts
 * import { createBusinessCalendar, type BusinessPeriod } from '@rapport/core/schedule';
 *
 * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
 * const [first]: BusinessPeriod[] = calendar.periodsAfter(new Date('2026-03-02T12:00:00Z'), 1);
 * first?.end.toISOString(); // '2026-03-02T17:00:00.000Z'
 * ```
 * @since 0.1.0
 */
export interface BusinessPeriod {
  /** First instant of the period. */
  readonly start: Date;
  /** First instant after the period. */
  readonly end: Date;
}

/**
 * An instant: a `Date`, or epoch milliseconds.
 *
 * @example
 * ```ts
 * import type { BusinessInstant } from '@rapport/core/schedule';
 *
 * const a: BusinessInstant = new Date('2026-03-02T09:00:00Z');
 * const b: BusinessInstant = Date.parse('2026-03-02T09:00:00Z');
 * ```
 * @since 0.1.0
 */
export type BusinessInstant = Date | number;

function instantMs(value: unknown, name: string): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms === 'number' && ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS) return ms;
  throw new RapportError('INVALID_INPUT', `Invalid ${name}: expected a valid Date or epoch milliseconds between the years 1000 and 9999`, {
    issues: [{ code: 'invalid_instant', path: [name], message: 'Expected a valid Date or epoch milliseconds between the years 1000 and 9999' }],
  });
}

function dayNumber(value: unknown, name: string): number {
  const day = typeof value === 'string' ? parseDay(value) : undefined;
  if (day !== undefined) return day;
  throw new RapportError('INVALID_INPUT', `Invalid ${name}: expected a calendar date YYYY-MM-DD`, {
    issues: [{ code: 'invalid_date', path: [name], message: 'Expected a calendar date YYYY-MM-DD' }],
  });
}

function countArg(value: unknown, name: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= 100_000) return value;
  throw new RapportError('INVALID_INPUT', `Invalid ${name}: expected a whole number from 0 to 100000`, {
    issues: [{ code: 'invalid_count', path: [name], message: 'Expected a whole number from 0 to 100000' }],
  });
}

function checkedResult(ms: number): number {
  if (ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS) return ms;
  throw new RapportError('INVALID_DURATION', 'Invalid business duration: the result lies outside the years 1000 to 9999', {
    issues: [{ code: 'out_of_range', path: [], message: 'The result lies outside the years 1000 to 9999' }],
  });
}

/** A walk past the supported years becomes `INVALID_DURATION`; anything else is rethrown. */
function rangeError(error: unknown): unknown {
  if (error instanceof TimelineRangeError) {
    return new RapportError('INVALID_DURATION', `Invalid business duration: ${error.message}`, {
      issues: [{ code: 'out_of_range', path: [], message: error.message }],
    });
  }
  return error;
}

function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw rangeError(error);
  }
}

/** Day numbers of 1000-01-01 and 9999-12-31. */
const MIN_DAY = dayOfWall(MIN_INSTANT_MS);
const MAX_DAY = dayOfWall(MAX_INSTANT_MS);

const toPeriod = (segment: Segment): BusinessPeriod => ({ start: new Date(segment.start), end: new Date(segment.end) });

/**
 * A compiled business calendar: business hours in a time zone, with holidays, breaks and
 * shifts, and the arithmetic SLA clocks and schedulers need. Create one with
 * {@link createBusinessCalendar}; it is immutable and safe to share.
 *
 * Use it to move an instant by business time (`add`, `subtract`), to measure business time
 * (`timeBetween`), and to ask whether an instant is within hours (`inHours`, `nextOpen`,
 * `previousClose`).
 *
 * Semantics are those of Zendesk's `biz` (Ruby), exactly, including its edge cases:
 * - **Adding time** consumes business periods from the instant onward. When the time runs out
 *   strictly inside a period, that instant is the result; when it runs out **exactly at a
 *   period's end**, the result is the **start of the next period** (never a closing instant).
 *   Adding zero returns the instant itself when it is inside a period (`[start, end)`),
 *   otherwise the next opening: `add(t, 0)` is {@link BusinessCalendar.nextOpen}.
 * - **Subtracting time** walks backward; running out exactly at a period's start gives that
 *   start. Subtracting zero returns the instant when it is within a period with both ends
 *   included, otherwise the previous closing: `subtract(t, 0)` is
 *   {@link BusinessCalendar.previousClose}.
 * - **Days** are day arithmetic: the same local time of day on the n-th next business date
 *   (weekday listed in `hours`, not a holiday), then the first business instant at or after it
 *   (an instant exactly at a closing counts as in hours here).
 * - **DST**: a wall-clock time in a spring-forward gap moves one hour later; an ambiguous one
 *   (fall-back overlap) is its first occurrence. So a 01:00–03:00 interval lasts one hour on a
 *   spring-forward night and three on a fall-back night.
 *
 * For SLA clocks and planners, the epoch-millisecond fast paths avoid every allocation:
 * - `addMs(fromMs, businessMs)`: the instant (epoch ms) reached after `businessMs` of business
 *   time from `fromMs`; same result as `add(from, { milliseconds: businessMs })`.
 * - `timeBetweenMs(fromMs, toMs)`: business milliseconds in `[fromMs, toMs)`, `0` when
 *   `toMs <= fromMs`; same as `timeBetween`.
 * Together they satisfy `timeBetweenMs(t, addMs(t, d)) === d` for every `d >= 0`.
 *
 * Internally the calendar is compiled once into a UTC timeline of periods (generated lazily, a
 * half-year at a time, and cached), and each query is a few binary searches over prefix sums of
 * business time; the time zone is resolved only at period boundaries.
 *
 * @example
 * ```ts
 * import { createBusinessCalendar } from '@rapport/core/schedule';
 *
 * const calendar = createBusinessCalendar({
 *   timeZone: 'America/New_York',
 *   hours: {
 *     mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']],
 *     thu: [['09:00', '17:00']], fri: [['09:00', '17:00']],
 *   },
 *   holidays: ['2026-12-25'],
 * });
 * // Friday 16:00 EST plus 2 business hours: Monday 10:00 EST.
 * calendar.add(new Date('2026-01-09T21:00:00Z'), { hours: 2 }).toISOString(); // '2026-01-12T15:00:00.000Z'
 * calendar.timeBetween(new Date('2026-01-09T21:00:00Z'), new Date('2026-01-12T15:00:00Z')); // 7200000
 * ```
 * @since 0.1.0
 */
export class BusinessCalendar {
  /** The validated definition this calendar was compiled from. */
  readonly config: NormalizedBusinessCalendarConfig;
  /** The IANA time zone every wall-clock value is read in. */
  readonly timeZone: string;
  readonly #timeline: Timeline;
  readonly #rules: CalendarRules;

  /** @internal Use {@link createBusinessCalendar}. */
  constructor(rules: CalendarRules) {
    this.#rules = rules;
    this.#timeline = new Timeline(rules);
    this.config = rules.config;
    this.timeZone = rules.config.timeZone;
  }

  /**
   * The instant reached after a business duration from `instant` (see the class notes for the
   * exact rules: landing on a closing moves to the next opening; `days` is day arithmetic).
   * Throws `INVALID_DURATION` for a bad duration and `INVALID_INPUT` for a bad instant.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } });
   * calendar.add(new Date('2026-03-02T16:00:00Z'), { minutes: 90 }).toISOString(); // '2026-03-03T09:30:00.000Z'
   * ```
   */
  add(instant: BusinessInstant, duration: BusinessDuration): Date {
    const from = instantMs(instant, 'instant');
    const checked = checkDuration(duration);
    return new Date(
      match(checked)
        .with({ kind: 'time' }, ({ ms }) => checkedResult(guarded(() => this.#timeline.add(from, ms))))
        .with({ kind: 'days' }, ({ days }) => checkedResult(guarded(() => this.#addDays(from, days))))
        .exhaustive(),
    );
  }

  /**
   * The instant a business duration before `instant` (running out exactly at an opening gives
   * that opening; `days` is day arithmetic backward).
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } });
   * calendar.subtract(new Date('2026-03-03T09:30:00Z'), { minutes: 90 }).toISOString(); // '2026-03-02T16:00:00.000Z'
   * ```
   */
  subtract(instant: BusinessInstant, duration: BusinessDuration): Date {
    const from = instantMs(instant, 'instant');
    const checked = checkDuration(duration);
    return new Date(
      match(checked)
        .with({ kind: 'time' }, ({ ms }) => checkedResult(guarded(() => this.#timeline.subtract(from, ms))))
        .with({ kind: 'days' }, ({ days }) => checkedResult(guarded(() => this.#subtractDays(from, days))))
        .exhaustive(),
    );
  }

  /**
   * Fast path of {@link BusinessCalendar.add} on epoch milliseconds: the instant reached after
   * `businessMs` milliseconds of business time from `fromMs`. Throws `INVALID_DURATION` when
   * `businessMs` is negative or not a whole number.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.addMs(Date.parse('2026-03-02T09:00:00Z'), 60 * 60_000); // Date.parse('2026-03-02T10:00:00Z')
   * ```
   */
  addMs(fromMs: number, businessMs: number): number {
    const from = instantMs(fromMs, 'fromMs');
    const amount = checkBusinessMs(businessMs);
    let result: number;
    try {
      result = this.#timeline.add(from, amount);
    } catch (error) {
      throw rangeError(error);
    }
    return checkedResult(result);
  }

  /**
   * Fast path of {@link BusinessCalendar.subtract} on epoch milliseconds.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.subtractMs(Date.parse('2026-03-02T10:00:00Z'), 60 * 60_000); // Date.parse('2026-03-02T09:00:00Z')
   * ```
   */
  subtractMs(fromMs: number, businessMs: number): number {
    return checkedResult(guarded(() => this.#timeline.subtract(instantMs(fromMs, 'fromMs'), checkBusinessMs(businessMs))));
  }

  /**
   * This calendar as a `BusinessClock` for SLA clocks and the follow-up planner: `add` is
   * {@link BusinessCalendar.addMs} and `elapsed` is {@link BusinessCalendar.timeBetweenMs}, both
   * on epoch milliseconds. Note biz's rule: when the business time runs out exactly at a closing,
   * `add` returns the next opening, not the closing.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const clock = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } }).toBusinessClock();
   * clock.elapsed(Date.parse('2026-03-02T08:00:00Z'), Date.parse('2026-03-02T10:00:00Z')); // 3600000
   * ```
   */
  toBusinessClock(): BusinessClock {
    return Object.freeze({
      add: (fromMs: number, businessMs: number) => this.addMs(fromMs, businessMs),
      elapsed: (fromMs: number, toMs: number) => this.timeBetweenMs(fromMs, toMs),
    });
  }

  /**
   * Business time, in milliseconds, in `[start, end)`; `0` when `end <= start` (never negative).
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.timeBetween(new Date('2026-03-02T08:00:00Z'), new Date('2026-03-02T10:30:00Z')); // 5400000
   * ```
   */
  timeBetween(start: BusinessInstant, end: BusinessInstant): number {
    const a = instantMs(start, 'start');
    const b = instantMs(end, 'end');
    return guarded(() => this.#timeline.within(a, b));
  }

  /**
   * Fast path of {@link BusinessCalendar.timeBetween} on epoch milliseconds.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.timeBetweenMs(Date.parse('2026-03-02T16:00:00Z'), Date.parse('2026-03-09T10:00:00Z')); // 7200000
   * ```
   */
  timeBetweenMs(fromMs: number, toMs: number): number {
    const a = instantMs(fromMs, 'fromMs');
    const b = instantMs(toMs, 'toMs');
    try {
      return this.#timeline.within(a, b);
    } catch (error) {
      throw rangeError(error);
    }
  }

  /**
   * Whether `instant` is within business hours: opening instants are in hours, closing instants
   * are not. Without shifts this compares the local weekday and wall-clock minute with the
   * weekly hours (biz's rule; on a spring-forward day a wall-clock time inside an interval whose
   * start fell in the gap still counts), then excludes holidays and breaks. With shifts it asks
   * whether the first period at or after `instant` contains it.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.inHours(new Date('2026-03-02T09:00:00Z')); // true
   * calendar.inHours(new Date('2026-03-02T17:00:00Z')); // false
   * ```
   */
  inHours(instant: BusinessInstant): boolean {
    const t = instantMs(instant, 'instant');
    const rules = this.#rules;
    if (rules.shifts.length > 0) {
      return guarded(() => {
        const first = this.#timeline.forward(t).next().value as Segment;
        return first.start <= t && t < first.end;
      });
    }
    const wall = rules.zone.toWall(t);
    const day = dayOfWall(wall);
    const minute = Math.floor((wall - wallOf(day, 0)) / 60_000);
    const intervals = rules.intervalsByWeekday[weekdayOf(day)] ?? [];
    const within = intervals.some((interval) => interval.startSecond / 60 <= minute && minute < interval.endSecond / 60);
    return within && !this.#timeline.holidayAt(t) && !this.#timeline.breakAt(t);
  }

  /**
   * The first business instant at or after `instant`: the instant itself when it is inside a
   * period (`[start, end)`), otherwise the next opening. A closing instant is not inside.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.nextOpen(new Date('2026-03-02T17:00:00Z')).toISOString(); // '2026-03-09T09:00:00.000Z'
   * ```
   */
  nextOpen(instant: BusinessInstant): Date {
    return new Date(checkedResult(guarded(() => this.#timeline.add(instantMs(instant, 'instant'), 0))));
  }

  /**
   * The last business instant at or before `instant`: the instant itself when it is within a
   * period with both ends included, otherwise the previous closing.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.previousClose(new Date('2026-03-03T08:00:00Z')).toISOString(); // '2026-03-02T17:00:00.000Z'
   * ```
   */
  previousClose(instant: BusinessInstant): Date {
    return new Date(checkedResult(guarded(() => this.#timeline.subtract(instantMs(instant, 'instant'), 0))));
  }

  /**
   * Whether `instant` falls in a break (`[start, end)`), whatever the hours.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({
   *   timeZone: 'Etc/UTC',
   *   hours: { mon: [['09:00', '17:00']] },
   *   breaks: [{ date: '2026-03-02', start: '12:00', end: '13:00' }],
   * });
   * calendar.onBreak(new Date('2026-03-02T12:30:00Z')); // true
   * ```
   */
  onBreak(instant: BusinessInstant): boolean {
    return this.#timeline.breakAt(instantMs(instant, 'instant'));
  }

  /**
   * Whether `instant` falls on a holiday, from its local midnight to the next.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Europe/Paris', hours: { fri: [['09:00', '17:00']] }, holidays: ['2026-12-25'] });
   * calendar.onHoliday(new Date('2026-12-24T23:30:00Z')); // true (00:30 in Paris)
   * ```
   */
  onHoliday(instant: BusinessInstant): boolean {
    return this.#timeline.holidayAt(instantMs(instant, 'instant'));
  }

  /**
   * Whether a local date is a business day for day arithmetic: its weekday is listed in `hours`
   * and it is not a holiday. Shifts do not count.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.isBusinessDay('2026-03-02'); // true (a Monday)
   * ```
   */
  isBusinessDay(date: string): boolean {
    return isBusinessDayNumber(this.#rules, dayNumber(date, 'date'));
  }

  /**
   * The next `count` business days strictly after a local date, ascending.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']], fri: [['09:00', '17:00']] } });
   * calendar.businessDaysAfter('2026-03-02', 2); // ['2026-03-06', '2026-03-09']
   * ```
   */
  businessDaysAfter(date: string, count: number): string[] {
    return this.#businessDays(dayNumber(date, 'date'), countArg(count, 'count'), 1).map(formatDay);
  }

  /**
   * The previous `count` business days strictly before a local date, newest first.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']], fri: [['09:00', '17:00']] } });
   * calendar.businessDaysBefore('2026-03-06', 2); // ['2026-03-02', '2026-02-27']
   * ```
   */
  businessDaysBefore(date: string, count: number): string[] {
    return this.#businessDays(dayNumber(date, 'date'), countArg(count, 'count'), -1).map(formatDay);
  }

  /**
   * The first `count` business periods at or after `instant`, ascending. The first may be
   * partial (it starts at `instant`), and is zero-length when a period ends exactly there.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.periodsAfter(new Date('2026-03-02T12:00:00Z'), 2).map((p) => p.start.toISOString());
   * // ['2026-03-02T12:00:00.000Z', '2026-03-09T09:00:00.000Z']
   * ```
   */
  periodsAfter(instant: BusinessInstant, count: number): BusinessPeriod[] {
    return this.#take(this.#timeline.forward(instantMs(instant, 'instant')), countArg(count, 'count'));
  }

  /**
   * The first `count` business periods at or before `instant`, newest first. The first may be
   * partial (it ends at `instant`), and is zero-length when a period starts exactly there.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] } });
   * calendar.periodsBefore(new Date('2026-03-02T12:00:00Z'), 1)[0]?.start.toISOString(); // '2026-03-02T09:00:00.000Z'
   * ```
   */
  periodsBefore(instant: BusinessInstant, count: number): BusinessPeriod[] {
    return this.#take(this.#timeline.backward(instantMs(instant, 'instant')), countArg(count, 'count'));
  }

  /**
   * The business periods of a local date: the forward timeline from its local midnight until
   * the next. As in biz, a period starting exactly at the next midnight appears as a trailing
   * zero-length period.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '12:00'], ['13:00', '17:00']] } });
   * calendar.periodsOn('2026-03-02').length; // 2
   * ```
   */
  periodsOn(date: string): BusinessPeriod[] {
    const { start, end } = this.#dayBounds(dayNumber(date, 'date'));
    return guarded(() => [...timelineUntil('forward', this.#timeline.forward(start), end)].map(toPeriod));
  }

  /**
   * The instants a local date starts and ends (`00:00` and `24:00` resolved with the DST rules:
   * a midnight inside a spring-forward gap moves one hour later).
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({ timeZone: 'America/Los_Angeles', hours: { mon: [['09:00', '17:00']] } });
   * calendar.dayBounds('2010-07-15').start.toISOString(); // '2010-07-15T07:00:00.000Z'
   * ```
   */
  dayBounds(date: string): BusinessPeriod {
    return toPeriod(this.#dayBounds(dayNumber(date, 'date')));
  }

  /**
   * The breaks as instants, ascending.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({
   *   timeZone: 'Etc/UTC',
   *   hours: { mon: [['09:00', '17:00']] },
   *   breaks: [{ date: '2026-03-02', start: '12:00', end: '13:00' }],
   * });
   * calendar.breakPeriods()[0]?.start.toISOString(); // '2026-03-02T12:00:00.000Z'
   * ```
   */
  breakPeriods(): BusinessPeriod[] {
    return this.#rules.breaks.map(toPeriod);
  }

  /**
   * The shifts as instants, ascending.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const calendar = createBusinessCalendar({
   *   timeZone: 'Etc/UTC',
   *   hours: { mon: [['09:00', '17:00']] },
   *   shifts: [{ date: '2026-03-07', start: '10:00', end: '14:00' }],
   * });
   * calendar.shiftPeriods()[0]?.end.toISOString(); // '2026-03-07T14:00:00.000Z'
   * ```
   */
  shiftPeriods(): BusinessPeriod[] {
    return this.#rules.shifts.map(toPeriod);
  }

  /**
   * The calendar open only when both are: biz's `schedule & other`. Weekly hours are the
   * pairwise intersections of the two calendars' intervals compared as weekday wall-clock times
   * (the other calendar's zone is ignored); breaks and holidays are the unions (for a break with
   * the same date and start in both, the other's end wins); the time zone is this calendar's, and
   * the combined breaks and holidays are read in it; shifts are dropped. Throws
   * `INVALID_CALENDAR` (`hours_not_provided`) when no hours remain.
   *
   * @example
   * ```ts
   * import { createBusinessCalendar } from '@rapport/core/schedule';
   *
   * const office = createBusinessCalendar({ timeZone: 'America/New_York', hours: { mon: [['09:00', '17:00']] } });
   * const phones = createBusinessCalendar({ timeZone: 'America/New_York', hours: { mon: [['08:00', '12:00']] } });
   * office.intersect(phones).config.hours; // { mon: [['09:00', '12:00']] }
   * ```
   */
  intersect(other: BusinessCalendar): BusinessCalendar {
    if (!(other instanceof BusinessCalendar)) {
      throw new RapportError('INVALID_INPUT', 'Invalid other: expected a BusinessCalendar', {
        issues: [{ code: 'invalid_calendar', path: ['other'], message: 'Expected a BusinessCalendar' }],
      });
    }
    return new BusinessCalendar(compileCalendarRules(intersectConfigs(this.#rules, other.#rules)));
  }

  #dayBounds(day: number): Segment {
    const zone = this.#rules.zone;
    return { start: zone.fromWall(wallOf(day, 0)), end: zone.fromWall(wallOf(day, DAY_SECONDS)) };
  }

  #take(periods: Generator<Segment>, count: number): BusinessPeriod[] {
    return guarded(() => {
      const out: BusinessPeriod[] = [];
      if (count === 0) return out;
      for (const segment of periods) {
        out.push(toPeriod(segment));
        if (out.length >= count) break;
      }
      return out;
    });
  }

  /** Business day numbers strictly after (`step` 1) or before (`step` -1) `day`. */
  #businessDays(day: number, count: number, step: 1 | -1): number[] {
    const out: number[] = [];
    let d = day;
    let guard = 0;
    while (out.length < count) {
      d += step;
      if (isBusinessDayNumber(this.#rules, d)) out.push(d);
      if (++guard > 4_000_000) throw new TimelineRangeError('no business day found');
    }
    return out;
  }

  /** The `n`-th business day after `day` (`n >= 1`), or the first on or after it (`n = 0`). */
  #shiftDay(day: number, n: number, step: 1 | -1): number {
    if (n > MAX_DAY - MIN_DAY) throw new TimelineRangeError('business days run outside the supported years 1000 to 9999');
    if (n === 0) {
      let d = day;
      let guard = 0;
      while (!isBusinessDayNumber(this.#rules, d)) {
        d += step;
        if (++guard > 4_000_000 || d < MIN_DAY || d > MAX_DAY) throw new TimelineRangeError('no business day found in the supported years 1000 to 9999');
      }
      return d;
    }
    let d = day;
    let found = 0;
    let guard = 0;
    while (found < n) {
      d += step;
      if (isBusinessDayNumber(this.#rules, d)) found++;
      if (++guard > 4_000_000 || d < MIN_DAY || d > MAX_DAY) throw new TimelineRangeError('business days run outside the supported years 1000 to 9999');
    }
    return d;
  }

  /** Day arithmetic: same local time of day on the target business date, then the next period. */
  #dayTarget(from: number, days: number, step: 1 | -1): number {
    const zone = this.#rules.zone;
    const wall = zone.toWall(from);
    const day = dayOfWall(wall);
    const timeOfDay = wall - wallOf(day, 0);
    const target = this.#shiftDay(day, days, step);
    return zone.fromWall(wallOf(target, 0) + timeOfDay);
  }

  #addDays(from: number, days: number): number {
    const x = this.#dayTarget(from, days, 1);
    return (this.#timeline.forward(x).next().value as Segment).start;
  }

  #subtractDays(from: number, days: number): number {
    const x = this.#dayTarget(from, days, -1);
    return (this.#timeline.backward(x).next().value as Segment).end;
  }
}
