/**
 * Politeness in [0, 1]: a logistic model over the politeness strategies of Danescu-Niculescu-Mizil
 * et al. (2013), trained offline by `scripts/train/train-politeness.ts` and shipped as weights.
 */
import type { TextView } from '../text/text-view.js';
import { bias as trainedBias, weights as trainedWeights } from './weights/politeness.json';
import { F, POLITENESS_FEATURES, politenessFeatures, type PolitenessFeature } from './internal/politeness-features.js';
import { sigmoid } from './internal/lexicon.js';

/**
 * One politeness strategy present in the message and how much it moved the score.
 *
 * @since 0.1.0
 */
export interface PolitenessContribution {
  /** The strategy (`gratitude`, `counterfactual`, `bareQuestion`, `imperativeStart`, …). */
  readonly feature: PolitenessFeature;
  /** Its contribution to the log-odds of "polite": positive raises the score, negative lowers it. */
  readonly weight: number;
}

/**
 * The politeness of one message.
 *
 * @since 0.1.0
 */
export interface PolitenessSignal {
  /** Probability that readers rate the message polite rather than impolite, in [0, 1]. */
  readonly score: number;
  /** The strategies present, strongest effect first (the explanation of the score). */
  readonly features: readonly PolitenessContribution[];
}

const WEIGHTS: readonly number[] = trainedWeights;
const BIAS: number = trainedBias;
// The weights file must list exactly POLITENESS_FEATURES (a test checks it); retrain after any
// change to the features with scripts/train/train-politeness.ts.

/**
 * Scores how polite a message reads, in [0, 1].
 *
 * When to use: to show an agent how a reply may come across, or to track respect in a thread.
 * A score near 0.5 means neither clearly polite nor clearly impolite.
 *
 * Details: the model looks for strategies people use to soften or harden a request — gratitude,
 * greetings, apologies, "please", hedges, "could/would you", indirect openers — and for blunt
 * ones: bare or "why" questions, imperative starts, "you should", insults, shouting. Each present
 * strategy adds its learned weight to the log-odds; the result is the probability of "polite".
 * Trained on rated Wikipedia requests with the strategy features only (no bag of words), so it
 * judges how something is asked, not what it is about. Accuracy figures are in
 * `docs/evaluation.md`. Never throws; linear in the text.
 *
 * @example
 * ```ts
 * import { createTextView, scorePoliteness } from '@rapport/core/analyze';
 *
 * scorePoliteness(createTextView('Hi Sam, could you send me the log file? Thanks!')).score; // > 0.7
 * scorePoliteness(createTextView('Why did you close my ticket?')).score; // < 0.3
 * ```
 * @since 0.1.0
 */
export function scorePoliteness(view: TextView): PolitenessSignal {
  const x = politenessFeatures(view);
  let z = BIAS;
  for (let j = 0; j < x.length; j++) {
    const v = x[j] as number;
    if (v !== 0) z += (WEIGHTS[j] as number) * v;
  }
  // The explanation is built on first read (most callers only want the score); the getter is an
  // own enumerable property, so JSON.stringify and structuredClone still include it.
  let features: PolitenessContribution[] | undefined;
  return {
    score: Math.round(sigmoid(z) * 10000) / 10000,
    get features(): readonly PolitenessContribution[] {
      features ??= explain(x);
      return features;
    },
  };
}

function explain(x: Float64Array): PolitenessContribution[] {
  const out: PolitenessContribution[] = [];
  for (let j = 0; j < x.length; j++) {
    const v = x[j] as number;
    if (v === 0 || j === F.length) continue;
    out.push({ feature: POLITENESS_FEATURES[j] as PolitenessFeature, weight: Math.round((WEIGHTS[j] as number) * v * 1000) / 1000 });
  }
  return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}
