import { describe, expect, it } from 'vitest';
import type { Finding, ScoreCategory } from '../types.js';
import { buildScorecard, findingWeights, scoreCategories } from './scorecard.js';

const finding = (category: ScoreCategory, severity: Finding['severity']): Finding => ({
  ruleId: 'r',
  messageId: 'm',
  message: 'x',
  severity,
  category,
  range: [0, 1],
  actual: 'x',
  expected: [],
  suggestions: [],
});

describe('buildScorecard', () => {
  it('lists every category in scoreCategories order, null where no rule applied', () => {
    const card = buildScorecard({ applies: 0, assessSum: undefined, assessCount: undefined }, []);
    expect(Object.keys(card)).toEqual(scoreCategories);
    for (const c of scoreCategories) expect(card[c]).toEqual({ score: null, evidence: [] });
  });

  it('puts each finding under its own category and compounds the weights over the assessed base', () => {
    const tone = scoreCategories.indexOf('tone');
    const clarity = scoreCategories.indexOf('clarity');
    const greeting = scoreCategories.indexOf('greeting');
    const assessSum = [0, 0, 0, 0, 0, 0, 0, 0];
    const assessCount = [0, 0, 0, 0, 0, 0, 0, 0];
    assessSum[greeting] = 1.5; // two rules: 1 and 0.5
    assessCount[greeting] = 2;
    const a = finding('tone', 'warning');
    const b = finding('tone', 'error');
    const c = finding('greeting', 'info');
    const card = buildScorecard({ applies: (1 << clarity) | (1 << tone), assessSum, assessCount }, [a, b, c]);
    expect(card.tone.evidence).toEqual([a, b]);
    expect(card.tone.evidence[0]).toBe(a);
    expect(card.tone.score).toBeCloseTo((1 - findingWeights.warning) * (1 - findingWeights.error));
    expect(card.greeting.score).toBeCloseTo(0.75 * (1 - findingWeights.info)); // applies through its finding
    expect(card.clarity).toEqual({ score: 1, evidence: [] });
    expect(card.empathy.score).toBeNull();
  });
});
