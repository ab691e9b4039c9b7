import { z } from 'zod';
import { RapportError } from '../../../errors.js';
import { civilFromDays } from '../../../internal/civil-date.js';

/**
 * An ISO 8601 date-time with a `Z` or numeric offset. A local time without an offset is rejected:
 * an instant must be unambiguous.
 */
export const isoInstantSchema = z.iso.datetime({ offset: true });

/** Anything the schedule API accepts as an instant. */
export type InstantInput = Date | string | number;

/**
 * Milliseconds since the epoch of `value` (a `Date`, an ISO 8601 string with an offset, or epoch
 * milliseconds), or a RapportError `INVALID_INPUT` naming `field`.
 */
export function instantMs(value: unknown, field: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isFinite(ms)) return ms;
    throw invalidInstant(field, 'is an invalid Date');
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) <= 8.64e15) return value;
    throw invalidInstant(field, 'must be an integer number of epoch milliseconds');
  }
  if (typeof value === 'string') {
    if (isoInstantSchema.safeParse(value).success) {
      const ms = Date.parse(value);
      if (Number.isFinite(ms)) return ms;
    }
    throw invalidInstant(field, `must be an ISO 8601 date-time with an offset, got ${JSON.stringify(value.slice(0, 64))}`);
  }
  throw invalidInstant(field, 'must be a Date, an ISO 8601 string or epoch milliseconds');
}

function invalidInstant(field: string, problem: string): RapportError {
  return new RapportError('INVALID_INPUT', `Invalid ${field}: ${problem}`, {
    issues: [{ code: 'invalid_instant', path: field.split('.'), message: problem }],
  });
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * The canonical ISO string (UTC, milliseconds) of an epoch-millisecond instant: the same text as
 * `new Date(ms).toISOString()`, computed with integer arithmetic (civil date from days), about
 * three times faster. Years outside 1000-9999 fall back to `Date`.
 */
export function isoOf(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const { year, month, day } = civilFromDays(days);
  if (year < 1000 || year > 9999 || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const milliText = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : `${millis}`;
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${milliText}Z`;
}
