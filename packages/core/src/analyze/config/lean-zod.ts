import * as z from 'zod/mini';
import type { $ZodIssue, $ZodRawIssue, $ZodType, CheckFn, input, output, ParsePayload } from 'zod/v4/core';
import { issueMessage } from '../engine/parse-schema.js';

/*
 * zod/mini building blocks for the analyzer's own schemas that cost fewer bytes in a browser
 * bundle. Each zod schema kind or check (`z.int`, `z.url`, `z.record`, `z.tuple`,
 * `z.discriminatedUnion`, `z.trim`, `z.regex`, `z.refine`...) brings its constructor and parser
 * into the bundle, several hundred bytes each after gzip. The analyzer's schemas need only a few
 * kinds (string, number, boolean, enum, literal, array, object, optional, default, custom) and do
 * the rest with plain check functions, which zod runs like any other check and which cost only
 * their own code. Each block below raises the same issues (code, path, and so the same English
 * message) as the zod kind it stands for; `lean-zod.test.ts` compares them one to one.
 */

/** Runs `schema` on `value` inside a check, so its issues join the enclosing parse (their paths relative to `value`). */
export function runSchema<S extends $ZodType>(schema: S, value: unknown): ParsePayload<output<S>> {
  return schema._zod.run({ value, issues: [] }, { async: false }) as ParsePayload<output<S>>;
}

/** An issue as `safeParse` reports it: with a path and a message, without zod's internal fields. */
function finalized(issue: $ZodRawIssue): $ZodIssue {
  const { inst: _inst, schema: _schema, continue: _continue, input: _input, ...rest } = issue;
  return { ...rest, path: (issue.path as PropertyKey[] | undefined) ?? [], message: issue.message ?? issueMessage(issue) } as $ZodIssue;
}

/** Puts `issues` of a nested value at `key` into `payload`. */
function pushAt(payload: ParsePayload<unknown>, key: PropertyKey, issues: readonly $ZodRawIssue[]): void {
  for (const issue of issues) payload.issues.push({ ...issue, path: [key, ...((issue.path as PropertyKey[] | undefined) ?? [])] } as $ZodRawIssue);
}

/** `z.trim()` as a plain check: trims the string before the checks after it. */
export const trim: CheckFn<string> = (payload) => {
  payload.value = payload.value.trim();
};

/** `z.regex(pattern, message)` as a plain check (`invalid_format`, format `regex`). */
export function matches(pattern: RegExp, message: string): CheckFn<string> {
  return (payload) => {
    if (!pattern.test(payload.value)) {
      payload.issues.push({ code: 'invalid_format', format: 'regex', pattern: String(pattern), input: payload.value, message, continue: true });
    }
  };
}

/**
 * `z.refine(ok, { message, path })` as a plain check: a `custom` issue at `path` when `ok` is
 * false; later checks still run, as after a refinement.
 */
export function refineTo<T>(ok: (value: T) => boolean, message: string, path: PropertyKey[] = []): CheckFn<T> {
  return (payload) => {
    if (!ok(payload.value)) payload.issues.push({ code: 'custom', path: [...path], message, input: payload.value, continue: true });
  };
}

/** `z.url()`: a string that `new URL` parses after trimming; the output is trimmed, tabs and line breaks removed. */
export function url(): z.ZodMiniString<string> {
  return z.string().check((payload) => {
    const trimmed = payload.value.trim();
    try {
      new URL(trimmed);
    } catch {
      payload.issues.push({ code: 'invalid_format', format: 'url', input: payload.value, continue: true });
      return;
    }
    payload.value = trimmed.replace(/[\t\n\r]/g, '');
  });
}

/**
 * `z.int()`: a number that is a safe integer. A fraction is `invalid_type` (expected `int`) and
 * stops the checks after it; an integer beyond ±2^53 − 1 is `too_big` / `too_small`.
 */
export function int(): z.ZodMiniNumber<number> {
  return z.number().check((payload) => {
    const value = payload.value;
    if (!Number.isInteger(value)) {
      payload.issues.push({ code: 'invalid_type', expected: 'int', format: 'safeint', input: value, continue: false });
    } else if (!Number.isSafeInteger(value)) {
      const note = 'Integers must be within the safe integer range.';
      payload.issues.push(
        value > 0
          ? { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true, note, input: value, continue: true }
          : { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, inclusive: true, note, input: value, continue: true },
      );
    }
  });
}

/** `z.boolean()`: `true` or `false` (`invalid_type`, expected `boolean`, otherwise). */
export function boolean(): z.ZodMiniCustom<boolean, boolean> {
  return z.custom<boolean>().check((payload) => {
    if (typeof payload.value !== 'boolean') payload.issues.push({ code: 'invalid_type', expected: 'boolean', input: payload.value });
  });
}

/**
 * `z.union(options)`: the first option that passes; when none does, the issues of the only option
 * that failed without stopping (zod's rule, so a too-short string is reported as such), else one
 * `invalid_union` issue. Unlike a union, it is never optional itself: wrap it in `z.optional`.
 */
export function oneOf<const O extends readonly $ZodType[]>(options: O): z.ZodMiniCustom<output<O[number]>, input<O[number]>> {
  return z.custom<output<O[number]>, input<O[number]>>().check((payload) => {
    const failed: ParsePayload<output<O[number]>>[] = [];
    for (const option of options as readonly O[number][]) {
      const result = runSchema(option, payload.value);
      if (result.issues.length === 0) {
        payload.value = result.value;
        return;
      }
      if (result.issues.every((issue) => issue.continue === true)) failed.push(result);
    }
    const only = failed.length === 1 ? failed[0] : undefined;
    if (only !== undefined) {
      payload.value = only.value;
      payload.issues.push(...only.issues);
    } else {
      payload.issues.push({ code: 'invalid_union', errors: [], input: payload.value });
    }
  });
}

/** zod's test for a record: an object whose prototype is `Object.prototype` (of any realm) or none. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return typeof proto === 'object' && proto !== null && !Array.isArray(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}

/**
 * `z.record(key, value)` for string keys: a plain object whose every own key passes `key` (its
 * output becomes the key, e.g. trimmed) and every value passes `value`. Issues: `invalid_type`
 * (expected `record`), `invalid_key` at the key, and the value's own issues under the key.
 */
export function recordOf<K extends z.ZodMiniType<string, string>, V extends $ZodType>(
  key: K,
  value: V,
): z.ZodMiniCustom<Record<output<K>, output<V>>, Record<input<K>, input<V>>> {
  return z.custom<Record<output<K>, output<V>>, Record<input<K>, input<V>>>().check((payload) => {
    const record: unknown = payload.value;
    if (!isPlainObject(record)) {
      payload.issues.push({ code: 'invalid_type', expected: 'record', input: record });
      return;
    }
    const out: Record<string, unknown> = {};
    for (const k of Reflect.ownKeys(record)) {
      if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(record, k)) continue;
      const parsedKey = runSchema(key, k);
      if (parsedKey.issues.length > 0) {
        payload.issues.push({ code: 'invalid_key', origin: 'record', issues: parsedKey.issues.map(finalized), input: k, path: [k] });
        continue;
      }
      if (parsedKey.value === '__proto__') continue;
      const parsed = runSchema(value, record[k as string]);
      pushAt(payload as ParsePayload<unknown>, k, parsed.issues);
      out[parsedKey.value] = parsed.value;
    }
    payload.value = out as Record<output<K>, output<V>>;
  });
}
