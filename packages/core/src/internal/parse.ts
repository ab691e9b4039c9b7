import type { z } from 'zod';
import { RapportError, issuesFromZod, type RapportErrorCode } from '../errors.js';

/**
 * Validates `input` against `schema` and returns the parsed value, or throws a RapportError with
 * `code` whose message names the first bad path and whose `issues` list every one.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: RapportErrorCode,
  what: string,
  ruleId?: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = issuesFromZod(result.error);
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${formatPath(first.path)}` : '';
  const message = `Invalid ${what}${where}: ${first?.message ?? 'does not match the schema'}`;
  throw new RapportError(code, message, ruleId === undefined ? { issues } : { issues, ruleId });
}

/** Formats a path like `messages[2].direction`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}
