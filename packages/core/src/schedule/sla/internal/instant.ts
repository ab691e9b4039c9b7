import { z } from 'zod';
import { RapportError } from '../../../errors.js';

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

/** The canonical ISO string (UTC, milliseconds) of an epoch-millisecond instant. */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}
