import { issueMessage, type SchemaIssue, type StandardSchema } from '../engine/parse-schema.js';

/*
 * The analyzer's own schemas (configuration, rule settings, data rules, threads, the built-in
 * rules' options), written without zod so that zod stays out of browser bundles: zod's smallest
 * schema costs about 3 kB min+gzip and the kinds the analyzer used cost 7 kB; this kit costs a
 * fraction of that. Each schema is a Standard Schema (`~standard`), so users validate with it as
 * with any other, and `defineRule` still takes zod (or any Standard Schema) for plugins' options.
 *
 * Each kind raises the same issues as the zod 4 kind it is named after: the same code, path,
 * fields and so the same English message, and the same rules for which checks still run after an
 * issue (`schema-kit.test.ts` compares them one to one on generated inputs).
 */

/** A value being parsed and the issues found so far (paths relative to the value). */
export interface Payload<T = unknown> {
  value: T;
  issues: SchemaIssue[];
}

/**
 * A check that runs after the kind's own parse, as zod runs checks: skipped once an issue without
 * `continue: true` was raised, unless it has `when` (then it runs when `when` says so and no issue
 * said `continue: false`).
 */
export interface Check<T> {
  (payload: Payload<T>): void;
  /** Run even after an issue, when this returns true (zod's length checks). */
  when?: (payload: Payload<unknown>) => boolean;
}

/** How a schema treats absence, as zod's `optin` / `optout`: optional, defaulted, or required. */
type Absence = 'optional' | 'defaulted' | undefined;

/** One of the kit's schemas: a Standard Schema that can also run inside another. */
export interface Schema<O, I = O> extends StandardSchema<I, O> {
  /** Parses `payload.value` in place, adding issues. */
  readonly run: (payload: Payload) => Payload<O>;
  /** Whether an absent object key may be left out (`optional`) or is filled in (`defaulted`). */
  readonly absent: Absence;
  /** The same schema with more checks after the existing ones. */
  check(...checks: Check<O>[]): Schema<O, I>;
}

/** The input and output types of a kit schema. */
export type Output<S> = S extends Schema<infer O, unknown> ? O : never;
export type Input<S> = S extends Schema<unknown, infer I> ? I : never;

// An issue without `continue: true` stops the checks that have no `when`; one with
// `continue: false` stops all of them.
const stops = (issues: readonly SchemaIssue[], from: number, strict: boolean) => {
  for (let i = from; i < issues.length; i++) if (strict ? issues[i]?.continue === false : issues[i]?.continue !== true) return true;
  return false;
};

/** The message and path a caller sees: zod's `en` words when the issue carries no message. */
export function finalizeIssue(issue: SchemaIssue): SchemaIssue & { readonly message: string; readonly path: PropertyKey[] } {
  const { input: _input, continue: _continue, ...rest } = issue;
  return { ...rest, path: issue.path ?? [], message: issue.message ?? issueMessage(issue) };
}

/** Builds a schema from its parse step, its checks and how it treats absence. */
export function schema<O, I = O>(parse: (payload: Payload) => void, absent: Absence = undefined, checks: readonly Check<O>[] = []): Schema<O, I> {
  const run = (payload: Payload): Payload<O> => {
    parse(payload);
    let stopped = stops(payload.issues, 0, false);
    for (const check of checks) {
      if (check.when ? stops(payload.issues, 0, true) || !check.when(payload) : stopped) continue;
      const before = payload.issues.length;
      check(payload as Payload<O>);
      if (!stopped) stopped = stops(payload.issues, before, false);
    }
    return payload as Payload<O>;
  };
  return {
    run,
    absent,
    check: (...more) => schema<O, I>(parse, absent, [...checks, ...more]),
    '~standard': {
      version: 1,
      vendor: 'rapport',
      validate(value) {
        const { value: out, issues } = run({ value, issues: [] });
        return issues.length > 0 ? { issues: issues.map(finalizeIssue) } : { value: out };
      },
    },
  };
}

/** Puts the issues of a nested value at `key` into `payload`. */
export function pushAt(payload: Payload, key: PropertyKey, issues: readonly SchemaIssue[]): void {
  for (const issue of issues) payload.issues.push({ ...issue, path: [key, ...(issue.path ?? [])] });
}

/** Adds an issue about `payload.value` (later checks still run when `more` says `continue: true`). */
export const raise = (payload: Payload, code: string, more?: Omit<SchemaIssue, 'code'>) => payload.issues.push({ code, input: payload.value, ...more });
const going = { continue: true } as const;

/** Runs `s` on `value` with its own payload. */
export const runOn = <O>(s: Schema<O, unknown>, value: unknown): Payload<O> => s.run({ value, issues: [] });

const typed = <O>(expected: string, ok: (value: unknown) => boolean): Schema<O> =>
  schema<O>((payload) => {
    if (!ok(payload.value)) raise(payload, 'invalid_type', { expected });
  });

/** `z.string()`. */
export const string = (): Schema<string> => typed('string', (v) => typeof v === 'string');

/** `z.number()`: finite numbers. */
export const number = (): Schema<number> =>
  schema<number>((payload) => {
    const value = payload.value;
    if (typeof value === 'number' && Number.isFinite(value)) return;
    const received = typeof value === 'number' ? (Number.isNaN(value) ? 'NaN' : String(value)) : undefined;
    raise(payload, 'invalid_type', received === undefined ? { expected: 'number' } : { expected: 'number', received });
  });

/** `z.boolean()`. */
export const boolean = (): Schema<boolean> => typed('boolean', (v) => typeof v === 'boolean');

/** `z.int()`: a safe integer (a fraction stops the checks after it). */
export const int = (): Schema<number> =>
  number().check((payload) => {
    const value = payload.value;
    if (!Number.isInteger(value)) {
      raise(payload, 'invalid_type', { expected: 'int', format: 'safeint', continue: false });
    } else if (!Number.isSafeInteger(value)) {
      const bound = value > 0 ? { maximum: Number.MAX_SAFE_INTEGER } : { minimum: Number.MIN_SAFE_INTEGER };
      raise(payload, value > 0 ? 'too_big' : 'too_small', { origin: 'int', ...bound, inclusive: true, note: 'Integers must be within the safe integer range.', ...going });
    }
  });

/** `z.minimum(n)` (`inclusive`) or `z.positive()`-style `z.gt(n)` on a number. */
export function atLeast(minimum: number, inclusive = true): Check<number> {
  return (payload) => {
    const value = payload.value;
    if (inclusive ? value >= minimum : value > minimum) return;
    raise(payload, 'too_small', { origin: 'number', minimum, inclusive, ...going });
  };
}

/** `z.maximum(n)` on a number. */
export function atMost(maximum: number): Check<number> {
  return (payload) => {
    const value = payload.value;
    if (value <= maximum) return;
    raise(payload, 'too_big', { origin: 'number', maximum, inclusive: true, ...going });
  };
}

/** `z.minLength(1)` on a string or an array: not empty (it runs, like zod's, on anything with a length). */
export const nonEmpty: Check<{ readonly length: number }> = Object.assign(
  (payload: Payload<{ readonly length: number }>) => {
    const value = payload.value;
    if (value.length >= 1) return;
    const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
    raise(payload, 'too_small', { origin, minimum: 1, inclusive: true, ...going });
  },
  { when: (payload: Payload) => payload.value != null && (payload.value as { length?: unknown }).length !== undefined },
);

/** `z.trim()`: trims the string before the checks after it. */
export const trim: Check<string> = (payload) => {
  payload.value = payload.value.trim();
};

/** `z.regex(pattern, message)`. */
export function matches(pattern: RegExp, message: string): Check<string> {
  return (payload) => {
    if (!pattern.test(payload.value)) raise(payload, 'invalid_format', { format: 'regex', pattern: String(pattern), message, ...going });
  };
}

/** `z.refine(ok, { message, path })`: a `custom` issue at `path` when `ok` is false. */
export function refineTo<T>(ok: (value: T) => boolean, message: string, path: PropertyKey[] = []): Check<T> {
  return (payload) => {
    if (!ok(payload.value)) raise(payload, 'custom', { path: [...path], message, ...going });
  };
}

/** `z.url()`: a string that `new URL` parses after trimming; the output is trimmed, tabs and line breaks removed. */
export const url = (): Schema<string> =>
  string().check((payload) => {
    const trimmed = payload.value.trim();
    try {
      new URL(trimmed);
    } catch {
      raise(payload, 'invalid_format', { format: 'url', ...going });
      return;
    }
    payload.value = trimmed.replace(/[\t\n\r]/g, '');
  });

/** `z.enum(values)`. */
export function oneOfValues<const V extends readonly string[]>(values: V): Schema<V[number]> & { readonly options: V } {
  const set = new Set<unknown>(values);
  return Object.assign(
    schema<V[number]>((payload) => {
      if (!set.has(payload.value)) raise(payload, 'invalid_value', { values: [...values] });
    }),
    { options: values },
  );
}

/** `z.custom<T>(ok, { message })`: any value `ok` accepts (a `custom` issue otherwise). */
export function custom<O, I = O>(ok: (value: unknown) => boolean, message?: string): Schema<O, I> {
  return schema<O, I>((payload) => {
    if (!ok(payload.value)) raise(payload, 'custom', message === undefined ? { path: [], ...going } : { path: [], message, ...going });
  });
}

/** `z.optional(inner)`: `undefined` passes; an absent object key is left out. */
export function optional<O, I>(inner: Schema<O, I>): Schema<O | undefined, I | undefined> {
  return schema<O | undefined, I | undefined>((payload) => {
    if (payload.value !== undefined) inner.run(payload);
  }, 'optional');
}

const clone = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : typeof value === 'object' && value !== null ? { ...value } : value);

/** `z._default(inner, value)`: `undefined` becomes (a shallow copy of) `value`, unparsed. */
export function withDefault<O, I>(inner: Schema<O, I>, value: NoInfer<O>): Schema<O, I | undefined> {
  return schema<O, I | undefined>((payload) => {
    if (payload.value !== undefined) inner.run(payload);
    if (payload.value === undefined) payload.value = clone(value);
  }, 'defaulted');
}

/** `z.array(element)`. */
export function array<O, I>(element: Schema<O, I>): Schema<O[], I[]> {
  return schema<O[], I[]>((payload) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      raise(payload, 'invalid_type', { expected: 'array' });
      return;
    }
    const out: unknown[] = Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const result = runOn(element, input[i]);
      pushAt(payload, i, result.issues);
      out[i] = result.value;
    }
    payload.value = out;
  });
}

/** The shape of an object schema: a schema per key. */
export type Shape = Readonly<Record<string, Schema<unknown, unknown>>>;
// A key may be left out of the input when its schema takes `undefined` (optional or defaulted),
// and may be missing from the output when its output can be `undefined` (optional).
type MaybeKeys<S extends Shape, T extends 'in' | 'out'> = { [K in keyof S]: undefined extends (T extends 'in' ? Input<S[K]> : Output<S[K]>) ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ShapeOut<S extends Shape> = Flat<{ -readonly [K in Exclude<keyof S, MaybeKeys<S, 'out'>>]: Output<S[K]> } & { -readonly [K in MaybeKeys<S, 'out'>]?: Output<S[K]> }>;
type ShapeIn<S extends Shape> = Flat<{ -readonly [K in Exclude<keyof S, MaybeKeys<S, 'in'>>]: Input<S[K]> } & { -readonly [K in MaybeKeys<S, 'in'>]?: Input<S[K]> }>;

/** An object schema, with its shape for building others from it. */
export interface ObjectSchema<S extends Shape> extends Schema<ShapeOut<S>, ShapeIn<S>> {
  /** The schema of each key. */
  readonly shape: S;
}

/** An object that is not an array (zod's test for an object). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `z.object(shape)`: unknown keys are dropped (`strictObject` reports them). A missing key is an
 * issue unless its schema is optional or has a default.
 */
export function object<const S extends Shape>(shape: S, strict = false): ObjectSchema<S> {
  const keys = Object.keys(shape);
  const parse = (payload: Payload) => {
    const input = payload.value;
    if (!isObject(input)) {
      raise(payload, 'invalid_type', { expected: 'object' });
      return;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (key === '__proto__') continue;
      const field = shape[key] as Schema<unknown>;
      const present = key in input;
      if (!present && field.absent === 'optional') continue;
      const result = runOn(field, input[key]);
      if (result.issues.length > 0) pushAt(payload, key, result.issues);
      else if (!present && field.absent === undefined) payload.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
      if (!present && field.absent === undefined) continue;
      if (result.value !== undefined || present) out[key] = result.value;
    }
    if (strict) {
      const unknown: string[] = [];
      for (const key in input) if (!Object.hasOwn(shape, key)) unknown.push(key);
      if (unknown.length > 0) raise(payload, 'unrecognized_keys', { keys: unknown });
    }
    payload.value = out;
  };
  return Object.assign(schema<ShapeOut<S>, ShapeIn<S>>(parse), { shape });
}

/** `z.strictObject(shape)`: as `object`, and an unknown key is an `unrecognized_keys` issue. */
export const strictObject = <const S extends Shape>(shape: S): ObjectSchema<S> => object(shape, true);

/**
 * `z.union(options)`: the first option that passes; when none does, the issues of the only option
 * that failed without stopping (zod's rule, so a too-short string is reported as such), else one
 * `invalid_union` issue.
 */
export function oneOf<const O extends readonly Schema<unknown, unknown>[]>(options: O): Schema<Output<O[number]>, Input<O[number]>> {
  return schema<Output<O[number]>, Input<O[number]>>((payload) => {
    const failed: Payload[] = [];
    for (const option of options) {
      const result = runOn(option, payload.value);
      if (result.issues.length === 0) {
        payload.value = result.value;
        return;
      }
      if (!stops(result.issues, 0, false)) failed.push(result);
    }
    const only = failed.length === 1 ? failed[0] : undefined;
    if (only !== undefined) {
      payload.value = only.value;
      payload.issues.push(...only.issues);
    } else {
      raise(payload, 'invalid_union', { errors: [] });
    }
  });
}

/** zod's test for a record: an object whose prototype is `Object.prototype` (of any realm) or none. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}

/**
 * `z.record(key, value)` for string keys: a plain object whose every own key passes `key` (its
 * output becomes the key, e.g. trimmed) and every value passes `value`. Issues: `invalid_type`
 * (expected `record`), `invalid_key` at the key, and the value's own issues under the key.
 */
export function recordOf<K extends string, V, VI>(key: Schema<K, string>, value: Schema<V, VI>): Schema<Record<K, V>, Record<string, VI>> {
  return schema<Record<K, V>, Record<string, VI>>((payload) => {
    const record = payload.value;
    if (!isPlainObject(record)) {
      raise(payload, 'invalid_type', { expected: 'record' });
      return;
    }
    const out: Record<string, unknown> = {};
    for (const k of Reflect.ownKeys(record)) {
      if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(record, k)) continue;
      const parsedKey = runOn(key, k);
      if (parsedKey.issues.length > 0) {
        payload.issues.push({ code: 'invalid_key', origin: 'record', issues: parsedKey.issues.map(finalizeIssue), input: k, path: [k] });
        continue;
      }
      if (parsedKey.value === '__proto__') continue;
      const parsed = runOn(value, record[k as string]);
      pushAt(payload, k, parsed.issues);
      out[parsedKey.value] = parsed.value;
    }
    payload.value = out;
  });
}
