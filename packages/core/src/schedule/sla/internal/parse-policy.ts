import type { z } from 'zod';
import { RapportError, issuesFromZod } from '../../../errors.js';
import { formatPath } from '../../../internal/parse.js';
import { DURATION_ISSUE } from './duration.js';

/**
 * Validates a policy. Throws `INVALID_DURATION` when the first problem is a duration (its text,
 * its sign, or days in a business-hours target) and `INVALID_POLICY` otherwise; either way the
 * message names the path of the first bad field and `issues` lists them all.
 */
export function parsePolicyOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const raw = result.error.issues[0];
  const isDuration =
    raw !== undefined &&
    raw.code === 'custom' &&
    (raw as { params?: { rapportCode?: string } }).params?.rapportCode === DURATION_ISSUE.rapportCode;
  const issues = issuesFromZod(result.error);
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${formatPath(first.path)}` : '';
  throw new RapportError(
    isDuration ? 'INVALID_DURATION' : 'INVALID_POLICY',
    `Invalid ${what}${where}: ${first?.message ?? 'does not match the schema'}`,
    { issues },
  );
}
