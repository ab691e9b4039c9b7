/**
 * Features of the ego-state model: cue phrases per state (the rule pack's lists in
 * `analyze/data/en/ego-state.json` plus `learned/data/ego-state-cues.json`) and a few surface
 * signals (exclamations, capitals, emoji, numbers, questions, sentiment). No length feature: in a
 * small team-written set, length separates the states for the wrong reason (the writer's terse
 * outbursts, long factual replies) and does not carry over. One pass of the phrase
 * matchers and one over the tokens. Shared by the scorer and `scripts/train/train-ego-state.ts`.
 */
import type { TextView, Token } from '../../text/text-view.js';
import type { TextRange } from '../../types.js';
import { CUE } from './cue-scan.js';
import { SHAPE_DIGIT, tokenInfo, WB } from './token-info.js';
import { firstWordFrom } from '../../rules/internal/lexicon.js';

/** The five ego states, in the order of the model's outputs. */
export const EGO_STATES = ['critical-parent', 'nurturing-parent', 'adult', 'adapted-child', 'free-child'] as const;

/** One of the five ego states. */
export type EgoStateName = (typeof EGO_STATES)[number];

/** Feature names, in vector order. */
export const EGO_FEATURES = [
  'criticalCues', 'nurturingCues', 'adultCues', 'adaptedCues', 'freeCues', 'imperativeStart', 'exclamations', 'capitals', 'emoji', 'numbers', 'question', 'positive', 'negative', 'apologies',
  'noStateCue',
] as const;



/** A cue phrase found in the text, with the state it points to. */
export interface EgoCue {
  readonly state: EgoStateName;
  readonly range: TextRange;
}

/**
 * Computes the feature vector and the cue evidence. `sentiment` is the message's sentiment score
 * in [-1, 1] (passed in so it is computed once per analysis).
 */
export function egoStateFeatures(view: TextView, sentiment: number): { x: Float64Array; cues: EgoCue[] } {
  // EGO_FEATURES.length, written out so the names stay out of the bundle (a test checks it).
  const x = new Float64Array(15);
  const cues: EgoCue[] = [];
  const tokens = view.tokens;
  const info = tokenInfo(view);
  for (const h of info.hits) {
    // The five groups are consecutive, in EGO_STATES order.
    const s = h.group - CUE.egoCritical;
    if (s < 0 || s > 4) continue;
    cues.push({ state: EGO_STATES[s] as EgoStateName, range: [(tokens[h.first] as Token).start, (tokens[h.end - 1] as Token).end] });
    x[s] = Math.min((x[s] as number) + 1, 3);
  }
  let apologies = 0;
  let emoji = 0;
  let digits = 0;
  for (let i = 0; i < tokens.length; i++) {
    const b = info.bits[i] as number;
    if ((b & WB.apology) !== 0) apologies++;
    if ((b & SHAPE_DIGIT) !== 0) digits = 1;
    if ((tokens[i] as Token).kind === 'other') emoji = 1;
  }
  const excl = info.bangs;
  for (const s of view.sentences) {
    const i = firstWordFrom(tokens, s.firstToken, s.endToken);
    if (i >= 0 && ((info.bits[i] as number) & WB.imperative) !== 0 && s.terminator !== '?') x[5] = 1;
  }
  x[6] = Math.min(excl, 3);
  x[7] = Math.min(info.loud, 3);
  x[8] = emoji;
  x[9] = digits;
  x[10] = info.qmarks > 0 ? 1 : 0;
  x[11] = sentiment > 0 ? sentiment : 0;
  x[12] = sentiment < 0 ? -sentiment : 0;
  x[13] = Math.min(apologies, 3);
  // No Parent or Child cue at all: the labeling guide's default is Adult.
  x[14] = x[0] === 0 && x[1] === 0 && x[3] === 0 && x[4] === 0 ? 1 : 0;
  return { x, cues };
}
