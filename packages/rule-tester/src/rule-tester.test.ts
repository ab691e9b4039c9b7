import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRule } from '@rapport/core/analyze';
import { RuleTester, RuleTesterError, type RuleTestCases } from './rule-tester.js';

const noAsap = defineRule({
  id: 'no-asap',
  meta: {
    description: 'Give a time instead of "ASAP".',
    category: 'expectations',
    messages: { vague: '`{{word}}` promises no time; say when.', name: 'Say "{{time}}"' },
    options: z.object({ time: z.string().default('by 3 pm') }),
  },
  check(ctx) {
    for (const t of ctx.view.tokens) {
      if (t.lower !== 'asap') continue;
      ctx.report({
        messageId: 'vague',
        range: [t.start, t.end],
        data: { word: t.text, time: ctx.options.time },
        suggestions: [{ desc: 'name', edits: [{ range: [t.start, t.end], text: ctx.options.time }] }],
      });
    }
  },
});

/** Collects the cases a tester registers, runs them, and returns the failures by test name. */
function runCollecting(tester: (d: (n: string, b: () => void) => void, i: (n: string, b: () => void) => void) => RuleTester, cases: RuleTestCases) {
  const failures = new Map<string, string>();
  const passed: string[] = [];
  const path: string[] = [];
  const d = (name: string, body: () => void) => {
    path.push(name);
    body();
    path.pop();
  };
  const i = (name: string, body: () => void) => {
    const full = [...path, name].join(' > ');
    try {
      body();
      passed.push(full);
    } catch (error) {
      failures.set(full, error instanceof Error ? error.message : String(error));
    }
  };
  tester(d, i).run('no-asap', noAsap, cases);
  return { failures, passed };
}

const make = (d: (n: string, b: () => void) => void, i: (n: string, b: () => void) => void) => new RuleTester({ describe: d, it: i });

describe('RuleTester', () => {
  it('passes correct valid and invalid cases, including options, data and suggestion output', () => {
    const { failures, passed } = runCollecting(make, {
      valid: ['I will call you back by 3 pm.', { text: 'as soon as possible', role: 'customer' }],
      invalid: [
        {
          text: 'Fixing it ASAP.',
          errors: [
            {
              messageId: 'vague',
              range: [10, 14],
              data: { word: 'ASAP' },
              actual: 'ASAP',
              suggestions: [{ desc: 'Say "by 3 pm"', output: 'Fixing it by 3 pm.' }],
            },
          ],
        },
        { text: 'asap asap', options: { time: 'today' }, errors: [{ suggestions: [{ output: 'today asap' }] }, { range: [5, 9] }] },
      ],
    });
    expect([...failures]).toEqual([]);
    expect(passed).toHaveLength(6); // 2 valid, 2 invalid, 2 meta
  });

  it('fails a case whose message id, range, data, count or suggestion output is wrong', () => {
    const { failures } = runCollecting(make, {
      valid: ['ASAP please'],
      invalid: [
        { name: 'wrong id', text: 'ASAP', errors: [{ messageId: 'name' }] },
        { name: 'wrong range', text: 'do it ASAP', errors: [{ range: [5, 10] }] },
        { name: 'wrong data', text: 'ASAP', errors: [{ data: { word: 'asap' } }] },
        { name: 'wrong count', text: 'ASAP, ASAP', errors: 1 },
        { name: 'wrong output', text: 'ASAP', errors: [{ suggestions: [{ output: 'by 4 pm' }] }] },
        { name: 'bad options', text: 'ASAP', options: { time: 3 }, errors: 1 },
      ],
    });
    expect(failures.get('no-asap > valid > #0: ASAP please')).toMatch(/expected no findings, got 1/);
    expect(failures.get('no-asap > invalid > wrong id')).toMatch(/expected messageId "name", got "vague"/);
    expect(failures.get('no-asap > invalid > wrong range')).toMatch(/expected range \[5, 10\], got \[6, 10\]/);
    expect(failures.get('no-asap > invalid > wrong data')).toMatch(/with data/);
    expect(failures.get('no-asap > invalid > wrong count')).toMatch(/expected 1 finding\(s\), got 2/);
    expect(failures.get('no-asap > invalid > wrong output')).toMatch(/expected output/);
    expect(failures.get('no-asap > invalid > bad options')).toMatch(/INVALID_RULE_OPTIONS/);
  });

  it('fails the meta test when a declared message id is never used', () => {
    const { failures } = runCollecting(make, { valid: [], invalid: [{ text: 'no problem here, asap', errors: [{ messageId: 'vague' }] }] });
    // "name" is used as the suggestion description, so every id counts as used here...
    expect(failures.size).toBe(0);
    const noSuggestions = runCollecting(make, { valid: ['fine'], invalid: [] });
    expect(noSuggestions.failures.get('no-asap > meta > uses every declared message id in an invalid case')).toMatch(/vague, name/);
  });

  it('fails the docs meta test when the page is missing', () => {
    const { failures } = runCollecting(
      (d, i) => new RuleTester({ describe: d, it: i, docsDir: '/nonexistent/docs/rules' }),
      { valid: [], invalid: [{ text: 'ASAP', errors: 1 }] },
    );
    expect(failures.get('no-asap > meta > has a documentation page')).toMatch(/missing documentation page/);
  });

  it('fails when a rule leaves a placeholder unfilled or throws', () => {
    const leaky = defineRule({
      id: 'leaky',
      meta: { description: 'Forgets data.', category: 'tone', messages: { m: 'Say {{what}}.' } },
      check(ctx) {
        if (ctx.text.includes('boom')) throw new Error('kaboom');
        ctx.report({ messageId: 'm', range: [0, 1] });
      },
    });
    const tester = new RuleTester({
      describe: (_n, b) => b(),
      it: (_n, b) => {
        void b();
      },
    });
    expect(() => tester.run('leaky', leaky, { valid: [], invalid: [{ text: 'x', errors: 1 }] })).toThrow(/unfilled placeholder \{\{what\}\}/);
    expect(() => tester.run('leaky', leaky, { valid: ['boom'], invalid: [] })).toThrow(RuleTesterError);
  });
});
