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

/** Index of each category in {@link scoreCategories}. */
export const categoryIndex: Readonly<Record<ScoreCategory, number>> = Object.freeze(
  Object.fromEntries(scoreCategories.map((c, i) => [c, i])) as Record<ScoreCategory, number>,
);

/** Per-category state collected while the rules run, indexed like {@link scoreCategories}. */
export interface CategoryTallies {
  /** 1 when at least one enabled rule of the category applied to the message. */
  readonly applies: Uint8Array;
  /** Sum of the assessments given by the category's rules. */
  readonly assessSum: Float64Array;
  /** Number of assessments. */
  readonly assessCount: Uint16Array;
}

/** Fresh tallies (three small typed arrays: cheap to allocate, no per-category objects). */
export function createTallies(): CategoryTallies {
  const n = scoreCategories.length;
  return { applies: new Uint8Array(n), assessSum: new Float64Array(n), assessCount: new Uint16Array(n) };
}

const NO_EVIDENCE: readonly Finding[] = Object.freeze([]);

/**
 * Builds the scorecard from the tallies and the (sorted) findings.
 *
 * A category's score is `base × Π(1 − weight(finding))` over its findings, where `base` is the
 * mean of its rules' assessments (1 when none assessed), so it always lies in `[0, 1]`. It is
 * `null` when no enabled rule of the category applied (role and context filters, or every rule
 * declared itself not applicable without reporting).
 */
export function buildScorecard(tallies: CategoryTallies, findings: readonly Finding[]): Scorecard {
  let evidence: Finding[][] | undefined;
  let factor: number[] | undefined;
  for (const finding of findings) {
    const i = categoryIndex[finding.category];
    evidence ??= scoreCategories.map(() => []);
    factor ??= scoreCategories.map(() => 1);
    (evidence[i] as Finding[]).push(finding);
    factor[i] = (factor[i] as number) * (1 - findingWeights[finding.severity]);
  }
  const card = {} as Record<ScoreCategory, CategoryScore>;
  for (let i = 0; i < scoreCategories.length; i++) {
    const category = scoreCategories[i] as ScoreCategory;
    const found = evidence?.[i] ?? NO_EVIDENCE;
    const applies = tallies.applies[i] === 1 || found.length > 0;
    const count = tallies.assessCount[i] as number;
    const base = count > 0 ? (tallies.assessSum[i] as number) / count : 1;
    card[category] = { score: applies ? clamp01(base * (factor?.[i] ?? 1)) : null, evidence: found };
  }
  return card;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
