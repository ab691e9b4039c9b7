import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from './analyze.js';
import { createAnalyzer } from './engine/create-analyzer.js';
import type { AnalyzeResult, AnalyzeSignals } from './types.js';

const signalKeys: readonly (keyof AnalyzeSignals)[] = ['readability', 'questions', 'commitments', 'sentiment', 'politeness', 'frustration', 'egoState'];

// The whole built-in pack: every rule of either preset.
const everything = { extends: ['recommended', 'strict'] };
const analyzer = createAnalyzer(everything);

const fragments = [
  "I'm sorry", 'sorry for any inconvenience', '!!!', '???', '...', 'ASAP', 'by 3 pm tomorrow', 'Hi Dana,', 'Thanks!',
  'https://example.com/a?b=(c)', 'user@example.com', '@agent', '#123', 'WHY IS THIS BROKEN', 'just', 'simply',
  'reboot', 'DNS', '\u0000', '\ud800', '\udc00', '😀', 'é', 'ü', '中文', 'العربية', '\n\n', '   ', '\t', '“', '’', '-', "'",
  '<div>', '</div>', 'e.g.', 'Dr.', '3.5', '15:30', 'tomorrow', 'Monday', 'I will', "we'll", 'you should', 'obviously',
];

const anyText = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((codes) => String.fromCharCode(...codes)),
  fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

function checkResult(text: string, result: AnalyzeResult): void {
  expect(result.diagnostics).toEqual([]);
  for (const f of result.findings) {
    expect(f.range[0]).toBeGreaterThanOrEqual(0);
    expect(f.range[1]).toBeGreaterThanOrEqual(f.range[0]);
    expect(f.range[1]).toBeLessThanOrEqual(text.length);
    expect(f.actual).toBe(text.slice(f.range[0], f.range[1]));
    for (const s of f.suggestions) for (const e of s.edits) expect(e.range[1]).toBeLessThanOrEqual(text.length);
  }
  for (const { score } of Object.values(result.scorecard)) {
    if (score !== null) expect(score >= 0 && score <= 1).toBe(true);
  }
  // Reading every signal must not throw either, and the result must serialize.
  expect(() => JSON.stringify(result)).not.toThrow();
}

describe('analyze on any input', () => {
  it('never throws, and returns valid ranges, scores and signals', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.constantFrom('agent' as const, 'customer' as const),
        fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 }), { nil: undefined }),
        (text, context, role, now) => {
          const result = analyzer.analyze(text, {
            role,
            context,
            ...(now === undefined ? {} : { now, timeZone: 'America/New_York' }),
          });
          checkResult(text, result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('analyzes a 1 MB string, empty strings and lone surrogates', () => {
    const big = 'Hi Sam! I am so sorry, the VPN (https://vpn.example.com) is DOWN!!! Just reboot it ASAP. '.repeat(12_000).slice(0, 1_048_576);
    for (const text of [big, '', '\ud800', '\u0000\u0000', 'a\udc00b', ' '.repeat(1_000_000)]) {
      checkResult(text, analyze(text, { config: everything, context: text.slice(0, 5_000) }));
    }
  });
});

describe('analyze stays linear on adversarial input', () => {
  const shapes: Record<string, (n: number) => string> = {
    'spaces': (n) => `a${' '.repeat(n)}b`,
    'repeated apology': (n) => "I'm sorry ".repeat(Math.ceil(n / 10)),
    'repeated phrase prefix': (n) => 'sorry for any '.repeat(Math.ceil(n / 14)),
    'one long word': (n) => 'a'.repeat(n),
    'punctuation run': (n) => '!?'.repeat(n / 2),
    'dots': (n) => '.'.repeat(n),
    'url-like': (n) => `http://${'a('.repeat(n / 2)}`,
    'mentions': (n) => '@'.repeat(n),
    'nested html': (n) => '<div>'.repeat(n / 5),
    'caps': (n) => 'NO '.repeat(n / 3),
    'digits and dots': (n) => '1.'.repeat(n / 2),
    'apostrophes': (n) => "a'".repeat(n / 2),
  };
  const time = (text: string) => {
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      const result = analyzer.analyze(text, { context: text.slice(0, 2_000), now: 1_741_000_000_000, timeZone: 'Europe/Berlin' });
      // Every signal computed too (reading it is enough; serializing would time JSON, not us).
      for (const key of signalKeys) void result.signals[key];
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}: 10x the input takes well under 100x the time`, () => {
      time(make(2_000));
      const small = time(make(20_000));
      const large = time(make(200_000));
      // Linear gives ~10x; quadratic would give ~100x. Generous slack: garbage collection of a
      // 200,000-character analysis (tens of thousands of tokens) is noisy on a shared machine.
      expect(large / Math.max(small, 1)).toBeLessThan(50);
    });
  }
});
