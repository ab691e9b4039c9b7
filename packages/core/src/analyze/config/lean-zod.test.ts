import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { safeParse, type $ZodType } from 'zod/v4/core';
import { dataRuleHeaderSchema } from '../data-rules/data-rule-header.js';
import { dataRuleSchema } from '../data-rules/define-data-rule.js';
import { existenceRuleSchema } from '../data-rules/existence.js';
import { occurrenceRuleSchema } from '../data-rules/occurrence.js';
import { substitutionRuleSchema } from '../data-rules/substitution.js';
import { noRuleOptions } from '../define-rule.js';
import { issueMessage } from '../engine/parse-schema.js';
import { builtinRules } from '../rules/index.js';
import { ruleSettingSchema, severitySettingSchema } from './rule-setting-schema.js';
import { boolean, int, matches, oneOf, recordOf, refineTo, trim, url } from './lean-zod.js';

/** What a parse gives a caller: success, the value, and each issue's code, path and message (nested ones too). */
function outcome(schema: $ZodType, input: unknown) {
  const result = safeParse(schema, input, { error: issueMessage });
  if (result.success) return { data: result.data };
  const show = (issues: readonly { code: string; path: PropertyKey[]; message: string; issues?: unknown }[]): unknown[] =>
    issues.map((i) => ({ code: i.code, path: i.path, message: i.message, ...(i.issues ? { issues: show(i.issues as typeof issues) } : {}) }));
  return { issues: show(result.error.issues) };
}

/** Asserts that `lean` and `zods` agree on every input `inputs` generates. */
function sameAs(lean: $ZodType, zods: $ZodType, inputs: fc.Arbitrary<unknown>, numRuns = 400): void {
  fc.assert(
    fc.property(inputs, (input) => {
      expect(outcome(lean, input)).toEqual(outcome(zods, input));
    }),
    { numRuns },
  );
}

const anyValue = fc.oneof(fc.anything(), fc.string(), fc.double(), fc.integer(), fc.date({ noInvalidDate: false }));

describe('lean zod blocks give the same results and issues as the zod kinds they replace', () => {
  it('trim', () => {
    const padded = fc.tuple(fc.constantFrom('', ' ', '\t', '\n '), fc.string(), fc.constantFrom('', ' ', '\u00a0')).map((p) => p.join(''));
    sameAs(z.string().check(trim, z.minLength(1)), z.string().check(z.trim(), z.minLength(1)), fc.oneof(padded, anyValue));
  });

  it('matches', () => {
    const kebab = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
    sameAs(
      z.object({ id: z.optional(z.string().check(matches(kebab, 'kebab-case, please'))) }),
      z.object({ id: z.optional(z.string().check(z.regex(kebab, 'kebab-case, please'))) }),
      fc.record({ id: fc.oneof(fc.constantFrom('no-jargon', 'No', 'a--b', '1a'), fc.string(), anyValue) }, { requiredKeys: [] }),
    );
  });

  it('refineTo', () => {
    const range = (min: unknown, max: unknown) => ({ min, max });
    const ok = (d: { min?: number | undefined; max?: number | undefined }) => d.max === undefined || d.min === undefined || d.min <= d.max;
    const shape = { min: z.optional(z.number()), max: z.optional(z.number()) };
    sameAs(
      z.object({ r: z.object(shape).check(refineTo(ok, 'min must not exceed max', ['min']), refineTo((d) => d.max !== 0, 'not zero')) }),
      z.object({ r: z.object(shape).check(z.refine(ok, { message: 'min must not exceed max', path: ['min'] }), z.refine((d) => d.max !== 0, 'not zero')) }),
      fc.record({ r: fc.oneof(fc.tuple(fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }), fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined })).map(([a, b]) => range(a, b)), anyValue) }),
    );
  });

  it('url', () => {
    // URL-like strings (fc.webUrl is slow to generate): a scheme or none, then characters that
    // make or break a URL, with spaces, tabs and line breaks that zod trims or strips.
    const urlChars = fc.constantFrom('a', 'b', '1', '.', '/', ' ', '\t', '\n', '-', ':', '?', '#', '%', '[', ']', '@', 'é');
    const urls = fc
      .tuple(fc.constantFrom('', ' ', '\t'), fc.constantFrom('https://', 'http://', 'mailto:', 'file:///', 'x:', ''), fc.string({ unit: urlChars, maxLength: 12 }))
      .map((p) => p.join(''));
    sameAs(z.object({ link: z.optional(url()) }), z.object({ link: z.optional(z.url()) }), fc.record({ link: fc.oneof(urls, fc.constantFrom('https://example.com/a b', ' https://example.com/\tdocs ', 'not a url', '/docs'), anyValue) }), 600);
  });

  it('int', () => {
    const numbers = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, 1.5, 2 ** 53, -(2 ** 53), 2 ** 60, -(2 ** 60), Number.NaN, Infinity, 1e300), anyValue);
    sameAs(int(), z.int(), numbers);
    sameAs(int().check(z.minimum(1)), z.int().check(z.minimum(1)), numbers);
    sameAs(int().check(z.positive()), z.int().check(z.positive()), numbers);
    sameAs(z.object({ n: z._default(int().check(z.nonnegative()), 3) }), z.object({ n: z._default(z.int().check(z.nonnegative()), 3) }), fc.record({ n: numbers }, { requiredKeys: [] }));
  });

  it('boolean', () => {
    const values = fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1, null, undefined), anyValue);
    sameAs(z.object({ b: z._default(boolean(), true) }), z.object({ b: z._default(z.boolean(), true) }), fc.record({ b: values }, { requiredKeys: [] }));
  });

  it('oneOf', () => {
    const values = fc.oneof(fc.string({ maxLength: 2 }), fc.array(fc.oneof(fc.string({ maxLength: 2 }), fc.integer()), { maxLength: 3 }), anyValue);
    const options = () => [z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1))).check(z.minLength(1))] as const;
    sameAs(z.object({ v: oneOf(options()) }), z.object({ v: z.union(options()) }), fc.record({ v: values }));
    const numbers = () => [z.number().check(z.minimum(5)), z.string(), z._default(z.boolean(), true)] as const;
    sameAs(z.object({ v: oneOf(numbers()) }), z.object({ v: z.union(numbers()) }), fc.record({ v: fc.oneof(fc.integer({ min: 0, max: 9 }), anyValue) }));
  });

  it('recordOf', () => {
    const key = () => z.string().check(z.trim(), z.minLength(1));
    const value = () => z.union([z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1))).check(z.minLength(1))]);
    const keys = fc.oneof(fc.string(), fc.constantFrom(' ', ' a ', 'a', '__proto__', ' __proto__', 'constructor', '1', '-2.5'));
    const values = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), anyValue);
    const records = fc.oneof(
      fc.dictionary(keys, values, { maxKeys: 5 }),
      fc.dictionary(keys, values, { maxKeys: 3 }).map((d) => JSON.parse(JSON.stringify(d)) as unknown),
      fc.dictionary(keys, values, { maxKeys: 3 }).map((d) => Object.assign(Object.create(null) as object, d)),
      fc.constantFrom(JSON.parse('{"__proto__": "x", "a": "b"}') as unknown, { [Symbol('s')]: 'x' }, new Map(), new Date(0), [], null),
      anyValue,
    );
    sameAs(z.object({ swap: recordOf(key(), value()) }), z.object({ swap: z.record(key(), value()) }), fc.record({ swap: records }), 600);
    const nonEmpty = (r: object) => Object.keys(r).length > 0;
    sameAs(
      recordOf(z.string(), z.array(z.string()).check(z.minLength(1))).check(refineTo(nonEmpty, 'at least one')),
      z.record(z.string(), z.array(z.string()).check(z.minLength(1))).check(z.refine(nonEmpty, 'at least one')),
      records,
    );
  });
});

describe("the analyzer's own schemas", () => {
  // Every other zod kind or check adds its code to browser bundles (see the module comment of
  // lean-zod.ts); write it with a lean-zod block instead, or add it here knowing what it costs.
  const kinds = new Set(['string', 'number', 'enum', 'array', 'object', 'optional', 'default', 'custom', 'never']);
  const checks = new Set(['custom', 'greater_than', 'less_than', 'min_length']);

  function kindsIn(schema: $ZodType, path: string, found: string[]): void {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string; check?: string; checks?: { _zod: { def: { check: string } } }[] };
    if (!kinds.has(def.type)) found.push(`${path}: ${def.type}`);
    if (def.check !== undefined && !checks.has(def.check)) found.push(`${path}: ${def.type} (${def.check})`);
    for (const check of def.checks ?? []) if (!checks.has(check._zod.def.check)) found.push(`${path}: check ${check._zod.def.check}`);
    const children: [string, unknown][] = [
      ...Object.entries((def.shape as Record<string, unknown> | undefined) ?? {}),
      ['[]', def.element],
      ['?', def.innerType],
      ['*', def.catchall],
    ];
    for (const [key, child] of children) if (child !== undefined) kindsIn(child as $ZodType, `${path}.${key}`, found);
  }

  it('use only the zod kinds and checks the bundle already has', () => {
    const found: string[] = [];
    const named: [string, $ZodType][] = [
      ['severitySettingSchema', severitySettingSchema],
      ['ruleSettingSchema', ruleSettingSchema],
      ['dataRuleSchema', dataRuleSchema],
      ['dataRuleHeaderSchema', dataRuleHeaderSchema],
      ['existenceRuleSchema', existenceRuleSchema],
      ['substitutionRuleSchema', substitutionRuleSchema],
      ['occurrenceRuleSchema', occurrenceRuleSchema],
      ['noRuleOptions', noRuleOptions],
      ...builtinRules.filter((r) => r.meta.options !== undefined).map((r): [string, $ZodType] => [r.id, r.meta.options as $ZodType]),
    ];
    for (const [name, schema] of named) kindsIn(schema, name, found);
    expect(found).toEqual([]);
    // The walk does see the kinds it rejects.
    kindsIn(z.object({ n: z.int(), u: z.optional(z.url()), r: z.record(z.string(), z.boolean()) }), 'probe', found);
    expect(found).toEqual(['probe.n: number (number_format)', 'probe.u.?: string (string_format)', 'probe.r: record']);
  });
});
