import egoState from '../../data/en/ego-state.json';
import { compilePhrases } from '../../engine/phrase-matcher.js';
import type { TextView } from '../../text/text-view.js';
import { skipMask } from './skip-mask.js';

/** The ego states the wording rules report (Transactional Analysis). */
export type EgoSpanState = 'criticalParent' | 'nurturingParent' | 'adaptedChild';

/** One Parent or Child phrase in a text. */
export interface EgoSpan {
  readonly state: EgoSpanState;
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
}

const STATES: readonly EgoSpanState[] = ['criticalParent', 'nurturingParent', 'adaptedChild'];
const phrases: string[] = [];
const stateOf: EgoSpanState[] = [];
for (const state of STATES) {
  for (const p of egoState[state]) {
    phrases.push(p);
    stateOf.push(state);
  }
}
const matcher = compilePhrases(phrases);

const cache = new WeakMap<TextView, readonly EgoSpan[]>();

/** The Parent and Child phrases of `view` outside quotes and code, computed once per view. */
export function egoSpans(view: TextView): readonly EgoSpan[] {
  let spans = cache.get(view);
  if (spans !== undefined) return spans;
  const mask = skipMask(view);
  const out: EgoSpan[] = [];
  for (const m of matcher.find(view)) {
    let masked = false;
    for (let k = m.firstToken; k < m.endToken; k++) if (mask[k] === 1) masked = true;
    if (masked) continue;
    out.push({ state: stateOf[m.phraseIndex] as EgoSpanState, firstToken: m.firstToken, endToken: m.endToken, start: m.start, end: m.end });
  }
  spans = out;
  cache.set(view, spans);
  return spans;
}
