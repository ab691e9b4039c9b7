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
import { compilePhrases, type PhraseMatcher } from '../../engine/phrase-matcher.js';
import packCues from '../../data/en/ego-state.json';
import learnedCues from '../data/ego-state-cues.json';
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

function union(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

const MATCHERS: readonly [EgoStateName, PhraseMatcher][] = [
  ['critical-parent', compilePhrases(union(packCues.criticalParent, learnedCues.criticalParent))],
  ['nurturing-parent', compilePhrases(union(packCues.nurturingParent, learnedCues.nurturingParent))],
  ['adult', compilePhrases(packCues.adult)],
  ['adapted-child', compilePhrases(union(packCues.adaptedChild, learnedCues.adaptedChild))],
  ['free-child', compilePhrases(learnedCues.freeChild)],
];

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
  for (let s = 0; s < MATCHERS.length; s++) {
    const [state, matcher] = MATCHERS[s] as [EgoStateName, PhraseMatcher];
    const found = matcher.find(view);
    for (const m of found) cues.push({ state, range: [m.start, m.end] });
    x[s] = Math.min(found.length, 3);
  }
  cues.sort((a, b) => a.range[0] - b.range[0]);
  const tokens = view.tokens;
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
        if (t.text.length >= 3 && t.text === t.text.toUpperCase() && t.text !== w) caps++;
        let digit = false;
        for (let k = 0; k < t.text.length && !digit; k++) {
          const c = t.text.charCodeAt(k);
          digit = c >= 48 && c <= 57;
        }
        if (digit) x[11] = 1;
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
