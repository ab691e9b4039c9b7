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

const NO_EVIDENCE: readonly Finding[] = Object.freeze([]);
/** The two scores most categories of most messages get, shared (frozen, like their evidence). */
const NOT_APPLICABLE: CategoryScore = Object.freeze({ score: null, evidence: NO_EVIDENCE });
const FULL_MARKS: CategoryScore = Object.freeze({ score: 1, evidence: NO_EVIDENCE });

/**
 * What the rules of one analysis said about each category, indexed like {@link scoreCategories}:
 * `applies` has bit `i` set when at least one enabled rule of category `i` applied; `assessSum`
 * and `assessCount` (absent until a rule assesses) hold the rules' own judgements.
 */
export interface CategoryTallies {
  /** Bit `i`: a rule of category `i` applied to the message. */
  readonly applies: number;
  /** Sum of the assessments given by each category's rules, or `undefined` when none assessed. */
  readonly assessSum: readonly number[] | undefined;
  /** Number of assessments per category, or `undefined` when none assessed. */
  readonly assessCount: readonly number[] | undefined;
}

/**
 * Builds the scorecard from the tallies and the (sorted) findings.
 *
 * A category's score is `base × Π(1 − weight(finding))` over its findings, where `base` is the
 * mean of its rules' assessments (1 when none assessed), so it always lies in `[0, 1]`. It is
 * `null` when no enabled rule of the category applied (role and context filters, or every rule
 * declared itself not applicable without reporting).
 *
 * Allocation-light: the card is an object literal (so every scorecard shares one shape); a
 * category that does not apply, or scores 1 without findings, is one shared frozen object; evidence
 * arrays only for categories with findings.
 */
export function buildScorecard(tallies: CategoryTallies, findings: readonly Finding[]): Scorecard {
  let evidence: (Finding[] | undefined)[] | undefined;
  let factor: number[] | undefined;
  for (let k = 0; k < findings.length; k++) {
    const finding = findings[k] as Finding;
    const i = categoryIndex[finding.category];
    if (evidence === undefined) {
      evidence = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
      factor = [1, 1, 1, 1, 1, 1, 1, 1];
    }
    (evidence[i] ??= []).push(finding);
    (factor as number[])[i] = ((factor as number[])[i] as number) * (1 - findingWeights[finding.severity]);
  }
  return {
    empathy: categoryScore(tallies, 0, evidence, factor),
    respect: categoryScore(tallies, 1, evidence, factor),
    listening: categoryScore(tallies, 2, evidence, factor),
    clarity: categoryScore(tallies, 3, evidence, factor),
    expectations: categoryScore(tallies, 4, evidence, factor),
    tone: categoryScore(tallies, 5, evidence, factor),
    greeting: categoryScore(tallies, 6, evidence, factor),
    closing: categoryScore(tallies, 7, evidence, factor),
  };
}

function categoryScore(tallies: CategoryTallies, i: number, evidence: readonly (Finding[] | undefined)[] | undefined, factor: readonly number[] | undefined): CategoryScore {
  const found = evidence?.[i] ?? NO_EVIDENCE;
  const applies = (tallies.applies & (1 << i)) !== 0 || found.length > 0;
  if (!applies) return NOT_APPLICABLE;
  const count = tallies.assessCount?.[i] ?? 0;
  const base = count > 0 ? (tallies.assessSum?.[i] as number) / count : 1;
  const score = clamp01(base * (factor?.[i] ?? 1));
  return score === 1 && found === NO_EVIDENCE ? FULL_MARKS : { score, evidence: found };
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
