import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { safeParse, type $ZodType } from 'zod/v4/core';
import { CHANNEL_NAMES } from '../engine/channel-names.js';
import { issueMessage, type StandardSchema } from '../engine/parse-schema.js';
import { scoreCategories } from '../engine/scorecard.js';
import { dataRuleHeader } from '../data-rules/data-rule-header.js';
import { occurrenceRule } from '../data-rules/occurrence.js';
import { substitutionRule } from '../data-rules/substitution.js';
import { builtinRules } from '../rules/index.js';
import * as k from './schema-kit.js';

type Shown = { code: string; path: PropertyKey[]; message: string; issues?: Shown[] };
const show = (issues: readonly Shown[]): Shown[] =>
  issues.map((i) => ({ code: i.code, path: i.path, message: i.message, ...(i.issues ? { issues: show(i.issues) } : {}) }));

/** What a zod parse gives a caller: the value, or each issue's code, path and English message. */
function zodOutcome(schema: $ZodType, input: unknown) {
  const result = safeParse(schema, input, { error: issueMessage });
  return result.success ? { data: result.data } : { issues: show(result.error.issues as unknown as Shown[]) };
}

/** The same for a kit schema, through its Standard Schema `validate`. */
function kitOutcome(schema: StandardSchema, input: unknown) {
  const result = schema['~standard'].validate(input);
  if (result instanceof Promise) throw new Error('a kit schema validated asynchronously');
  return result.issues === undefined ? { data: result.value } : { issues: show(result.issues as unknown as Shown[]) };
}

/** Asserts that the kit schema and the zod schema agree on every input `inputs` generates. */
function sameAs(kit: StandardSchema, zods: $ZodType, inputs: fc.Arbitrary<unknown>, numRuns = 400): void {
  fc.assert(
    fc.property(inputs, (input) => {
      expect(kitOutcome(kit, input)).toEqual(zodOutcome(zods, input));
    }),
    { numRuns },
  );
}

const anyValue = fc.oneof(fc.anything(), fc.string(), fc.double(), fc.integer(), fc.date({ noInvalidDate: false }));
const numbers = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, 1.5, 2 ** 53, -(2 ** 53), 2 ** 60, -(2 ** 60), Number.NaN, Infinity, -Infinity, 1e300), anyValue);
const strings = fc.oneof(fc.string(), fc.constantFrom('', ' ', ' a ', '\t'), anyValue);

describe('the schema kit gives the same results and issues as the zod 4 kinds it is named after', () => {
  it('string, number, boolean, custom', () => {
    sameAs(k.string(), z.string(), strings);
    sameAs(k.number(), z.number(), numbers);
    sameAs(k.boolean(), z.boolean(), fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1, null, undefined), anyValue));
    const isEven = (v: unknown) => typeof v === 'number' && v % 2 === 0;
    sameAs(k.custom(isEven, 'even, please'), z.custom(isEven, { message: 'even, please' }), numbers);
    sameAs(k.custom(isEven), z.custom(isEven), numbers);
  });

  it('int, atLeast, atMost', () => {
    sameAs(k.int(), z.int(), numbers);
    sameAs(k.int().check(k.atLeast(1)), z.int().check(z.minimum(1)), numbers);
    sameAs(k.int().check(k.atLeast(0, false)), z.int().check(z.positive()), numbers);
    sameAs(k.number().check(k.atLeast(0), k.atMost(1)), z.number().check(z.minimum(0), z.maximum(1)), fc.oneof(fc.double({ min: -2, max: 2 }), numbers));
  });

  it('nonEmpty and trim, on strings and arrays, including after a type error', () => {
    const padded = fc.tuple(fc.constantFrom('', ' ', '\t', '\n '), fc.string({ maxLength: 3 }), fc.constantFrom('', ' ', '\u00a0')).map((p) => p.join(''));
    sameAs(k.string().check(k.trim, k.nonEmpty), z.string().check(z.trim(), z.minLength(1)), fc.oneof(padded, fc.array(fc.string(), { maxLength: 2 }), anyValue));
    sameAs(k.array(k.string()).check(k.nonEmpty), z.array(z.string()).check(z.minLength(1)), fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }), strings));
  });

  it('matches and refineTo', () => {
    const kebab = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
    sameAs(k.string().check(k.matches(kebab, 'kebab-case, please')), z.string().check(z.regex(kebab, 'kebab-case, please')), fc.oneof(fc.constantFrom('no-jargon', 'No', 'a--b', '1a'), strings));
    const ok = (d: { min?: number | undefined; max?: number | undefined }) => d.max === undefined || d.min === undefined || d.min <= d.max;
    const small = fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined });
    sameAs(
      k.object({ min: k.optional(k.number()), max: k.optional(k.number()) }).check(k.refineTo(ok, 'min must not exceed max', ['min']), k.refineTo((d) => d.max !== 0, 'not zero')),
      z.object({ min: z.optional(z.number()), max: z.optional(z.number()) }).check(z.refine(ok, { message: 'min must not exceed max', path: ['min'] }), z.refine((d) => d.max !== 0, 'not zero')),
      fc.oneof(fc.record({ min: small, max: small }, { requiredKeys: [] }), fc.record({ min: anyValue, max: small }), anyValue),
    );
  });

  it('url', () => {
    // URL-like strings: a scheme or none, then characters that make or break a URL, with spaces,
    // tabs and line breaks that zod trims or strips.
    const urlChars = fc.constantFrom('a', 'b', '1', '.', '/', ' ', '\t', '\n', '-', ':', '?', '#', '%', '[', ']', '@', 'é');
    const urls = fc
      .tuple(fc.constantFrom('', ' ', '\t'), fc.constantFrom('https://', 'http://', 'mailto:', 'file:///', 'x:', ''), fc.string({ unit: urlChars, maxLength: 12 }))
      .map((p) => p.join(''));
    sameAs(k.url(), z.url(), fc.oneof(urls, fc.constantFrom('https://example.com/a b', ' https://example.com/\tdocs ', 'not a url', '/docs'), anyValue), 600);
  });

  it('oneOfValues (enum), optional, withDefault, array', () => {
    const values = fc.oneof(fc.constantFrom('a', 'b', 'c', undefined, null), anyValue);
    sameAs(k.oneOfValues(['a', 'b']), z.enum(['a', 'b']), values);
    sameAs(k.optional(k.oneOfValues(['a', 'b'])), z.optional(z.enum(['a', 'b'])), values);
    sameAs(k.withDefault(k.oneOfValues(['a', 'b']), 'b'), z._default(z.enum(['a', 'b']), 'b'), values);
    sameAs(k.array(k.oneOfValues(['a', 'b'])), z.array(z.enum(['a', 'b'])), fc.oneof(fc.array(values, { maxLength: 4 }), values));
    // A default is a fresh copy each time, as zod's is.
    const list = k.withDefault(k.array(k.string()), []);
    const first = kitOutcome(list, undefined).data as string[];
    first.push('x');
    expect(kitOutcome(list, undefined).data).toEqual([]);
  });

  it('object and strictObject: missing, optional, defaulted and unknown keys', () => {
    const shapeK = () => ({ a: k.string(), b: k.optional(k.int()), c: k.withDefault(k.boolean(), true), d: k.custom((v) => v !== 0) });
    const shapeZ = () => ({ a: z.string(), b: z.optional(z.int()), c: z._default(z.boolean(), true), d: z.custom((v) => v !== 0) });
    const field = fc.oneof(fc.constantFrom(undefined, 0, 1, 'x', true, 2.5), anyValue);
    const objects = fc.oneof(
      fc.record({ a: field, b: field, c: field, d: field, e: field }, { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__', 'constructor'), field, { maxKeys: 4 }),
      fc.constantFrom(JSON.parse('{"a": "x", "__proto__": 1}') as unknown, Object.create({ a: 'x' }) as unknown, [], null),
      anyValue,
    );
    sameAs(k.object(shapeK()), z.object(shapeZ()), objects, 600);
    sameAs(k.strictObject(shapeK()), z.strictObject(shapeZ()), objects, 600);
  });

  it('oneOf (union)', () => {
    const values = fc.oneof(fc.string({ maxLength: 2 }), fc.array(fc.oneof(fc.string({ maxLength: 2 }), fc.integer()), { maxLength: 3 }), anyValue);
    sameAs(
      k.object({ v: k.oneOf([k.string().check(k.nonEmpty), k.array(k.string().check(k.nonEmpty)).check(k.nonEmpty)]) }),
      z.object({ v: z.union([z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1))).check(z.minLength(1))]) }),
      fc.record({ v: values }),
    );
    sameAs(
      k.object({ v: k.oneOf([k.number().check(k.atLeast(5)), k.string(), k.withDefault(k.boolean(), true)]) }),
      z.object({ v: z.union([z.number().check(z.minimum(5)), z.string(), z._default(z.boolean(), true)]) }),
      fc.record({ v: fc.oneof(fc.integer({ min: 0, max: 9 }), anyValue) }),
    );
  });

  it('recordOf', () => {
    const keys = fc.oneof(fc.string(), fc.constantFrom(' ', ' a ', 'a', '__proto__', ' __proto__', 'constructor', '1', '-2.5'));
    const values = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), anyValue);
    const records = fc.oneof(
      fc.dictionary(keys, values, { maxKeys: 5 }),
      fc.dictionary(keys, values, { maxKeys: 3 }).map((d) => JSON.parse(JSON.stringify(d)) as unknown),
      fc.dictionary(keys, values, { maxKeys: 3 }).map((d) => Object.assign(Object.create(null) as object, d)),
      fc.constantFrom(JSON.parse('{"__proto__": "x", "a": "b"}') as unknown, { [Symbol('s')]: 'x' }, new Map(), new Date(0), [], null),
      anyValue,
    );
    const phraseK = () => k.string().check(k.nonEmpty);
    const phraseZ = () => z.string().check(z.minLength(1));
    sameAs(
      k.recordOf(k.string().check(k.trim, k.nonEmpty), k.oneOf([phraseK(), k.array(phraseK()).check(k.nonEmpty)])),
      z.record(z.string().check(z.trim(), z.minLength(1)), z.union([phraseZ(), z.array(phraseZ()).check(z.minLength(1))])),
      records,
      600,
    );
    const nonEmpty = (r: object) => Object.keys(r).length > 0;
    sameAs(
      k.recordOf(k.string(), k.array(k.string()).check(k.nonEmpty)).check(k.refineTo(nonEmpty, 'at least one')),
      z.record(z.string(), z.array(z.string()).check(z.minLength(1))).check(z.refine(nonEmpty, 'at least one')),
      records,
    );
  });
});

describe("the analyzer's schemas, written with the kit", () => {
  // The data-rule schemas as they were written with zod before the kit replaced it.
  const headerZ = {
    id: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, e.g. "no-ticket-speak"'))),
    message: z.string().check(z.minLength(1)),
    description: z.optional(z.string().check(z.minLength(1))),
    level: z._default(z.enum(['info', 'warning', 'error']), 'warning'),
    category: z._default(z.enum(scoreCategories as [string, ...string[]]), 'clarity'),
    ignorecase: z._default(z.boolean(), true),
    roles: z.optional(z.array(z.enum(['agent', 'customer'])).check(z.minLength(1))),
    presets: z.optional(z.array(z.enum(['recommended', 'strict']))),
    link: z.optional(z.url()),
  };
  const field = fc.oneof(
    fc.constantFrom(undefined, '', ' ', 'a', 'no-jargon', 'Bad Id', 'https://example.com', 'nope', 'tone', 'error', 'agent', 'recommended', true, 0, 2, -1, 1.5),
    fc.array(fc.constantFrom('agent', 'customer', 'strict', 'x', 'as per', ' ', 3), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('utilize', ' ', 'a'), fc.oneof(fc.constantFrom('use', ''), fc.array(fc.constantFrom('use', ''), { maxLength: 2 })), { maxKeys: 2 }),
    anyValue,
  );
  const keysOf = (shape: object, extra: string[]) => [...Object.keys(shape), ...extra];
  const definitions = (keys: string[]) =>
    fc.oneof(fc.dictionary(fc.constantFrom(...keys), field, { maxKeys: 6 }), fc.record(Object.fromEntries(keys.map((key) => [key, field])), { requiredKeys: [] }), anyValue);

  it('the data-rule header, substitution and occurrence kinds agree with their zod originals', () => {
    sameAs(dataRuleHeader, z.strictObject(headerZ), definitions(keysOf(headerZ, ['mesage'])), 800);
    const substitutionZ = z.strictObject({
      ...headerZ,
      extends: z.enum(['substitution']),
      swap: z
        .record(z.string().check(z.trim(), z.minLength(1)), z.union([z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1))).check(z.minLength(1))]))
        .check(z.refine((swap) => Object.keys(swap).length > 0, 'at least one swap is required')),
    });
    sameAs(substitutionRule, substitutionZ, definitions(keysOf(headerZ, ['extends', 'swap'])), 800);
    const occurrenceZ = z
      .strictObject({
        ...headerZ,
        extends: z.enum(['occurrence']),
        tokens: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
        max: z.optional(z.int().check(z.nonnegative())),
        min: z.optional(z.int().check(z.positive())),
        scope: z._default(z.enum(['text', 'sentence']), 'text'),
      })
      .check(
        z.refine((d) => d.max !== undefined || d.min !== undefined, { message: 'set max, min or both', path: ['max'] }),
        z.refine((d) => d.max === undefined || d.min === undefined || d.min <= d.max, { message: 'min must not exceed max', path: ['min'] }),
      );
    sameAs(occurrenceRule, occurrenceZ, definitions(keysOf(headerZ, ['extends', 'tokens', 'max', 'min', 'scope'])), 800);
  });

  it("the built-in rules' options accept {} and fill in every default", () => {
    for (const rule of builtinRules) {
      const schema = rule.meta.options;
      if (schema === undefined) continue;
      const result = kitOutcome(schema, {});
      expect(result, rule.id).toHaveProperty('data');
    }
  });

  it('CHANNEL_NAMES is an enum the kit can check', () => {
    expect(kitOutcome(k.oneOfValues(CHANNEL_NAMES), 'chat')).toEqual({ data: 'chat' });
  });

  it('no analyzer source imports zod at run time (types only), so browser bundles carry none of it', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
          for (const line of readFileSync(path, 'utf8').split('\n')) {
            if (/^import (?!type )[^;]*from 'zod/.test(line)) offenders.push(`${path.slice(root.length)}: ${line}`);
          }
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
