/**
 * Reading an instant's wall-clock fields in an IANA time zone through `Intl`, shared by the
 * analyzers' commitment resolution and the business calendars (which use it when the runtime has
 * no native `Temporal`).
 */

/** The calendar fields of an instant in a time zone (proleptic Gregorian, astronomical years). */
export interface WallClockFields {
  /** Year, with 1 BC as 0, 2 BC as -1. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
  /** Hour, 0–23. */
  readonly hour: number;
  /** Minute, 0–59. */
  readonly minute: number;
  /** Second, 0–59. */
  readonly second: number;
}

/**
 * A formatter that shows every field {@link wallClockFields} reads. Throws a `RangeError` for a
 * time zone the runtime does not know.
 */
export function createWallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/** The wall-clock fields of `epochMs` as `formatter` (from {@link createWallClockFormatter}) shows them. */
export function wallClockFields(formatter: Intl.DateTimeFormat, epochMs: number): WallClockFields {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of formatter.formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  return { year: bc ? 1 - year : year, month, day, hour, minute, second };
}
