import { z } from 'zod';
import { parseDay, parseTimeOfDay } from './internal/wall-clock.js';

const timeOfDaySchema = z
  .string()
  .refine((text) => parseTimeOfDay(text) !== undefined, {
    message: 'Expected a wall-clock time `HH:MM` or `HH:MM:SS` between 00:00 and 24:00',
  });

const dateSchema = z
  .string()
  .refine((text) => parseDay(text) !== undefined, { message: 'Expected a calendar date `YYYY-MM-DD`' });

const weeklyIntervalsSchema = z.array(z.tuple([timeOfDaySchema, timeOfDaySchema]));

const datedHoursSchema = z.strictObject({
  /** The local calendar date, `YYYY-MM-DD`. */
  date: dateSchema,
  /** Wall-clock start, `HH:MM` or `HH:MM:SS`. */
  start: timeOfDaySchema,
  /** Wall-clock end, `HH:MM` or `HH:MM:SS`; `24:00` is the next local midnight. */
  end: timeOfDaySchema,
});

/**
 * The zod schema of a business calendar definition: a time zone, weekly hours, holidays, breaks
 * and date-specific shifts, all as wall-clock values read in the calendar's zone.
 *
 * Use it to validate a stored calendar before you compile it; {@link createBusinessCalendar}
 * runs it (plus the checks zod cannot express) and throws a `RapportError` naming the bad field.
 *
 * Details, with biz's meaning (the format of Zendesk's `biz` configuration):
 * - `hours`: keys `sun` to `sat`, each a list of `[start, end]` wall-clock times. An interval lies
 *   within one day; `end` may be `24:00`. Overnight hours are written as `…24:00` plus `00:00…`
 *   on the next day. Weekly hours have minute precision (seconds are dropped). A weekday listed
 *   here is a business day for day arithmetic.
 * - `holidays`: local dates; each blocks the whole local day.
 * - `breaks`: wall-clock ranges on dates, cut out of the business hours (seconds kept).
 * - `shifts`: date-specific hours; on a date with at least one shift, the shifts replace that
 *   date's weekly hours (they do not make the date a business day for day arithmetic).
 *
 * @example
 * ```ts
 * import { businessCalendarConfigSchema } from '@rapport/core/schedule';
 *
 * const config = businessCalendarConfigSchema.parse({
 *   timeZone: 'Europe/London',
 *   hours: { mon: [['09:00', '12:30'], ['13:30', '17:30']], fri: [['09:00', '16:00']] },
 *   holidays: ['2026-12-25'],
 * });
 * config.breaks; // []
 * ```
 * @since 0.1.0
 */
export const businessCalendarConfigSchema = z.strictObject({
  /** IANA time zone name, e.g. `America/New_York`. Every wall-clock value is read in it. */
  timeZone: z.string().min(1),
  /** Weekly hours per weekday (`sun` … `sat`), each a list of `[start, end]` wall-clock times. */
  hours: z.strictObject({
    /** Sunday's intervals. */
    sun: weeklyIntervalsSchema.optional(),
    /** Monday's intervals. */
    mon: weeklyIntervalsSchema.optional(),
    /** Tuesday's intervals. */
    tue: weeklyIntervalsSchema.optional(),
    /** Wednesday's intervals. */
    wed: weeklyIntervalsSchema.optional(),
    /** Thursday's intervals. */
    thu: weeklyIntervalsSchema.optional(),
    /** Friday's intervals. */
    fri: weeklyIntervalsSchema.optional(),
    /** Saturday's intervals. */
    sat: weeklyIntervalsSchema.optional(),
  }),
  /** Local dates (`YYYY-MM-DD`) on which the whole day is closed. Duplicates are ignored. */
  holidays: z.array(dateSchema).default([]),
  /** Wall-clock ranges on dates cut out of business hours. */
  breaks: z.array(datedHoursSchema).default([]),
  /** Date-specific hours that replace that date's weekly hours. */
  shifts: z.array(datedHoursSchema).default([]),
});

/**
 * A business calendar definition as you write it (`holidays`, `breaks` and `shifts` optional).
 *
 * @example
 * ```ts
 * import type { BusinessCalendarConfig } from '@rapport/core/schedule';
 *
 * const support: BusinessCalendarConfig = {
 *   timeZone: 'America/New_York',
 *   hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
 * };
 * ```
 * @since 0.1.0
 */
export type BusinessCalendarConfig = z.input<typeof businessCalendarConfigSchema>;

/**
 * A validated business calendar definition, with every optional list present.
 *
 * @example
 * ```ts
 * import { createBusinessCalendar, type NormalizedBusinessCalendarConfig } from '@rapport/core/schedule';
 *
 * const config: NormalizedBusinessCalendarConfig = createBusinessCalendar({
 *   timeZone: 'Etc/UTC',
 *   hours: { mon: [['09:00', '17:00']] },
 * }).config;
 * config.holidays; // []
 * ```
 * @since 0.1.0
 */
export type NormalizedBusinessCalendarConfig = z.output<typeof businessCalendarConfigSchema>;
