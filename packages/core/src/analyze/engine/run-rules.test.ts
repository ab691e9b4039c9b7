import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../define-rule.js';
import { reportInsert } from '../rules/internal/report-phrase.js';
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

describe('runRules finding order', () => {
  it('lists findings by start, end, then rule id, keeping report order among equals (any number of findings)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3 })), { maxLength: 40 }), (reports) => {
        const rules = ['a', 'b'].map((id, r) =>
          compileRule(
            id,
            defineRule({
              id,
              meta: { description: 'Reports what it is told.', category: 'clarity', messages: { m: '{{n}}' } },
              check(ctx) {
                reports.forEach(([rule, start, length], n) => {
                  if (rule % 2 === r) ctx.report({ messageId: 'm', range: [start, start + length], data: { n } });
                });
              },
            }),
            'info',
            {},
          ),
        );
        const found = runRules(rules, { ...input, text: 'x'.repeat(20) }, defaultSignalProviders).findings;
        const expected = [...found].sort((x, y) => x.range[0] - y.range[0] || x.range[1] - y.range[1] || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
        expect(found).toEqual(expected);
        // Stable: among equal keys, rule a's findings in report order, then rule b's.
        const reported = [...found].sort((x, y) => x.range[0] - y.range[0] || x.range[1] - y.range[1] || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0) || Number(x.message) - Number(y.message));
        expect(found.map((f) => f.message)).toEqual(reported.map((f) => f.message));
      }),
      { numRuns: 300 },
    );
  });
});

describe('reportInsert (the engine builds its finding directly)', () => {
  // The same finding, diagnostics and scorecard as `ctx.report` given the descriptor reportInsert
  // stands for, including for undeclared message ids and invalid offsets (RULE_FAILED).
  const ruleOf = (direct: boolean, messageId: string, desc: string, at: number, text: string, range: [number, number] | undefined, url: string | undefined) =>
    compileRule(
      'inserts',
      defineRule({
        id: 'inserts',
        meta: { description: 'Suggests an insertion.', category: 'greeting', messages: { missing: 'Add a greeting', insertIt: 'Insert “{{phrase}}”' }, ...(url === undefined ? {} : { url }) },
        check(ctx) {
          if (direct) reportInsert(ctx, messageId as 'missing', desc as 'insertIt', at, text, range);
          else ctx.report({ messageId: messageId as 'missing', range: range ?? [at, at], suggestions: [{ desc: desc as 'insertIt', edits: [{ range: [at, at], text }] }] });
        },
      }),
      'info',
      {},
    );

  it('matches ctx.report with the equivalent descriptor', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('missing', 'insertIt', 'undeclared'),
        fc.constantFrom('missing', 'insertIt', 'Insert a greeting'),
        fc.integer({ min: -2, max: 14 }),
        fc.string({ maxLength: 6 }),
        fc.option(fc.tuple(fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 14 })), { nil: undefined }),
        fc.option(fc.constant('https://example.com/rules/inserts'), { nil: undefined }),
        (messageId, desc, at, text, range, url) => {
          const run = (direct: boolean) => runRules([ruleOf(direct, messageId, desc, at, text, range, url)], input, defaultSignalProviders);
          const [direct, described] = [run(true), run(false)];
          expect(JSON.stringify([direct.findings, direct.diagnostics, direct.scorecard])).toBe(JSON.stringify([described.findings, described.diagnostics, described.scorecard]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
