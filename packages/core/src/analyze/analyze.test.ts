import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isRapportError, type RapportError } from '../errors.js';
import { analyze } from './analyze.js';
import { definePlugin } from './define-plugin.js';
import { defineRule } from './define-rule.js';
import { applyEdits } from './engine/apply-edits.js';
import { createAnalyzer } from './engine/create-analyzer.js';

// Real rules, written the way a rule author would, to exercise the engine end to end.
const plainWords = defineRule({
  id: 'plain-words',
  meta: {
    description: 'Plain words instead of stiff ones.',
    category: 'clarity',
    messages: { stiff: 'Use `{{plain}}` instead of `{{word}}`.', replace: 'Replace with `{{plain}}`' },
    options: z.object({ swaps: z.record(z.string(), z.string()).default({ utilize: 'use', commence: 'start' }) }),
    defaultSeverity: 'warning',
  },
  check(ctx) {
    for (const t of ctx.view.tokens) {
      const plain = ctx.options.swaps[t.lower];
      if (plain === undefined) continue;
      ctx.report({
        messageId: 'stiff',
        range: [t.start, t.end],
        data: { word: t.text, plain },
        expected: [plain],
        suggestions: [{ desc: 'replace', edits: [{ range: [t.start, t.end], text: plain }] }],
      });
    }
  },
});

const greets = defineRule({
  id: 'greets',
  meta: {
    description: 'Open with a greeting.',
    category: 'greeting',
    messages: { missing: 'Start with a greeting.' },
    roles: ['agent'],
  },
  check(ctx) {
    const first = ctx.view.tokens[0];
    const ok = first !== undefined && (first.lower === 'hi' || first.lower === 'hello');
    ctx.assess(ok ? 1 : 0);
    if (!ok && first !== undefined) ctx.report({ messageId: 'missing', range: [first.start, first.end] });
  },
});

const echoesContext = defineRule({
  id: 'echoes-context',
  meta: {
    description: 'Mention a word from the customer message.',
    category: 'listening',
    messages: { none: 'Nothing from the customer message is picked up.' },
    needsContext: true,
  },
  check(ctx) {
    const theirs = new Set(ctx.context?.tokens.filter((t) => t.kind === 'word' && t.text.length > 3).map((t) => t.lower));
    const hit = ctx.view.tokens.some((t) => theirs.has(t.lower));
    if (!hit) ctx.report({ messageId: 'none', range: [0, 0] });
  },
});

const throws = defineRule({
  id: 'throws',
  meta: { description: 'Always throws.', category: 'tone', messages: { never: 'never' } },
  check(ctx) {
    ctx.report({ messageId: 'never', range: [0, 0] });
    throw new Error('boom');
  },
});

const house = definePlugin({ namespace: 'house', rules: [plainWords, greets, echoesContext, throws] });
const config = { plugins: [house], rules: { 'house/plain-words': 'warning', 'house/greets': 'error', 'house/echoes-context': 'info' } } as const;

describe('analyze', () => {
  it('reports findings with rendered messages, ranges, actual text and suggestion edits', () => {
    const text = 'Hi Ana, we will utilize the new VPN profile.';
    const { findings } = analyze(text, { config });
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f).toMatchObject({
      ruleId: 'house/plain-words',
      messageId: 'stiff',
      message: 'Use `use` instead of `utilize`.',
      severity: 'warning',
      category: 'clarity',
      range: [16, 23],
      actual: 'utilize',
      expected: ['use'],
    });
    expect(f.suggestions[0]?.desc).toBe('Replace with `use`');
    expect(applyEdits(text, f.suggestions[0]!.edits)).toBe('Hi Ana, we will use the new VPN profile.');
  });

  it('applies rule options with defaults and per-config overrides', () => {
    const custom = { plugins: [house], rules: { 'house/plain-words': ['error', { swaps: { leverage: 'use' } }] } } as const;
    const { findings } = analyze('We leverage and utilize.', { config: custom });
    expect(findings.map((f) => [f.actual, f.severity])).toEqual([['leverage', 'error']]);
  });

  it('scores categories: assessments and findings lower the score, null when no rule applies', () => {
    const good = analyze('Hello Ana, the VPN works again.', { config });
    expect(good.scorecard.greeting.score).toBe(1);
    expect(good.scorecard.clarity.score).toBe(1);
    expect(good.scorecard.listening.score).toBeNull(); // needs context, none given
    expect(good.scorecard.empathy.score).toBeNull(); // no empathy rule enabled

    const bad = analyze('We will utilize and commence.', { config });
    expect(bad.scorecard.greeting.score).toBe(0);
    expect(bad.scorecard.clarity.score).toBeCloseTo(0.75 * 0.75);
    expect(bad.scorecard.clarity.evidence.map((f) => f.actual)).toEqual(['utilize', 'commence']);
  });

  it('filters rules by role and runs context rules only with a context', () => {
    const customer = analyze('the vpn is down', { config, role: 'customer' });
    expect(customer.scorecard.greeting.score).toBeNull();
    expect(customer.findings).toEqual([]);
    const withContext = analyze('Hi, the printer queue is cleared.', { config, context: 'My printer jams every morning' });
    expect(withContext.scorecard.listening.score).toBe(1);
    const missed = analyze('Hi, done.', { config, context: 'My printer jams every morning' });
    expect(missed.findings.map((f) => f.ruleId)).toEqual(['house/echoes-context']);
  });

  it('drops the result of a rule that throws and reports a RULE_FAILED diagnostic', () => {
    const result = analyze('Hi there.', { config: { plugins: [house], rules: { 'house/throws': 'error', 'house/greets': 'warning' } } });
    expect(result.findings).toEqual([]);
    expect(result.diagnostics).toEqual([{ code: 'RULE_FAILED', ruleId: 'house/throws', message: 'Rule "house/throws" failed: boom' }]);
    expect(result.scorecard.tone.score).toBeNull();
    expect(result.scorecard.greeting.score).toBe(1);
  });

  it('treats an invalid report (range out of bounds, undeclared id) as a rule failure', () => {
    const sloppy = defineRule({
      id: 'sloppy',
      meta: { description: 'Reports past the end.', category: 'tone', messages: { x: 'x' } },
      check(ctx) {
        ctx.report({ messageId: 'x', range: [0, ctx.text.length + 1] });
      },
    });
    const result = analyze('abc', { config: { plugins: [definePlugin({ namespace: 't', rules: [sloppy] })], rules: { 't/sloppy': 'warning' } } });
    expect(result.findings).toEqual([]);
    expect(result.diagnostics[0]?.message).toContain('invalid range [0, 4]');
  });

  it('throws coded errors for bad configuration', () => {
    const codeOf = (fn: () => unknown): RapportError => {
      try {
        fn();
      } catch (error) {
        if (isRapportError(error)) return error;
      }
      throw new Error('expected a RapportError');
    };
    const unknown = codeOf(() => analyze('x', { config: { rules: { 'house/nope': 'error' } } }));
    expect([unknown.code, unknown.ruleId]).toEqual(['UNKNOWN_RULE', 'house/nope']);
    const badOptions = codeOf(() => analyze('x', { config: { plugins: [house], rules: { 'house/plain-words': ['warning', { swaps: { a: 1 } }] } } }));
    expect([badOptions.code, badOptions.ruleId, badOptions.issues[0]?.path]).toEqual(['INVALID_RULE_OPTIONS', 'house/plain-words', ['swaps', 'a']]);
    const badSeverity = codeOf(() => analyze('x', { config: { plugins: [house], rules: { 'house/greets': 'warn' as never } } }));
    expect([badSeverity.code, badSeverity.issues[0]?.path]).toEqual(['INVALID_CONFIG', ['rules', 'house/greets']]);
    const badPreset = codeOf(() => analyze('x', { config: { extends: ['plugin:house/nope'], plugins: [house] } }));
    expect([badPreset.code, badPreset.issues[0]?.path]).toEqual(['INVALID_CONFIG', ['extends', 0]]);
  });

  it('exposes every signal lazily, once per analysis, as plain serializable data', () => {
    const result = analyze('Hi Ana, could you restart the laptop? I will call you by 3 pm tomorrow.', {
      config,
      now: '2025-03-13T09:00:00Z',
      timeZone: 'Europe/Berlin',
    });
    const { signals } = result;
    const all = ['commitments', 'egoState', 'frustration', 'politeness', 'questions', 'readability', 'sentiment'];
    expect(Object.keys(signals)).toEqual([]); // nothing computed until read
    expect(Object.keys(JSON.parse(JSON.stringify(result)).signals).sort()).toEqual(all);
    expect(signals.questions).toBe(signals.questions);
    expect(signals.questions.map((q) => q.kind)).toEqual(['closed']);
    expect(signals.commitments[0]?.due).toBe('2025-03-14T14:00:00.000Z');
    expect(signals.readability.sentences).toBe(2);
    expect(signals.sentiment.score).toBeGreaterThanOrEqual(-1);
    // Once read, a signal is an own data property, so spreads and structuredClone carry it.
    expect(Object.keys(signals).sort()).toEqual(all);
    const copy = structuredClone(result);
    expect(copy.signals.politeness.score).toBe(signals.politeness.score);
    expect(JSON.parse(JSON.stringify(result)).signals.commitments[0].phrase).toBe(signals.commitments[0]?.phrase);
  });

  it('rejects malformed per-message options, never the text', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        if (isRapportError(error)) return [error.code, error.issues[0]?.path];
      }
      return undefined;
    };
    expect(codeOf(() => analyze('x', { config, role: 'bot' as never }))).toEqual(['INVALID_INPUT', ['role']]);
    expect(codeOf(() => analyze('x', { config, channel: 'fax' as never }))).toEqual(['INVALID_INPUT', ['channel']]);
    expect(codeOf(() => analyze('x', { config, now: 'yesterday' }))).toEqual(['INVALID_INPUT', ['now']]);
    expect(codeOf(() => analyze('x', { config, timeZone: 'Mars/Olympus' }))).toEqual(['UNKNOWN_TIME_ZONE', ['timeZone']]);
    expect(codeOf(() => analyze(42 as never, { config }))).toEqual(['INVALID_INPUT', ['text']]);
    expect(codeOf(() => analyze('\u0000\ud800', { config, channel: 'chat', now: 0, timeZone: 'UTC' }))).toBeUndefined();
  });

  it('compiles a config object once', () => {
    expect(createAnalyzer(config)).toBe(createAnalyzer(config));
    expect(createAnalyzer(config).config.rules.map((r) => r.ruleId)).toEqual(['house/plain-words', 'house/greets', 'house/echoes-context']);
  });
});
