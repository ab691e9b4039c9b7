/**
 * Runs business-hours test vectors in the format of `fixtures/business-hours/biz-cases.json`
 * (see its README) against the calendar. Shared by `pnpm conformance:business-hours` and the
 * conformance test; not part of the public API.
 */
import { isRapportError } from '../../../errors.js';
import { createBusinessCalendar } from '../create-business-calendar.js';
import type { BusinessCalendar, BusinessPeriod } from '../business-calendar.js';
import type { BusinessCalendarConfig } from '../business-calendar-config.js';
import { localTimeToInstant } from '../local-time-to-instant.js';
import { compileCalendarRules } from './calendar-rules.js';
import {
  segmentContains,
  segmentDuration,
  segmentIntersect,
  segmentSubtract,
  timelineFor,
  timelineUntil,
  type Segment,
} from './segments.js';
import { parseTimeOfDay } from './wall-clock.js';

/** One vector, as read from the file. */
export interface BizVector {
  readonly id: string;
  readonly source?: string;
  readonly derived?: boolean;
  readonly schedule: BusinessCalendarConfig | null;
  readonly operation: string;
  readonly input: Record<string, unknown>;
  readonly expected: unknown;
  readonly note?: string;
}

/** The outcome of one vector. */
export interface BizVectorResult {
  readonly id: string;
  readonly pass: boolean;
  readonly actual: unknown;
  readonly expected: unknown;
  readonly error?: string;
}

const HOURS_NOT_PROVIDED = 'hours not provided';
const NONSENSICAL = 'nonsensical hours provided';
const INVALID_TIMESTAMP = 'invalid timestamp: must be in `HH:MM` or `HH:MM:SS` format';

function ms(value: unknown): number {
  if (typeof value !== 'string') throw new TypeError(`expected an ISO instant, got ${JSON.stringify(value)}`);
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) throw new TypeError(`unparseable instant ${value}`);
  return parsed;
}

const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
const segmentOut = (s: Segment) => ({ start: iso(s.start), end: iso(s.end) });
const periodOut = (p: BusinessPeriod) => ({ start: iso(p.start.getTime()), end: iso(p.end.getTime()) });
const segmentIn = (value: unknown): Segment => {
  const v = value as { start: unknown; end: unknown };
  return { start: ms(v.start), end: ms(v.end) };
};

const UNIT_MS: Record<string, number> = { second: 1000, seconds: 1000, minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000 };

/** Biz's configuration error message for a calendar that fails validation, else undefined. */
function bizConfigError(error: unknown): string | undefined {
  if (!isRapportError(error)) return undefined;
  const code = error.issues[0]?.code;
  if (code === 'hours_not_provided') return HOURS_NOT_PROVIDED;
  if (code === 'nonsensical_hours') return NONSENSICAL;
  return `${error.code}: ${error.message}`;
}

function calendarOf(vector: BizVector): BusinessCalendar {
  if (vector.schedule === null) throw new TypeError(`${vector.operation} needs a schedule`);
  return createBusinessCalendar(vector.schedule);
}

/** A generous number of periods, doubled until a walk is satisfied. */
function* lazyPeriods(calendar: BusinessCalendar, direction: 'forward' | 'backward', origin: number): Generator<Segment> {
  let taken = 0;
  for (let batch = 64; ; batch *= 2) {
    const list = direction === 'forward' ? calendar.periodsAfter(origin, batch) : calendar.periodsBefore(origin, batch);
    for (const period of list.slice(taken)) yield { start: period.start.getTime(), end: period.end.getTime() };
    taken = list.length;
    if (batch > 50_000) return;
  }
}

function periodsInput(vector: BizVector): Iterable<Segment> {
  const input = vector.input;
  const direction = input.direction === 'backward' ? 'backward' : 'forward';
  if (Array.isArray(input.periods)) return input.periods.map(segmentIn);
  return lazyPeriods(calendarOf(vector), direction, ms(input.origin));
}

/**
 * biz's timestamp reader: exactly `HH:MM` or `HH:MM:SS` (two digits each), read as
 * `h * 3600 + m * 60 + s`, at most a day. It is laxer than the calendar's own parser, which
 * also refuses minutes and seconds above 59 (biz reads `12:75` as 13:15).
 */
export function parseBizTimestamp(text: string): number | undefined {
  const strict = parseTimeOfDay(text);
  if (strict !== undefined) return strict;
  if (text.length !== 5 && text.length !== 8) return undefined;
  let total = 0;
  for (let part = 0; part * 3 < text.length; part++) {
    const at = part * 3;
    const a = text.charCodeAt(at) - 48;
    const b = text.charCodeAt(at + 1) - 48;
    if (a < 0 || a > 9 || b < 0 || b > 9) return undefined;
    if (at + 2 < text.length && text.charCodeAt(at + 2) !== 58) return undefined;
    total += (a * 10 + b) * [3600, 60, 1][part]!;
  }
  return total <= 86_400 ? total : undefined;
}

/** Computes a vector's actual value (in the vector's own format). */
export function evaluateBizVector(vector: BizVector): unknown {
  const input = vector.input;
  switch (vector.operation) {
    case 'add':
    case 'subtract': {
      const calendar = calendarOf(vector);
      const unit = String(input.unit);
      const amount = Number(input.amount);
      const time = new Date(ms(input.time));
      const duration = unit === 'days' || unit === 'day' ? { days: amount } : { milliseconds: amount * (UNIT_MS[unit] ?? Number.NaN) };
      const result = vector.operation === 'add' ? calendar.add(time, duration) : calendar.subtract(time, duration);
      return iso(result.getTime());
    }
    case 'within':
      return { seconds: calendarOf(vector).timeBetween(ms(input.start), ms(input.end)) / 1000 };
    case 'inHours':
      return calendarOf(vector).inHours(ms(input.time));
    case 'onBreak':
      return calendarOf(vector).onBreak(ms(input.time));
    case 'onHoliday':
      return calendarOf(vector).onHoliday(ms(input.time));
    case 'isBusinessDay':
      return calendarOf(vector).isBusinessDay(String(input.date));
    case 'businessDates': {
      const calendar = calendarOf(vector);
      const take = Number(input.take);
      return input.after !== undefined ? calendar.businessDaysAfter(String(input.after), take) : calendar.businessDaysBefore(String(input.before), take);
    }
    case 'periodsAfter':
      return calendarOf(vector).periodsAfter(ms(input.time), Number(input.take)).map(periodOut);
    case 'periodsBefore':
      return calendarOf(vector).periodsBefore(ms(input.time), Number(input.take)).map(periodOut);
    case 'periodsOn':
      return calendarOf(vector).periodsOn(String(input.date)).map(periodOut);
    case 'timelineUntil': {
      const direction = input.direction === 'backward' ? 'backward' : 'forward';
      return [...timelineUntil(direction, periodsInput(vector), ms(input.terminus))].map(segmentOut);
    }
    case 'timelineFor': {
      const direction = input.direction === 'backward' ? 'backward' : 'forward';
      return [...timelineFor(direction, periodsInput(vector), Number(input.seconds) * 1000)].map(segmentOut);
    }
    case 'localToInstant':
      return iso(localTimeToInstant(String(input.timeZone), String(input.date), String(input.time)).getTime());
    case 'resolveBreaks':
      return calendarOf(vector).breakPeriods().map(periodOut);
    case 'resolveShifts':
      return calendarOf(vector).shiftPeriods().map(periodOut);
    case 'resolveHoliday':
      return periodOut(calendarOf(vector).dayBounds(String(input.date)));
    case 'intersect': {
      try {
        return calendarOf(vector).intersect(createBusinessCalendar(input.other as BusinessCalendarConfig)).config;
      } catch (error) {
        const message = bizConfigError(error);
        if (message === undefined) throw error;
        return { error: message };
      }
    }
    case 'validate': {
      try {
        compileCalendarRules(vector.schedule);
        return { valid: true };
      } catch (error) {
        const message = bizConfigError(error);
        if (message === undefined) throw error;
        return { valid: false, error: message };
      }
    }
    case 'parseTimestamp': {
      const seconds = parseBizTimestamp(String(input.timestamp));
      return seconds === undefined ? { error: INVALID_TIMESTAMP } : { seconds };
    }
    case 'segmentDuration':
      return { seconds: segmentDuration(segmentIn(input.segment)) / 1000 };
    case 'segmentContains':
      return segmentContains(segmentIn(input.segment), ms(input.time));
    case 'segmentIntersect': {
      const result = segmentIntersect(segmentIn(input.segment), segmentIn(input.other));
      return result.start > result.end ? { disjoint: true } : segmentOut(result);
    }
    case 'segmentSubtract':
      return segmentSubtract(segmentIn(input.segment), segmentIn(input.other)).map(segmentOut);
    default:
      throw new TypeError(`unknown operation ${vector.operation}`);
  }
}

/** Instants compare as instants, times of day as seconds, lists in order, objects by key. */
function normalize(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (/^\d{4}-\d\d-\d\dT/.test(value)) {
      const t = Date.parse(value);
      if (!Number.isNaN(t)) return t;
    }
    if (key === 'start' || key === 'end' || key === 'hours') {
      const seconds = parseTimeOfDay(value);
      if (seconds !== undefined) return seconds;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => normalize(item, key));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, normalize(v, key === 'hours' ? 'hours' : k)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }
  return value;
}

/** Normalizes a schedule (as `intersect` returns) so key order and optional lists do not matter. */
function normalizeSchedule(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('hours' in value)) return normalize(value);
  const v = value as Record<string, unknown>;
  const hours = Object.fromEntries(
    Object.entries((v.hours as Record<string, [string, string][]>) ?? {})
      .filter(([, list]) => list.length > 0)
      .map(([day, list]) => [day, list.map(([a, b]) => [parseTimeOfDay(a), parseTimeOfDay(b)])]),
  );
  return normalize({ ...v, hours: undefined, holidays: [...new Set((v.holidays as string[]) ?? [])].sort(), breaks: v.breaks ?? [], shifts: v.shifts ?? [], hoursNormalized: hours });
}

export function sameBizValue(operation: string, actual: unknown, expected: unknown): boolean {
  const n = operation === 'intersect' ? normalizeSchedule : (v: unknown) => normalize(v);
  return JSON.stringify(n(actual)) === JSON.stringify(n(expected));
}

/** Runs one vector; never throws (an exception is a failure with its message). */
export function runBizVector(vector: BizVector): BizVectorResult {
  try {
    const actual = evaluateBizVector(vector);
    return { id: vector.id, pass: sameBizValue(vector.operation, actual, vector.expected), actual, expected: vector.expected };
  } catch (error) {
    return { id: vector.id, pass: false, actual: undefined, expected: vector.expected, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
