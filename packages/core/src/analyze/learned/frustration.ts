/**
 * Customer frustration in [0, 1]: strong and mild complaint markers, repetition ("still",
 * "again", "third time"), waiting, escalation threats, shouting and exclamation marks in a
 * negative message, angry emoji, and negative sentiment, weighed by a small logistic model.
 */
import type { TextRange } from '../types.js';
import type { TextView } from '../text/text-view.js';
import { bias as trainedBias, weights as trainedWeights } from './weights/frustration.json';
import { frustrationFeatures, type FrustrationCueKind } from './internal/frustration-features.js';
import { sigmoid } from './internal/lexicon.js';
import { scoreSentiment } from './sentiment.js';

export type { FrustrationCueKind } from './internal/frustration-features.js';

/**
 * One cue of frustration, located.
 *
 * @since 0.1.0
 */
export interface FrustrationEvidence {
  /** What kind of cue it is. */
  readonly kind: FrustrationCueKind;
  /** Where it is in the analyzed text. */
  readonly range: TextRange;
}

/**
 * How frustrated a message reads.
 *
 * @since 0.1.0
 */
export interface FrustrationSignal {
  /** 0 (calm) … 1 (very frustrated). A message with no cue scores about 0.08. */
  readonly score: number;
  /** The cues found, in text order. */
  readonly evidence: readonly FrustrationEvidence[];
}

/**
 * Options of {@link scoreFrustration}.
 *
 * @since 0.1.0
 */
export interface FrustrationOptions {
  /** The message's sentiment score, when already computed (saves recomputing it). */
  readonly sentiment?: number;
}

const W: readonly number[] = trainedWeights;
const B: number = trainedBias;

/**
 * Scores how frustrated a (customer) message is, in [0, 1].
 *
 * When to use: to flag customers who need acknowledgement before a solution, to suggest moving
 * a thread from email to a call, or to prioritise a queue. Designed for customer messages;
 * on an agent's reply it measures the same cues but means "sounds exasperated".
 *
 * Details: cues are the rule pack's frustration markers (strong words and profanity, milder
 * complaints, persistence words like "still", "again", "third time"), escalation threats,
 * capitals and `!` when the message is negative, angry emoji and elongated interjections
 * ("grrr"), and negative sentiment. A logistic model weighs them; its weights were fitted on
 * team-labeled support messages, and its intercept is set so that a message with no cue scores
 * 0.08. Figures are in `docs/evaluation.md`. Never throws; linear in the text.
 *
 * @example
 * ```ts
 * import { createTextView, scoreFrustration } from '@rapport/core/analyze';
 *
 * scoreFrustration(createTextView('Still broken. This is the THIRD time I ask!!')).score; // > 0.8
 * scoreFrustration(createTextView('Could you reset my password?')).score; // < 0.1
 * ```
 * @since 0.1.0
 */
export function scoreFrustration(view: TextView, options: FrustrationOptions = {}): FrustrationSignal {
  const sentiment = options.sentiment ?? scoreSentiment(view).score;
  const { x, cues } = frustrationFeatures(view, Number.isFinite(sentiment) ? sentiment : 0);
  let z = B;
  for (let j = 0; j < x.length; j++) z += (W[j] as number) * (x[j] as number);
  return { score: Math.round(sigmoid(z) * 10000) / 10000, evidence: cues };
}
