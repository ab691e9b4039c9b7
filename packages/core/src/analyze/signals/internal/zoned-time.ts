/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl`. A local date and time is
 * one number, "local milliseconds": milliseconds since 1970-01-01T00:00 on the zone's wall clock
 * (so local day `d` starts at `d * DAY_MS`). Turning local milliseconds back into an instant
 * disambiguates like Temporal's `'compatible'`: a time skipped by a DST gap moves forward by the
 * gap; a repeated time picks the earlier instant.
 */

import { daysFromCivil } from '../../../internal/civil-date.js';
import { createWallClockFormatter, wallClockFields, type WallClockFields } from '../../../internal/wall-clock-fields.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The wall clock of `epochMs` in `timeZone`, or `undefined` for an unknown zone or an instant
 * `Intl` cannot show.
 */
export function wallClockAt(epochMs: number, timeZone: string): WallClockFields | undefined {
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
  if (f === null || !Number.isFinite(epochMs)) return undefined;
  try {
    return wallClockFields(f, epochMs);
  } catch {
    return undefined;
  }
}

/** A wall clock as local milliseconds. */
function localMsOf(w: WallClockFields): number {
  return daysFromCivil(w.year, w.month, w.day) * DAY_MS + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
}

/** Offset of `timeZone` from UTC at `epochMs`, in milliseconds (local − UTC). */
function offsetAt(epochMs: number, timeZone: string): number | undefined {
  const w = wallClockAt(epochMs, timeZone);
  // formatToParts drops milliseconds; compare at whole seconds.
  return w === undefined ? undefined : localMsOf(w) - epochMs + (((epochMs % 1000) + 1000) % 1000);
}

/**
 * The instant of local milliseconds `local` in `timeZone`. Disambiguation matches Temporal's
 * `'compatible'`: in a DST gap the time moves forward by the gap; in an overlap the earlier instant
 * wins. `undefined` for an unknown zone.
 */
export function instantOf(local: number, timeZone: string): number | undefined {
  // The offsets in force a day before and a day after bracket every candidate.
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  if (before === undefined || after === undefined) return undefined;
  let earliest: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const t = local - offset;
    if (offsetAt(t, timeZone) === offset) earliest = Math.min(t, earliest ?? t);
  }
  // A gap: the local time does not exist; shift forward by the gap (the offset change).
  return earliest ?? local - before;
}
