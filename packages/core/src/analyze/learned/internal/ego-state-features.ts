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
import { CUE, scanCues } from './cue-scan.js';
import { FIRST_SINGULAR, SECOND_PERSON } from './cues.js';

/** The five ego states, in the order of the model's outputs. */
export const EGO_STATES = ['critical-parent', 'nurturing-parent', 'adult', 'adapted-child', 'free-child'] as const;

/** One of the five ego states. */
export type EgoStateName = (typeof EGO_STATES)[number];

/** Feature names, in vector order. */
export const EGO_FEATURES = [
  'criticalCues', 'nurturingCues', 'adultCues', 'adaptedCues', 'freeCues', 'imperativeStart', 'secondPerson',
  'firstPerson', 'exclamations', 'capitals', 'emoji', 'numbers', 'question', 'positive', 'negative', 'apologies',
] as const;

const IMPERATIVE = new Set(
  "stop do don't read check look go give tell make remove use send follow resubmit submit fix get try make ask".split(' '),
);

/** Cue group of each state, in {@link EGO_STATES} order. */
const STATE_GROUPS = [CUE.egoCritical, CUE.egoNurturing, CUE.egoAdult, CUE.egoAdapted, CUE.egoFree] as const;

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
  const x = new Float64Array(EGO_FEATURES.length);
  const cues: EgoCue[] = [];
  const tokens = view.tokens;
  for (const h of scanCues(view)) {
    const s = STATE_GROUPS.indexOf(h.group as (typeof STATE_GROUPS)[number]);
    if (s < 0) continue;
    cues.push({ state: EGO_STATES[s] as EgoStateName, range: [(tokens[h.first] as Token).start, (tokens[h.end - 1] as Token).end] });
    x[s] = Math.min((x[s] as number) + 1, 3);
  }
  let words = 0;
  let caps = 0;
  let you = 0;
  let me = 0;
  let excl = 0;
  let apologies = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    switch (t.kind) {
      case 'word': {
        words++;
        const w = t.lower;
        if (SECOND_PERSON.has(w)) you++;
        else if (FIRST_SINGULAR.has(w)) me++;
        if (w === 'sorry' || w === 'apologies' || w === 'apologise' || w === 'apologize') apologies++;
        // One pass over the characters: all capitals (3+ letters)? any digit?
        let upper = 0;
        let lower = 0;
        for (let k = 0; k < t.text.length; k++) {
          const c = t.text.charCodeAt(k);
          if (c >= 65 && c <= 90) upper++;
          else if (c >= 97 && c <= 122) lower++;
          else if (c >= 48 && c <= 57) x[11] = 1;
        }
        if (upper >= 3 && lower === 0) caps++;
        break;
      }
      case 'number':
      case 'url':
      case 'email':
        x[11] = 1;
        break;
      case 'punct':
        if (t.text === '!') excl++;
        else if (t.text === '?') x[12] = 1;
        break;
      case 'other':
        x[10] = 1;
        break;
      default:
        break;
    }
  }
  for (const s of view.sentences) {
    let i = s.firstToken;
    while (i < s.endToken && (tokens[i] as Token).kind !== 'word') i++;
    const t = tokens[i];
    if (i < s.endToken && t !== undefined && IMPERATIVE.has(t.lower) && s.terminator !== '?') x[5] = 1;
  }
  const n = Math.max(words, 1);
  x[6] = Math.min((you / n) * 10, 2);
  x[7] = Math.min((me / n) * 10, 2);
  x[8] = Math.min(excl, 3);
  x[9] = Math.min(caps, 3);
  x[13] = sentiment > 0 ? sentiment : 0;
  x[14] = sentiment < 0 ? -sentiment : 0;
  x[15] = Math.min(apologies, 3);
  return { x, cues };
}
