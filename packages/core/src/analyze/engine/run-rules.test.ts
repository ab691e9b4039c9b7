import { describe, expect, it } from 'vitest';
import { defineRule } from '../define-rule.js';
import { compileRule } from './compiled-rule.js';
import { runRules, type RunInput } from './run-rules.js';
import { defaultSignalProviders } from './signal-providers.js';
import type { SignalProviders } from './lazy-signals.js';

const input: RunInput = { text: 'Hello there?', role: 'agent', channel: undefined, locale: 'en', context: undefined, now: undefined, timeZone: undefined };

describe('runRules signals', () => {
  const broken: SignalProviders = {
    ...defaultSignalProviders,
    questions: () => {
      throw new Error('no questions today');
    },
  };

  it('turns a throwing signal into undefined plus a SIGNAL_FAILED diagnostic, never an exception', () => {
    const result = runRules([], input, broken);
    expect(result.diagnostics).toEqual([]);
    expect(() => JSON.stringify(result)).not.toThrow();
    expect(result.signals.questions).toBeUndefined();
    expect(result.diagnostics).toEqual([{ code: 'SIGNAL_FAILED', signal: 'questions', message: 'Signal "questions" failed: no questions today' }]);
  });

  it('computes a signal once, shared by the rules and the caller', () => {
    let calls = 0;
    const counting: SignalProviders = { ...defaultSignalProviders, questions: (view, env, signals) => (calls++, defaultSignalProviders.questions(view, env, signals)) };
    const reader = defineRule({
      id: 'reads-questions',
      meta: { description: 'Reads the questions signal.', category: 'listening', messages: { q: '{{n}} question(s)' } },
      check(ctx) {
        ctx.report({ messageId: 'q', range: [0, 0], data: { n: ctx.signals.questions.length } });
        ctx.report({ messageId: 'q', range: [0, 0], data: { n: ctx.signals.questions.length } });
      },
    });
    const result = runRules([compileRule('reads-questions', reader, 'info', {})], input, counting);
    expect(result.findings.map((f) => f.message)).toEqual(['1 question(s)', '1 question(s)']);
    expect(result.signals.questions).toHaveLength(1);
    expect(calls).toBe(1);
  });

  it('does not compute signals nobody reads', () => {
    let calls = 0;
    const counting: SignalProviders = { ...defaultSignalProviders, sentiment: (view, env, signals) => (calls++, defaultSignalProviders.sentiment(view, env, signals)) };
    runRules([], input, counting);
    expect(calls).toBe(0);
  });
});
