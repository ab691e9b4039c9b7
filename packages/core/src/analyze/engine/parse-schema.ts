import { safeParse, type $ZodErrorMap, type $ZodType, type output } from 'zod/v4/core';
import english from 'zod/v4/locales/en.js';
import { RapportError, type RapportErrorCode, type RapportIssue } from '../../errors.js';
import { formatPath } from '../../internal/parse.js';

let errorMap: $ZodErrorMap | undefined;

/**
 * `parseOrThrow` for any zod 4 schema, classic (`zod`) or mini (`zod/mini`): parses with zod's
 * core `safeParse`, so the analyzer's browser bundle carries zod's small core and not the classic
 * method-chaining API. Throws a `RapportError` with `code`, naming the first bad path.
 */
export function parseSchema<S extends $ZodType>(schema: S, input: unknown, code: RapportErrorCode, what: string, ruleId?: string): output<S> {
  // English messages per call, without touching zod's global locale (the app may set another).
  errorMap ??= english().localeError;
  const result = safeParse(schema, input, { error: errorMap });
  if (result.success) return result.data;
  const issues: RapportIssue[] = result.error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${formatPath(first.path)}` : '';
  const message = `Invalid ${what}${where}: ${first?.message ?? 'does not match the schema'}`;
  throw new RapportError(code, message, ruleId === undefined ? { issues } : { issues, ruleId });
}
