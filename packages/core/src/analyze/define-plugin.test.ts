import { describe, expect, it } from 'vitest';
import { isRapportError } from '../errors.js';
import { analyze } from './analyze.js';
import { definePlugin } from './define-plugin.js';
import { defineRule } from './define-rule.js';

const word = (id: string, target: string, presets?: ('recommended' | 'strict')[]) =>
  defineRule({
    id,
    meta: {
      description: `Flags "${target}".`,
      category: 'clarity',
      messages: { found: `Found ${target}.` },
      ...(presets === undefined ? {} : { presets }),
      defaultSeverity: 'info',
    },
    check(ctx) {
      for (const t of ctx.view.tokens) if (t.lower === target) ctx.report({ messageId: 'found', range: [t.start, t.end] });
    },
  });

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (isRapportError(error)) return [error.code, error.issues[0]?.path, error.ruleId];
  }
  return undefined;
};

describe('definePlugin', () => {
  const acme = definePlugin({
    namespace: 'acme',
    rules: [word('no-foo', 'foo', ['recommended', 'strict']), word('no-bar', 'bar', ['strict']), word('no-baz', 'baz')],
    presets: { team: { rules: { 'no-baz': 'error', 'acme/no-foo': ['warning'] } } },
  });

  it('namespaces rule ids and builds recommended/strict from meta.presets', () => {
    expect(Object.keys(acme.rules)).toEqual(['acme/no-foo', 'acme/no-bar', 'acme/no-baz']);
    expect(acme.presets.recommended?.rules).toEqual({ 'acme/no-foo': 'info' });
    expect(acme.presets.strict?.rules).toEqual({ 'acme/no-foo': 'info', 'acme/no-bar': 'info' });
    expect(acme.presets.team?.rules).toEqual({ 'acme/no-baz': 'error', 'acme/no-foo': ['warning'] });
  });

  it('enables its presets through extends, in order, with rules applied last', () => {
    const text = 'foo bar baz';
    const ids = (extend: string[], rules = {}) => analyze(text, { config: { plugins: [acme], extends: extend, rules } }).findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids(['plugin:acme/recommended'])).toEqual(['acme/no-foo:info']);
    expect(ids(['plugin:acme/strict'])).toEqual(['acme/no-foo:info', 'acme/no-bar:info']);
    expect(ids(['plugin:acme/strict', 'plugin:acme/team'])).toEqual(['acme/no-foo:warning', 'acme/no-bar:info', 'acme/no-baz:error']);
    expect(ids(['plugin:acme/strict'], { 'acme/no-bar': 'off' })).toEqual(['acme/no-foo:info']);
  });

  it('rejects a bad namespace, duplicate ids, non-rules and bad presets with INVALID_PLUGIN', () => {
    expect(errorOf(() => definePlugin({ namespace: 'Acme', rules: [] }))).toEqual(['INVALID_PLUGIN', ['namespace'], undefined]);
    expect(errorOf(() => definePlugin({ namespace: 'a', rules: [word('x', 'x'), word('x', 'y')] }))).toEqual(['INVALID_PLUGIN', ['rules', 1], 'a/x']);
    expect(errorOf(() => definePlugin({ namespace: 'a', rules: [{ id: 'x' } as never] }))).toEqual(['INVALID_PLUGIN', ['rules', 0], undefined]);
    expect(errorOf(() => definePlugin({ namespace: 'a', rules: [word('x', 'x')], presets: { p: { rules: { y: 'error' } } } }))).toEqual(['INVALID_PLUGIN', ['presets', 'p', 'rules', 'y'], 'a/y']);
    expect(errorOf(() => definePlugin({ namespace: 'a', rules: [word('x', 'x')], presets: { p: { rules: { x: 'warn' as never } } } }))).toEqual(['INVALID_PLUGIN', ['presets', 'p', 'rules', 'x'], 'a/x']);
  });

  it('rejects two plugins with one namespace in a config', () => {
    const twin = definePlugin({ namespace: 'acme', rules: [] });
    expect(errorOf(() => analyze('x', { config: { plugins: [acme, twin] } }))).toEqual(['INVALID_CONFIG', ['plugins', 1, 'namespace'], undefined]);
  });
});
