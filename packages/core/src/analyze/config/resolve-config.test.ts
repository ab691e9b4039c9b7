import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
});
