import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { safeParse, type $ZodType } from 'zod/v4/core';
import english from 'zod/v4/locales/en.js';
import { isRapportError } from '../../errors.js';
import { issueMessage, parseSchema } from './parse-schema.js';

const localeError = english().localeError;

/** Every message zod gives for `input`, with our message function and with zod's English locale. */
function messages(schema: $ZodType, input: unknown): { ours: string[]; zods: string[] } {
  const collect = (error: typeof issueMessage | typeof localeError) => {
    const result = safeParse(schema, input, { error });
    if (result.success) return [];
    // Unions keep each option's issues; compare those too.
    const out: string[] = [];
    const walk = (issues: readonly { message: string; errors?: unknown }[]) => {
      for (const issue of issues) {
        out.push(issue.message);
        for (const nested of (issue.errors as (typeof issues)[] | undefined) ?? []) walk(nested);
      }
    };
    walk(result.error.issues);
    return out;
  };
  return { ours: collect(issueMessage), zods: collect(localeError) };
}

class Ticket {}

// One schema with every kind and check the analyzer's own schemas use.
const everything = z.strictObject({
  text: z.optional(z.string().check(z.minLength(2))),
  name: z.optional(z.string().check(z.regex(/^[a-z]+$/))),
  // Checks only a plugin's schema would use.
  code: z.optional(z.string().check(z.startsWith('T-'), z.endsWith('!'), z.includes('42'))),
  step: z.optional(z.number().check(z.multipleOf(5))),
  count: z.optional(z.int().check(z.minimum(1))),
  small: z.optional(z.int().check(z.positive())),
  share: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  flag: z.optional(z.boolean()),
  level: z.optional(z.enum(['info', 'warning', 'error'])),
  kind: z.optional(z.literal('existence')),
  list: z.optional(z.array(z.string()).check(z.minLength(1))),
  swap: z.optional(z.record(z.string().check(z.minLength(2)), z.union([z.string(), z.array(z.string())]))),
  pair: z.optional(z.tuple([z.enum(['off', 'on']), z.unknown()])),
  link: z.optional(z.url()),
  at: z.optional(z.union([z.date(), z.number(), z.string()])),
  rule: z.optional(
    z.discriminatedUnion('extends', [
      z.strictObject({ extends: z.literal('a'), max: z.int() }),
      z.strictObject({ extends: z.literal('b'), min: z.int() }),
    ]),
  ),
});

const cases: [string, unknown][] = [
  ['not an object', 'x'],
  ['null', null],
  ['an array', []],
  ['a Date for a string', { text: new Date(0) }],
  ['a class instance for a string', { text: new Ticket() }],
  ['a Map for a record', { swap: new Map() }],
  ['one unknown key', { zzz: 1 }],
  ['two unknown keys', { zzz: 1, yyy: 2 }],
  ['short string', { text: 'a' }],
  ['number for string', { text: 5 }],
  ['regex', { name: 'A1' }],
  ['starts, ends, includes', { code: 'x' }],
  ['multiple of', { step: 7 }],
  ['int below minimum', { count: 0 }],
  ['fraction for int', { count: 1.5 }],
  ['unsafe int', { count: 2 ** 60 }],
  ['negative unsafe int', { small: -(2 ** 60) }],
  ['not positive', { small: 0 }],
  ['NaN', { share: Number.NaN }],
  ['Infinity', { share: Number.POSITIVE_INFINITY }],
  ['above maximum', { share: 2 }],
  ['below minimum', { share: -1 }],
  ['string for boolean', { flag: 'yes' }],
  ['enum', { level: 'warn' }],
  ['literal', { kind: 'substitution' }],
  ['empty array', { list: [] }],
  ['bad element', { list: ['a', 1, null] }],
  ['record key and value', { swap: { a: 'x', bc: 3 } }],
  ['array for record', { swap: [] }],
  ['tuple too long', { pair: ['on', 1, 2] }],
  ['tuple too short', { pair: [] }],
  ['tuple element', { pair: ['warn'] }],
  ['url', { link: 'not a url' }],
  ['union of date, number, string', { at: {} }],
  ['invalid date', { at: new Date(Number.NaN) }],
  ['discriminator', { rule: { extends: 'c' } }],
  ['discriminated option', { rule: { extends: 'a', max: 'x' } }],
  ['undefined for required', { rule: { extends: 'b' } }],
];

describe('issueMessage', () => {
  it.each(cases)('says what zod English locale says: %s', (_, input) => {
    const { ours, zods } = messages(everything, input);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(zods);
  });

  it('says what the English locale says for any input (property)', () => {
    const value = fc.oneof(fc.anything(), fc.date(), fc.double(), fc.constant(new Ticket()));
    const input = fc.dictionary(fc.constantFrom(...Object.keys(everything.def.shape), 'zzz'), value, { maxKeys: 6 });
    fc.assert(
      fc.property(fc.oneof(input, value), (x) => {
        const { ours, zods } = messages(everything, x);
        expect(ours).toEqual(zods);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a message the schema sets itself', () => {
    const schema = z.string().check(z.refine((s) => s.length > 3, 'at least four letters'));
    expect(messages(schema, 'abc').ours).toEqual(['at least four letters']);
  });
});

describe('parseSchema', () => {
  it('throws a RapportError with the code, rule id, every issue path and the first path in the message', () => {
    try {
      parseSchema(everything, { count: 0, list: [] }, 'INVALID_RULE_OPTIONS', 'options of rule "x"', 'x');
      expect.unreachable();
    } catch (error) {
      if (!isRapportError(error)) throw error;
      expect([error.code, error.ruleId, error.issues.map((i) => i.path)]).toEqual(['INVALID_RULE_OPTIONS', 'x', [['count'], ['list']]]);
      expect(error.message).toBe('Invalid options of rule "x" at count: Too small: expected number to be >=1');
    }
  });

  it('returns the parsed value with defaults applied', () => {
    expect(parseSchema(z.object({ max: z._default(z.int(), 3) }), {}, 'INVALID_INPUT', 'x')).toEqual({ max: 3 });
  });
});
