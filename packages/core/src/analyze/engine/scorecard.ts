import type { CategoryScore, Finding, ScoreCategory, Scorecard, Severity } from '../types.js';

/**
 * Every scorecard category, in display order.
 *
 * @example
 * ```ts
 * import { scoreCategories } from '@rapport/core/analyze';
 *
 * scoreCategories.includes('empathy'); // true
 * ```
 * @since 0.1.0
 */
export const scoreCategories: readonly ScoreCategory[] = Object.freeze([
  'empathy',
  'respect',
  'listening',
  'clarity',
  'expectations',
  'tone',
  'greeting',
  'closing',
] as const);

/**
 * How much one finding of each severity takes off a category score: the score is multiplied by
 * `1 - weight` per finding, so findings compound but never push the score below 0.
 *
 * @example
 * ```ts
 * import { findingWeights } from '@rapport/core/analyze';
 *
 * 1 - findingWeights.warning; // 0.75: one warning leaves three quarters of the score
 * ```
 * @since 0.1.0
 */
export const findingWeights: Readonly<Record<Severity, number>> = Object.freeze({ info: 0.1, warning: 0.25, error: 0.5 });

/** Per-category state collected while the rules run. */
export interface CategoryTally {
  /** Whether at least one enabled rule of the category applied to the message. */
  applies: boolean;
  /** Sum of the assessments given by the category's rules. */
  assessSum: number;
  /** Number of assessments. */
  assessCount: number;
}

/** Fresh tallies, one per category. */
export function createTallies(): Record<ScoreCategory, CategoryTally> {
  const tallies = {} as Record<ScoreCategory, CategoryTally>;
  for (const category of scoreCategories) tallies[category] = { applies: false, assessSum: 0, assessCount: 0 };
  return tallies;
}

/**
 * Builds the scorecard from the tallies and the (sorted) findings.
 *
 * A category's score is `base × Π(1 − weight(finding))` over its findings, where `base` is the
 * mean of its rules' assessments (1 when none assessed), so it always lies in `[0, 1]`. It is
 * `null` when no enabled rule of the category applied (role and context filters, or every rule
 * declared itself not applicable without reporting).
 */
export function buildScorecard(tallies: Record<ScoreCategory, CategoryTally>, findings: readonly Finding[]): Scorecard {
  const evidence = {} as Record<ScoreCategory, Finding[]>;
  const factor = {} as Record<ScoreCategory, number>;
  for (const category of scoreCategories) {
    evidence[category] = [];
    factor[category] = 1;
  }
  for (const finding of findings) {
    evidence[finding.category].push(finding);
    factor[finding.category] *= 1 - findingWeights[finding.severity];
  }
  const card = {} as Record<ScoreCategory, CategoryScore>;
  for (const category of scoreCategories) {
    const tally = tallies[category];
    const applies = tally.applies || evidence[category].length > 0;
    const base = tally.assessCount > 0 ? tally.assessSum / tally.assessCount : 1;
    card[category] = { score: applies ? clamp01(base * factor[category]) : null, evidence: evidence[category] };
  }
  return card;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
