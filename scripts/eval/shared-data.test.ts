import { describe, expect, it } from 'vitest';
import { loadPoliteness, loadQuestions, loadSentiment, sharedEvalAvailable, splitCsvLine } from './shared-data.js';
import { loadEgoStates } from './ego-state-data.js';

describe('splitCsvLine', () => {
  it('handles quoted fields with commas and doubled quotes', () => {
    expect(splitCsvLine('a,"b, c","say ""hi""",')).toEqual(['a', 'b, c', 'say "hi"', '']);
  });
  it('rejects an unterminated quote instead of guessing', () => {
    expect(() => splitCsvLine('a,"b')).toThrow(/unterminated/);
  });
});

describe('the team-labeled ego-state set', () => {
  const rows = loadEgoStates();
  it('has at least 150 labeled messages, with a holdout and a fresh part', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => r.split === 'holdout').length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.split === 'fresh').length).toBeGreaterThanOrEqual(40);
  });
  it('has unique ids and covers all five states in every part', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const split of ['holdout', 'dev', 'fresh'] as const) {
      expect(new Set(rows.filter((r) => r.split === split).map((r) => r.label)).size).toBe(5);
    }
  });
});

const available = sharedEvalAvailable();
if (!available) console.warn('SKIP shared evaluation data checks: ../shared/eval is absent');

describe.skipIf(!available)('shared evaluation data loaders', () => {
  it('read every row of the three files as documented', () => {
    const politeness = loadPoliteness();
    expect(politeness).toHaveLength(4353);
    expect(new Set(politeness.map((r) => r.id)).size).toBe(4353);
    const sentiment = loadSentiment();
    expect(sentiment).toHaveLength(4200);
    expect(Math.min(...sentiment.map((r) => r.rating))).toBeCloseTo(-3.75, 2);
    const questions = loadQuestions();
    expect(questions).toHaveLength(833);
    expect(questions.filter((q) => q.kind === 'open')).toHaveLength(465);
    expect(questions.every((q) => Number(q.transcript) % 2 === 0)).toBe(true);
  });
});
