import { safeParse, type $ZodRawIssue, type $ZodType, type output } from 'zod/v4/core';
import { RapportError, type RapportErrorCode, type RapportIssue } from '../../errors.js';
import { formatPath } from '../../internal/parse.js';

/** What a value is, in the words zod's English messages use (`array`, `null`, `NaN`, `Date`...). */
function typeName(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : String(value);
  if (typeof value !== 'object' || value === null) return value === null ? 'null' : typeof value;
  if (Array.isArray(value)) return 'array';
  const proto: unknown = Object.getPrototypeOf(value);
  const name = proto === Object.prototype || proto === null ? undefined : (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'object';
}

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : typeof value === 'bigint' ? `${value}n` : String(value));

/**
 * The English message of a zod issue that carries none of its own. It says what zod's `en` locale
 * says for every issue the analyzer's schemas can raise (tested against it), so users see the same
 * words; the locale itself (3 kB minified, with dozens of string formats we never use) stays out of
 * browser bundles. The string formats the analyzer never uses (email, uuid, dates...), which only
 * a plugin's own schema can raise, are named by their zod format name (`Invalid email`).
 */
export function issueMessage(issue: $ZodRawIssue): string {
  const i = issue as $ZodRawIssue & Record<string, unknown>;
  switch (i.code) {
    case 'invalid_type':
      return `Invalid input: expected ${i.expected === 'nan' ? 'NaN' : String(i.expected)}, received ${typeName(i.input)}`;
    case 'invalid_value': {
      const values = i.values as readonly unknown[];
      return values.length === 1 ? `Invalid input: expected ${quote(values[0])}` : `Invalid option: expected one of ${values.map(quote).join('|')}`;
    }
    case 'too_big':
    case 'too_small': {
      const big = i.code === 'too_big';
      const bound = String(big ? i.maximum : i.minimum);
      const adj = i.exact ? 'exactly ' : `${big ? '<' : '>'}${i.inclusive ? '=' : ''}`;
      const origin = (i.origin as string | undefined) ?? 'value';
      const unit = origin === 'string' ? 'characters' : origin === 'array' || origin === 'set' ? 'items' : origin === 'map' ? 'entries' : origin === 'file' ? 'bytes' : '';
      return `Too ${big ? 'big' : 'small'}: expected ${origin} ${unit ? `to have ${adj}${bound} ${unit}` : `to be ${adj}${bound}`}`;
    }
    case 'invalid_format':
      if (i.format === 'regex') return `Invalid string: must match pattern ${String(i.pattern)}`;
      if (i.format === 'url') return 'Invalid URL';
      if (i.format === 'starts_with') return `Invalid string: must start with "${String(i.prefix)}"`;
      if (i.format === 'ends_with') return `Invalid string: must end with "${String(i.suffix)}"`;
      if (i.format === 'includes') return `Invalid string: must include "${String(i.includes)}"`;
      // Other formats (email, uuid...) come only from plugins' schemas: named as zod names them.
      return `Invalid ${String(i.format)}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(i.divisor)}`;
    case 'unrecognized_keys': {
      const keys = i.keys as readonly string[];
      return `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.map(quote).join(', ')}`;
    }
    case 'invalid_key':
      return `Invalid key in ${String(i.origin)}`;
    case 'invalid_union': {
      const options = i.options as readonly unknown[] | undefined;
      if (options !== undefined && options.length > 0) return `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
      return 'Invalid input';
    }
    case 'invalid_element':
      return `Invalid value in ${String(i.origin)}`;
    default:
      return 'Invalid input';
  }
}

/**
 * `parseOrThrow` for any zod 4 schema, classic (`zod`) or mini (`zod/mini`): parses with zod's
 * core `safeParse`, so the analyzer's browser bundle carries zod's small core and not the classic
 * method-chaining API. Throws a `RapportError` with `code`, naming the first bad path.
 */
export function parseSchema<S extends $ZodType>(schema: S, input: unknown, code: RapportErrorCode, what: string, ruleId?: string): output<S> {
  // English messages per call, without touching zod's global locale (the app may set another).
  const result = safeParse(schema, input, { error: issueMessage });
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
