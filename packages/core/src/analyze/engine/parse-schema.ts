import { RapportError, type RapportErrorCode, type RapportIssue } from '../../errors.js';
import { formatPath } from '../../internal/parse.js';

/**
 * A schema as the analyzer takes it: any [Standard Schema](https://standardschema.dev) (v1), the
 * interface that zod 4, Valibot and ArkType schemas implement, as do the analyzer's own exported
 * schemas (`dataRuleSchema`, `ruleSettingSchema`...).
 *
 * When to use: to type a rule's `meta.options`, or to validate a value with one of the exported
 * schemas (`schema['~standard'].validate(value)`).
 *
 * Details: validation must be synchronous. Only `~standard` is read, except for zod schemas, whose
 * issues get the English messages of zod's `en` locale even when the app loads no locale.
 *
 * @typeParam Input - What the schema accepts.
 * @typeParam Output - What it returns (defaults applied).
 * @example
 * ```ts
 * import { severitySettingSchema, type StandardSchema } from '@rapport/core/analyze';
 *
 * const schema: StandardSchema<string, 'off' | 'info' | 'warning' | 'error'> = severitySettingSchema;
 * const result = schema['~standard'].validate('warn');
 * 'issues' in result && result.issues?.[0]?.message; // 'Invalid option: expected one of "off"|"info"|"warning"|"error"'
 * ```
 * @since 0.1.0
 */
export interface StandardSchema<Input = unknown, Output = Input> {
  /** The Standard Schema (v1) properties. */
  readonly '~standard': {
    /** The Standard Schema version: 1. */
    readonly version: 1;
    /** Who made the schema (`zod`, `valibot`, `rapport`...). */
    readonly vendor: string;
    /** Validates a value: its output, or the issues found. */
    readonly validate: (value: unknown) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
    /** The input and output types, for inference only. */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * The result of a Standard Schema's `validate`: the output value, or the issues.
 *
 * @typeParam Output - The schema's output type.
 * @example
 * ```ts
 * import { ruleSettingSchema, type StandardSchemaResult, type RuleSetting } from '@rapport/core/analyze';
 *
 * const result = ruleSettingSchema['~standard'].validate(['warning', { max: 30 }]) as StandardSchemaResult<RuleSetting>;
 * result.issues === undefined; // true
 * ```
 * @since 0.1.0
 */
export type StandardSchemaResult<Output> =
  | { /** The validated output. */ readonly value: Output; /** Absent on success. */ readonly issues?: undefined }
  | {
      /** Each problem found: its message and the path to it. */
      readonly issues: ReadonlyArray<{
        /** What is wrong. */
        readonly message: string;
        /** Where: keys and indexes from the validated value. */
        readonly path?: ReadonlyArray<PropertyKey | { /** One key of the path. */ readonly key: PropertyKey }> | undefined;
      }>;
    };

/**
 * The output type of a Standard Schema (what `context.options` is for a rule whose
 * `meta.options` is that schema).
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import type { SchemaOutput } from '@rapport/core/analyze';
 *
 * const options = z.object({ max: z._default(z.number(), 3) });
 * const max: SchemaOutput<typeof options>['max'] = 3;
 * ```
 * @since 0.1.0
 */
export type SchemaOutput<S> = S extends { readonly '~standard': { readonly types?: infer T } } ? (NonNullable<T> extends { readonly output: infer O } ? O : unknown) : unknown;

/** An issue as a schema raises it (zod's raw issue fields): a code, then what the code needs. */
export interface SchemaIssue {
  readonly code: string;
  path?: PropertyKey[] | undefined;
  message?: string | undefined;
  input?: unknown;
  continue?: boolean | undefined;
  readonly [field: string]: unknown;
}


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
export function issueMessage(issue: SchemaIssue): string {
  const i = issue;
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

// What the engine reads of a zod 4 schema (no zod code needed to run one).
interface ZodInternals {
  readonly _zod: { run(payload: { value: unknown; issues: SchemaIssue[] }, ctx: { async: false }): { value: unknown; issues: SchemaIssue[] } };
}
type ZodErrorMap = ((issue: SchemaIssue) => string | { message?: string } | undefined | null) | undefined;
const errorOf = (schema: unknown, issue: SchemaIssue) => {
  const m = (schema as { _zod?: { def?: { error?: ZodErrorMap } } } | undefined)?._zod?.def?.error?.(issue);
  return typeof m === 'string' ? m : (m?.message ?? undefined);
};

/**
 * Validates `input` with any Standard Schema (the analyzer's own, zod 4, Valibot...) and returns
 * its output, or throws a `RapportError` with `code`, naming the first bad path. A zod schema is
 * run directly, so its issues get zod's English messages without touching zod's global locale
 * (the app may set another) and without zod's parse code in the analyzer's browser bundle.
 */
export function parseSchema<S extends StandardSchema>(schema: S, input: unknown, code: RapportErrorCode, what: string, ruleId?: string): SchemaOutput<S> {
  let value: unknown;
  let issues: RapportIssue[];
  const path = (segments: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined) =>
    (segments ?? []).map((s) => {
      const key = typeof s === 'object' && s !== null ? s.key : s;
      return typeof key === 'number' ? key : String(key);
    });
  if ('_zod' in schema) {
    const result = (schema as unknown as ZodInternals)._zod.run({ value: input, issues: [] }, { async: false });
    value = result.value;
    issues = result.issues.map((issue) => ({
      code: issue.code,
      path: path(issue.path),
      message: issue.message || errorOf(issue['inst'], issue) || (issue['schema'] !== issue['inst'] && errorOf(issue['schema'], issue)) || issueMessage(issue),
    }));
  } else {
    const result = schema['~standard'].validate(input);
    if (result instanceof Promise) {
      throw new RapportError(code, `Invalid ${what}: its schema validates asynchronously; the analyzer needs a synchronous schema`, ruleId === undefined ? {} : { ruleId });
    }
    value = result.issues === undefined ? result.value : undefined;
    issues = (result.issues ?? []).map((issue) => ({ code: String((issue as { code?: unknown }).code ?? 'custom'), path: path(issue.path), message: issue.message }));
  }
  if (issues.length === 0) return value as SchemaOutput<S>;
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${formatPath(first.path)}` : '';
  const message = `Invalid ${what}${where}: ${first?.message ?? 'does not match the schema'}`;
  throw new RapportError(code, message, ruleId === undefined ? { issues } : { issues, ruleId });
}
