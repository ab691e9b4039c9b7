import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { isRapportError } from '../errors.js';
import { defineRule, type NoRuleOptions } from './define-rule.js';
import type { SchemaOutput } from './engine/parse-schema.js';

describe('defineRule', () => {
  it('types report() by the declared message ids and options by the schema output', () => {
    const rule = defineRule({
      id: 'typed',
      meta: {
        description: 'Typed.',
        category: 'tone',
        messages: { first: 'First {{x}}', second: 'Second' },
        options: z.object({ limit: z.number().default(3) }),
      },
      check(ctx) {
        expectTypeOf(ctx.options.limit).toEqualTypeOf<number>();
        ctx.report({ messageId: 'first', range: [0, 0], data: { x: 1 } });
        // @ts-expect-error 'third' is not a declared message id
        ctx.report({ messageId: 'third', range: [0, 0] });
      },
    });
    expectTypeOf(rule.meta.messages).toEqualTypeOf<Readonly<Record<'first' | 'second', string>>>();
    expect(Object.isFrozen(rule)).toBe(true);
  });

  it('gives a rule without options an empty options object', () => {
    const rule = defineRule({
      id: 'no-options',
      meta: { description: 'None.', category: 'tone', messages: { m: 'm' } },
      check(ctx) {
        expectTypeOf(ctx.options).toEqualTypeOf<SchemaOutput<NoRuleOptions>>();
        ctx.report({ messageId: 'm', range: [0, 0] });
      },
    });
    expect(rule.meta.options).toBeUndefined();
  });

  it.each([
    [{ id: 'Bad_Id' }, ['id']],
    [{ meta: { description: '', category: 'tone', messages: { m: 'm' } } }, ['meta', 'description']],
    [{ meta: { description: 'd', category: 'mood', messages: { m: 'm' } } }, ['meta', 'category']],
    [{ meta: { description: 'd', category: 'tone', messages: {} } }, ['meta', 'messages']],
    [{ meta: { description: 'd', category: 'tone', messages: { m: 'm' }, roles: ['bot'] } }, ['meta', 'roles', 0]],
    [{ meta: { description: 'd', category: 'tone', messages: { m: 'm' }, presets: ['all'] } }, ['meta', 'presets', 0]],
    [{ check: 'nope' }, ['check']],
  ])('rejects a malformed definition with INVALID_RULE and the path (%j)', (patch, path) => {
    const base = { id: 'ok', meta: { description: 'd', category: 'tone', messages: { m: 'm' } }, check() {} };
    try {
      defineRule({ ...base, ...patch } as never);
      expect.unreachable();
    } catch (error) {
      expect(isRapportError(error) && error.code).toBe('INVALID_RULE');
      expect(isRapportError(error) && error.issues[0]?.path).toEqual(path);
    }
  });
});
