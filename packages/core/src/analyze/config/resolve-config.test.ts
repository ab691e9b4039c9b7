import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { thrown } from '../../internal/thrown.js';
import type { StandardSchema, StandardSchemaResult } from '../engine/parse-schema.js';
import { definePlugin } from '../define-plugin.js';
import { defineRule } from '../define-rule.js';
import { builtinRules } from '../rules/index.js';
import { resolveConfig } from './resolve-config.js';

describe('resolveConfig', () => {
  it('builds the built-in presets from each rule meta.presets, recommended by default', () => {
    const ids = (config?: Parameters<typeof resolveConfig>[0]) => resolveConfig(config).rules.map((r) => r.ruleId);
    const inRecommended = builtinRules.filter((r) => r.meta.presets?.includes('recommended')).map((r) => r.id);
    const inStrict = builtinRules.filter((r) => r.meta.presets?.includes('strict')).map((r) => r.id);
    expect(ids()).toEqual(inRecommended);
    expect(ids({ extends: ['strict'] })).toEqual(inStrict);
    expect(ids({ extends: ['recommended', 'strict'] }).length).toBe(new Set([...inRecommended, ...inStrict]).size);
    expect(ids({})).toEqual([]);
    expect(resolveConfig()).toBe(resolveConfig());
  });

  it('applies the default severity of a preset, and rule settings after presets', () => {
    const first = builtinRules.find((r) => r.meta.presets?.includes('recommended'));
    expect(first).toBeDefined();
    const id = first!.id;
    const preset = resolveConfig({ extends: ['recommended'] }).rules.find((r) => r.ruleId === id);
    expect(preset?.severity).toBe(first!.meta.defaultSeverity ?? 'warning');
    const overridden = resolveConfig({ extends: ['recommended'], rules: { [id]: 'error' } }).rules.find((r) => r.ruleId === id);
    expect(overridden?.severity).toBe('error');
    expect(resolveConfig({ extends: ['recommended'], rules: { [id]: 'off' } }).rules.some((r) => r.ruleId === id)).toBe(false);
  });

  it('keeps earlier options when a later setting gives only a severity, and parses defaults', () => {
    const limit = defineRule({
      id: 'limit',
      meta: { description: 'Limit.', category: 'clarity', messages: { m: 'm' }, options: z.object({ max: z.number().default(3), unit: z.string().default('words') }) },
      check() {},
    });
    const p = definePlugin({ namespace: 'p', rules: [limit], presets: { tight: { rules: { limit: ['warning', { max: 1 }] } } } });
    const optionsOf = (config: Parameters<typeof resolveConfig>[0]) => resolveConfig(config).rules[0]?.options;
    expect(optionsOf({ plugins: [p], rules: { 'p/limit': 'info' } })).toEqual({ max: 3, unit: 'words' });
    expect(optionsOf({ plugins: [p], extends: ['plugin:p/tight'], rules: { 'p/limit': 'error' } })).toEqual({ max: 1, unit: 'words' });
    expect(optionsOf({ plugins: [p], extends: ['plugin:p/tight'], rules: { 'p/limit': ['error', { unit: 'lines' }] } })).toEqual({ max: 3, unit: 'lines' });
  });

  // A Standard Schema written by hand, as Valibot or ArkType would give one: `{ max }` with a
  // default of 3; a bad `max` is reported at a path segment written as `{ key }`.
  const handMade = (asyncToo = false): StandardSchema<{ max?: number }, { max: number }> => ({
    '~standard': {
      version: 1,
      vendor: 'hand-made',
      validate(value): StandardSchemaResult<{ max: number }> | Promise<StandardSchemaResult<{ max: number }>> {
        const max = (value as { max?: unknown }).max ?? 3;
        const result: StandardSchemaResult<{ max: number }> =
          typeof max === 'number' ? { value: { max } } : { issues: [{ message: 'max must be a number', path: [{ key: 'max' }] }] };
        return asyncToo ? Promise.resolve(result) : result;
      },
    },
  });
  const pluginWith = (options: StandardSchema) =>
    definePlugin({ namespace: 'h', rules: [defineRule({ id: 'cap', meta: { description: 'Cap.', category: 'clarity', messages: { m: 'm' }, options }, check() {} })] });

  it('parses options with any synchronous Standard Schema, not only zod', () => {
    const plugin = pluginWith(handMade());
    expect(resolveConfig({ plugins: [plugin], rules: { 'h/cap': 'info' } }).rules[0]?.options).toEqual({ max: 3 });
    expect(resolveConfig({ plugins: [plugin], rules: { 'h/cap': ['info', { max: 9 }] } }).rules[0]?.options).toEqual({ max: 9 });
    const bad = thrown(() => resolveConfig({ plugins: [plugin], rules: { 'h/cap': ['info', { max: 'nine' }] } }));
    expect(bad.code).toBe('INVALID_RULE_OPTIONS');
    expect(bad.ruleId).toBe('h/cap');
    expect(bad.issues).toEqual([{ code: 'custom', path: ['max'], message: 'max must be a number' }]);
    expect(bad.message).toBe('Invalid options of rule "h/cap" at max: max must be a number');
  });

  it('rejects an asynchronous schema with a RapportError rather than a pending promise', () => {
    const error = thrown(() => resolveConfig({ plugins: [pluginWith(handMade(true))], rules: { 'h/cap': 'info' } }));
    expect(error.code).toBe('INVALID_RULE_OPTIONS');
    expect(error.message).toMatch(/synchronous/);
  });

  it("gives a zod/mini schema's issues zod's English words without zod's locale", () => {
    const plugin = pluginWith(zm.object({ max: zm._default(zm.number(), 3) }));
    const error = thrown(() => resolveConfig({ plugins: [plugin], rules: { 'h/cap': ['info', { max: 'nine' }] } }));
    expect(error.issues).toEqual([{ code: 'invalid_type', path: ['max'], message: 'Invalid input: expected number, received string' }]);
  });

  it('rejects an options value that is not a schema when the rule is defined', () => {
    const error = thrown(() => defineRule({ id: 'x', meta: { description: 'X.', category: 'clarity', messages: { m: 'm' }, options: {} as StandardSchema }, check() {} }));
    expect(error.code).toBe('INVALID_RULE');
    expect(error.issues[0]?.path).toEqual(['meta', 'options']);
  });
});
