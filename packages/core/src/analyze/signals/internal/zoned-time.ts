/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl`: reading the local date and
 * time of an instant, and turning a local date and time back into an instant with the same
 * disambiguation as Temporal's `'compatible'` (a time skipped by a DST gap moves forward by the
 * gap; a repeated time picks the earlier instant). Civil-date arithmetic is integer math.
 */

import { civilFromDays, daysFromCivil, type CivilDate } from '../../../internal/civil-date.js';
import { createWallClockFormatter, wallClockFields, type WallClockFields } from '../../../internal/wall-clock-fields.js';

export { civilFromDays, daysFromCivil, type CivilDate };

/** A local calendar date and time of day. `weekday`: 0 = Sunday … 6 = Saturday. */
export interface WallClock extends WallClockFields {
  readonly weekday: number;
}


const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A cached formatter for `timeZone`, or `undefined` when the runtime does not know the zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = createWallClockFormatter(timeZone);
    } catch {
      f = null;
    }
    if (formatters.size > 256) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f ?? undefined;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== undefined;
}

/** Weekday of a civil date, 0 = Sunday. */
export function weekdayOf(date: CivilDate): number {
  return (((daysFromCivil(date.year, date.month, date.day) + 4) % 7) + 7) % 7;
}

/** `date` plus `n` calendar days. */
export function addCivilDays(date: CivilDate, n: number): CivilDate {
  return civilFromDays(daysFromCivil(date.year, date.month, date.day) + n);
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** The wall clock of `epochMs` in `timeZone`, or `undefined` for an unknown zone or a bad instant. */
export function wallClockAt(epochMs: number, timeZone: string): WallClock | undefined {
  const f = formatterFor(timeZone);
  if (f === undefined || !Number.isFinite(epochMs)) return undefined;
  let fields: WallClockFields;
  try {
    fields = wallClockFields(f, epochMs);
  } catch {
    return undefined;
  }
  const { year, month, day, hour, minute, second } = fields;
  return { year, month, day, hour, minute, second, weekday: weekdayOf({ year, month, day }) };
}

/** Offset of `timeZone` from UTC at `epochMs`, in milliseconds (local − UTC). */
function offsetAt(epochMs: number, timeZone: string): number | undefined {
  const w = wallClockAt(epochMs, timeZone);
  if (w === undefined) return undefined;
  const asUtc = daysFromCivil(w.year, w.month, w.day) * 86_400_000 + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
  // formatToParts drops milliseconds; compare at whole seconds.
  return asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/**
 * The instant of a local date and time in `timeZone` (minutes may exceed 59 and hours 23; they
 * roll over). Disambiguation matches Temporal's `'compatible'`: in a DST gap the time moves
 * forward by the gap; in an overlap the earlier instant wins. `undefined` for an unknown zone.
 */
export function instantOf(date: CivilDate, hour: number, minute: number, timeZone: string): number | undefined {
  const local = daysFromCivil(date.year, date.month, date.day) * 86_400_000 + (hour * 60 + minute) * 60_000;
  // The offsets in force a day before and a day after bracket every candidate.
  const before = offsetAt(local - 86_400_000, timeZone);
  const after = offsetAt(local + 86_400_000, timeZone);
  if (before === undefined || after === undefined) return undefined;
  const candidates: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const t = local - offset;
    if (offsetAt(t, timeZone) === offset) candidates.push(t);
  }
  if (candidates.length > 0) return Math.min(...candidates);
  // A gap: the local time does not exist; shift forward by the gap (the offset change).
  return local - before;
}
