/**
 * Ego state (Transactional Analysis): how much of a message speaks from the critical or
 * nurturing Parent, the Adult, and the adapted or free Child, with the cue spans behind it.
 */
import type { TextRange } from '../types.js';
import type { TextView } from '../text/text-view.js';
import { bias as trainedBias, weights as trainedWeights } from './weights/ego-state.json';
import { EGO_STATES, egoStateFeatures, type EgoStateName } from './internal/ego-state-features.js';
import { scoreSentiment } from './sentiment.js';

export type { EgoStateName } from './internal/ego-state-features.js';

/**
 * One cue behind the ego-state estimate.
 *
 * @since 0.1.0
 */
export interface EgoStateEvidence {
  /** The state the cue points to. */
  readonly state: EgoStateName;
  /** Where the cue is in the analyzed text. */
  readonly range: TextRange;
}

/**
 * The ego-state distribution of one message. The five shares sum to 1.
 *
 * @since 0.1.0
 */
export interface EgoStateSignal {
  /** Parent shares: judging and commanding (`critical`), protecting and reassuring (`nurturing`). */
  readonly parent: { readonly critical: number; readonly nurturing: number };
  /** Adult share: factual, here-and-now exchange. */
  readonly adult: number;
  /** Child shares: pleasing, apologising, sulking (`adapted`), raw feeling (`free`). */
  readonly child: { readonly adapted: number; readonly free: number };
  /** The state with the largest share. */
  readonly dominant: EgoStateName;
  /** The cue phrases found, in text order. */
  readonly evidence: readonly EgoStateEvidence[];
}

/**
 * Options of {@link scoreEgoState}.
 *
 * @since 0.1.0
 */
export interface EgoStateOptions {
  /** The message's sentiment score, when already computed (saves recomputing it). */
  readonly sentiment?: number;
}

const W: readonly (readonly number[])[] = trainedWeights;
const B: readonly number[] = trainedBias;

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Estimates which ego state a message speaks from.
 *
 * When to use: to spot a reply that leaves the Adult state (lecturing, talking down, grovelling)
 * or a customer message that calls for a particular response (an upset free Child needs
 * acknowledgement, not critical Parent). Read `dominant` for a label, the shares for how mixed
 * the message is, and `evidence` to show why.
 *
 * Details: cue phrases for each state (the rule pack's list plus the learned model's own) and
 * surface signals (an order at a sentence start, exclamations, capitals, emoji, numbers,
 * questions, sentiment, apologies, and whether any Parent or Child cue was found) feed a
 * five-class softmax regression trained on a small team-labeled set of support messages; see
 * `docs/labeling-guide-ego-state.md` for the definitions and agreement figures. It recognises
 * the cue wording it was built from; with no cue, a message is mostly Adult, so Parent or Child
 * wording it has no cue for reads as Adult. Never throws; linear in the text.
 *
 * @example
 * ```ts
 * import { createTextView, scoreEgoState } from '@rapport/core/analyze';
 *
 * scoreEgoState(createTextView('As I already told you, read the guide before you call.')).dominant;
 * // 'critical-parent'
 * scoreEgoState(createTextView('The backup finished at 02:10; all 4 volumes verified.')).dominant;
 * // 'adult'
 * ```
 * @since 0.1.0
 */
export function scoreEgoState(view: TextView, options: EgoStateOptions = {}): EgoStateSignal {
  const sentiment = options.sentiment ?? scoreSentiment(view).score;
  const { x, cues } = egoStateFeatures(view, Number.isFinite(sentiment) ? sentiment : 0);
  const logits = new Array<number>(EGO_STATES.length);
  let max = -Infinity;
  for (let k = 0; k < EGO_STATES.length; k++) {
    const row = W[k] as readonly number[];
    let z = B[k] as number;
    for (let j = 0; j < x.length; j++) z += (row[j] as number) * (x[j] as number);
    logits[k] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    logits[k] = Math.exp((logits[k] as number) - max);
    sum += logits[k] as number;
  }
  const p = logits.map((e) => (e as number) / sum);
  let best = 0;
  for (let k = 1; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
  return {
    parent: { critical: round4(p[0] as number), nurturing: round4(p[1] as number) },
    adult: round4(p[2] as number),
    child: { adapted: round4(p[3] as number), free: round4(p[4] as number) },
    dominant: EGO_STATES[best] as EgoStateName,
    evidence: cues,
  };
}
