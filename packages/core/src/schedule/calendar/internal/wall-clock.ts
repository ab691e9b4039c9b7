/**
 * Calendar dates and wall-clock times as plain numbers, with hand-written scanners (no regex).
 *
 * - A *day* is an integer count of days since 2006-01-01 (a Sunday, the epoch biz uses), so the
 *   weekday of day `d` is `d mod 7` with 0 = Sunday and weeks are `floor(d / 7)`.
 * - A *wall time* (local date and time read as if it were UTC) is in milliseconds since
 *   2006-01-01T00:00 of the same wall clock; `wall = day * DAY_MS + secondOfDay * 1000`.
 */

export const SECOND_MS = 1000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
export const DAY_SECONDS = 86_400;
export const WEEK_MINUTES = 7 * 1440;

/** 2006-01-01T00:00:00Z, a Sunday. */
export const EPOCH_MS = Date.UTC(2006, 0, 1);

/** Weekday keys in week order, Sunday first (index = weekday number). */
export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** One of the weekday keys of the calendar configuration. */
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** Earliest and latest instants the calendar accepts (years 1000 to 9999). */
export const MIN_INSTANT_MS = Date.UTC(1000, 0, 1);
export const MAX_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57 ? code - 48 : -1;
}

function twoDigits(text: string, index: number): number {
  const a = digit(text, index);
  const b = digit(text, index + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * Parses `HH:MM` or `HH:MM:SS` (two digits each) into seconds into the day, `0..86400`.
 * `24:00` (and `24:00:00`) is the end of the day; hours above 24, minutes or seconds above 59
 * are rejected. Returns `undefined` for anything else.
 */
export function parseTimeOfDay(text: string): number | undefined {
  if (typeof text !== 'string' || (text.length !== 5 && text.length !== 8)) return undefined;
  if (text.charCodeAt(2) !== 58) return undefined;
  const hours = twoDigits(text, 0);
  const minutes = twoDigits(text, 3);
  let seconds = 0;
  if (text.length === 8) {
    if (text.charCodeAt(5) !== 58) return undefined;
    seconds = twoDigits(text, 6);
  }
  if (hours < 0 || minutes < 0 || seconds < 0 || minutes > 59 || seconds > 59) return undefined;
  if (hours > 24 || (hours === 24 && (minutes !== 0 || seconds !== 0))) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}

/** Formats seconds into the day as `HH:MM`, or `HH:MM:SS` when there are seconds. */
export function formatTimeOfDay(secondOfDay: number): string {
  const h = Math.floor(secondOfDay / 3600);
  const m = Math.floor((secondOfDay % 3600) / 60);
  const s = secondOfDay % 60;
  const hm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return s === 0 ? hm : `${hm}:${String(s).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD` (a real calendar date, years 1000 to 9999) into a day number. */
export function parseDay(text: string): number | undefined {
  if (typeof text !== 'string' || text.length !== 10) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y1 = twoDigits(text, 0);
  const y2 = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const year = y1 * 100 + y2;
  if (year < 1000) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  return new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
}

/** Weekday of a day number, 0 = Sunday. */
export function weekdayOf(day: number): number {
  return ((day % 7) + 7) % 7;
}

/** The day number of a wall time. */
export function dayOfWall(wallMs: number): number {
  return Math.floor((wallMs - EPOCH_MS) / DAY_MS);
}

/** The wall time of a day number and seconds into that day. */
export function wallOf(day: number, secondOfDay: number): number {
  return EPOCH_MS + day * DAY_MS + secondOfDay * SECOND_MS;
}
