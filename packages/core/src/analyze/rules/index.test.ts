import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPackAnalyzer } from './internal/pack-analyzer.js';

const pack = createPackAnalyzer();

/** Text made of the words the rules look for, so the property runs reach their code paths. */
const ruleWords = fc
  .array(
    fc.constantFrom(
      'just', 'simply', 'click', 'you', 'should', 'have', 'sorry', 'for', 'any', 'inconvenience', 'DNS', 'IP', 'address',
      'I', "I'll", 'update', 'by', '3', 'pm', 'tomorrow', 'within', '2', 'business', 'hours', 'shortly', 'because', 'deleted',
      'NOT', 'PLEASE', 'READ', '!!', '??', '"', '`', '>', '\n', '\n\n', ',', '.', '?', 'Hi', 'Sam', 'let', 'me', 'know', 'what',
      'happens', 'when', 'useless', 'guys', 'are', 'ridiculous', '😡', 'escalated', 'team', 'utilize', 'prior', 'to', 'obviously',
      'as', 'said', 'sweetie', 'calm', 'down', 'https://example.com/a?b', 'a@b.co', '@mention', 'end', 'of', 'day',
    ),
    { maxLength: 60 },
  )
  .map((words) => words.join(' '));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((codes) => String.fromCharCode(...codes)),
  ruleWords,
);

function checkResult(text: string, findings: ReturnType<typeof pack.analyze>['findings']): void {
  for (const f of findings) {
    expect(f.range[0]).toBeGreaterThanOrEqual(0);
    expect(f.range[1]).toBeLessThanOrEqual(text.length);
    expect(f.range[0]).toBeLessThanOrEqual(f.range[1]);
    expect(f.message).not.toMatch(/\{\{/);
    for (const s of f.suggestions) {
      let last = 0;
      for (const e of s.edits) {
        expect(e.range[0]).toBeGreaterThanOrEqual(last);
        expect(e.range[1]).toBeLessThanOrEqual(text.length);
        last = e.range[1];
      }
    }
  }
}

describe('the whole pack on any input', () => {
  it('never fails a rule and reports only valid ranges and edits, as agent and customer, with and without context', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.constantFrom('agent', 'customer'), fc.constantFrom(undefined, 'chat', 'email'), (text, context, role, channel) => {
        for (const ctx of [undefined, context]) {
          const r = pack.analyze(text, { role, ...(ctx === undefined ? {} : { context: ctx }), ...(channel === undefined ? {} : { channel }) });
          expect(r.diagnostics).toEqual([]);
          checkResult(text, r.findings);
          for (const c of Object.values(r.scorecard)) if (c.score !== null) expect(c.score >= 0 && c.score <= 1).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 1 MB message, lone surrogates, NUL bytes and deeply nested HTML', () => {
    const huge = 'Please just click Save. We apologize for any inconvenience!! '.repeat(17_000);
    const nested = `${'<div>'.repeat(20_000)}You should have read it${'</div>'.repeat(20_000)}`;
    for (const text of [huge, nested, '\ud800\udc00\ud800 just \udfff click', 'a\u0000b just\u0000click', '']) {
      const r = pack.analyze(text, { role: 'agent', context: text.slice(0, 5000) });
      expect(r.diagnostics).toEqual([]);
      checkResult(text, r.findings);
    }
  });
});
