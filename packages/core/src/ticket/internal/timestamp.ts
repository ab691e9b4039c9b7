import { z } from 'zod';

/**
 * An ISO 8601 date-time string with a `Z` or numeric offset (`2024-05-02T09:30:00Z`,
 * `2024-05-02T11:30:00+02:00`). Local times without an offset are rejected: an instant must be
 * unambiguous.
 */
export const isoTimestampSchema = z.iso.datetime({ offset: true });

/** Milliseconds since the epoch of a timestamp the schema accepted. */
export function epochMs(timestamp: string): number {
  return Date.parse(timestamp);
}
