import { z } from 'zod';
import { RapportError } from '../../errors.js';
import { parseOrThrow } from '../../internal/parse.js';

const amount = z.number().nonnegative().finite();

/**
 * The zod schema of a business duration: whole business `days`, or any mix of `hours`,
 * `minutes`, `seconds` and `milliseconds` of business time.
 *
 * Use it to validate a duration read from configuration (an SLA target, a follow-up delay);
 * `BusinessCalendar.add` validates its argument with it and throws `INVALID_DURATION` naming the
 * bad field.
 *
 * Details: amounts are non-negative and finite; `days` is a whole number and cannot be mixed
 * with time units, because a business day is not a fixed amount of time (it is day arithmetic:
 * the same time of day on the n-th next business date). Time units are summed and must come to a
 * whole number of milliseconds. At least one field is required.
 *
 * @example
 * ```ts
 * import { businessDurationSchema } from '@rapport/core/schedule';
 *
 * businessDurationSchema.parse({ hours: 4, minutes: 30 }); // { hours: 4, minutes: 30 }
 * businessDurationSchema.safeParse({ days: 1, hours: 2 }).success; // false
 * ```
 * @since 0.1.0
 */
export const businessDurationSchema = z
  .strictObject({
    /** Whole business days (day arithmetic). Cannot be combined with the other units. */
    days: z.number().int().nonnegative().finite().optional(),
    /** Business hours. */
    hours: amount.optional(),
    /** Business minutes. */
    minutes: amount.optional(),
    /** Business seconds. */
    seconds: amount.optional(),
    /** Business milliseconds. */
    milliseconds: amount.optional(),
  })
  .superRefine((value, ctx) => {
    const timeUnits = (['hours', 'minutes', 'seconds', 'milliseconds'] as const).filter((unit) => value[unit] !== undefined);
    if (value.days === undefined && timeUnits.length === 0) {
      ctx.addIssue({ code: 'custom', path: [], message: 'Give days, or hours, minutes, seconds or milliseconds' });
    } else if (value.days !== undefined && timeUnits.length > 0) {
      ctx.addIssue({ code: 'custom', path: [timeUnits[0] as string], message: 'Business days cannot be combined with time units' });
    } else if (value.days === undefined && !Number.isSafeInteger(timeUnitsToMs(value))) {
      ctx.addIssue({ code: 'custom', path: [], message: 'The duration must come to a whole number of milliseconds' });
    }
  });

/**
 * A business duration: `{ days }` alone, or any of `{ hours, minutes, seconds, milliseconds }`.
 *
 * @example
 * ```ts
 * import type { BusinessDuration } from '@rapport/core/schedule';
 *
 * const firstReplyTarget: BusinessDuration = { hours: 4 };
 * const followUp: BusinessDuration = { days: 2 };
 * ```
 * @since 0.1.0
 */
export type BusinessDuration = z.input<typeof businessDurationSchema>;

function timeUnitsToMs(value: BusinessDuration): number {
  return (value.hours ?? 0) * 3_600_000 + (value.minutes ?? 0) * 60_000 + (value.seconds ?? 0) * 1000 + (value.milliseconds ?? 0);
}

/** A checked duration: day arithmetic or an amount of business milliseconds. */
export type CheckedDuration = { readonly kind: 'days'; readonly days: number } | { readonly kind: 'time'; readonly ms: number };

function isAmount(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && value >= 0 && Number.isFinite(value));
}

/**
 * Checks a duration (fast path for well-formed input, zod for the error) and reduces it to days
 * or milliseconds. Throws `RapportError` `INVALID_DURATION` naming the bad field.
 */
export function checkDuration(value: unknown): CheckedDuration {
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    let known = 0;
    for (const key in v) {
      if (key === 'days' || key === 'hours' || key === 'minutes' || key === 'seconds' || key === 'milliseconds') known++;
      else known = -1000;
    }
    if (known > 0 && isAmount(v.hours) && isAmount(v.minutes) && isAmount(v.seconds) && isAmount(v.milliseconds)) {
      const days = v.days;
      if (days !== undefined) {
        if (known === 1 && typeof days === 'number' && Number.isSafeInteger(days) && days >= 0) return { kind: 'days', days };
      } else {
        const ms = timeUnitsToMs(v as BusinessDuration);
        if (Number.isSafeInteger(ms)) return { kind: 'time', ms };
      }
    }
  }
  parseOrThrow(businessDurationSchema, value, 'INVALID_DURATION', 'business duration');
  throw new RapportError('INVALID_DURATION', 'Invalid business duration');
}

/**
 * Checks a business amount in milliseconds (the epoch-millisecond fast paths). Throws
 * `RapportError` `INVALID_DURATION` when it is negative, not finite or not a whole number.
 */
export function checkBusinessMs(value: unknown, name = 'businessMs'): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new RapportError('INVALID_DURATION', `Invalid business duration at ${name}: expected a whole, non-negative number of milliseconds`, {
    issues: [{ code: 'invalid_duration', path: [name], message: 'Expected a whole, non-negative number of milliseconds' }],
  });
}
