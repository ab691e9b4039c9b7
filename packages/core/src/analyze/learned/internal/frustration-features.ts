/**
 * Features of the frustration model: the rule pack's frustration markers
 * (`analyze/data/en/frustration.json`: strong, moderate and weak markers, profanity, elongated
 * interjections, angry emoji), escalation threats, shouting, exclamation marks and negative
 * sentiment. Shared by the scorer and `scripts/train/train-frustration.ts`.
 */
import type { TextView, Token } from '../../text/text-view.js';
import type { TextRange } from '../../types.js';
import { compilePhrases } from '../../engine/phrase-matcher.js';
import pack from '../../data/en/frustration.json';

/** Feature names, in vector order. */
export const FRUSTRATION_FEATURES = [
  'strong', 'moderate', 'weak', 'escalation', 'shouting', 'exclamations', 'negativeSentiment', 'angrySymbols',
] as const;

/** What a frustration cue is. */
export type FrustrationCueKind = 'strong' | 'moderate' | 'weak' | 'escalation' | 'shouting' | 'exclamation' | 'symbol';

/** One cue, located. */
export interface FrustrationCue {
  readonly kind: FrustrationCueKind;
  readonly range: TextRange;
}

const STRONG = compilePhrases([...new Set([...pack.strong, ...pack.profanity])]);
const MODERATE = compilePhrases(pack.moderate);
const WEAK = compilePhrases(pack.weak);
/** Threats to escalate or leave (team-written). */
const ESCALATION = compilePhrases([
  'escalate', 'escalating', 'your manager', 'a manager', 'your supervisor', 'speak to someone', 'cancel my',
  'cancelling', 'canceling', 'refund', 'lawyer', 'legal action', 'formal complaint', 'complaint', 'switch to',
  'take my business', 'never again', 'last chance', 'or else', 'i want this fixed', 'i want it fixed',
]);
const ELONGATED = new Set(pack.elongated);
const ANGRY_EMOJI = new Set(pack.emoji);

/** Collapses runs of a repeated letter ("grrrr" → "gr", "ughhh" → "ugh"). */
function collapse(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (i === 0 || word[i] !== word[i - 1]) out += word[i];
  return out;
}

function isShouted(t: Token): boolean {
  if (t.text.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2 && t.text !== 'OK' && t.text !== 'IT' && t.text !== 'PC' && t.text !== 'VPN';
}

/** Feature vector and located cues. `sentiment` is the message's sentiment score in [-1, 1]. */
export function frustrationFeatures(view: TextView, sentiment: number): { x: Float64Array; cues: FrustrationCue[] } {
  const x = new Float64Array(FRUSTRATION_FEATURES.length);
  const cues: FrustrationCue[] = [];
  const groups = [
    ['strong', STRONG, 2],
    ['moderate', MODERATE, 2],
    ['weak', WEAK, 3],
    ['escalation', ESCALATION, 2],
  ] as const;
  groups.forEach(([kind, matcher, cap], j) => {
    const found = matcher.find(view);
    for (const m of found) cues.push({ kind, range: [m.start, m.end] });
    x[j] = Math.min(found.length, cap);
  });
  let shouted = 0;
  let exclamations = 0;
  let symbols = 0;
  const emphasis: FrustrationCue[] = [];
  for (const t of view.tokens) {
    if (t.kind === 'word') {
      if (isShouted(t)) {
        shouted++;
        emphasis.push({ kind: 'shouting', range: [t.start, t.end] });
      }
      if (t.lower.length >= 3 && ELONGATED.has(collapse(t.lower)) && collapse(t.lower) !== t.lower) {
        symbols++;
        cues.push({ kind: 'symbol', range: [t.start, t.end] });
      }
    } else if (t.kind === 'punct' && t.text === '!') {
      exclamations++;
      if (exclamations <= 3) emphasis.push({ kind: 'exclamation', range: [t.start, t.end] });
    } else if (t.kind === 'other' && ANGRY_EMOJI.has(t.text)) {
      symbols++;
      cues.push({ kind: 'symbol', range: [t.start, t.end] });
    }
  }
  // Capitals and '!' amplify a negative message; on a happy one ("IT WORKS!!!") they are joy.
  const negativeContext = sentiment < 0 || x[0]! > 0 || x[1]! > 0;
  x[4] = negativeContext ? Math.min(shouted, 3) : 0;
  x[5] = negativeContext ? Math.min(exclamations, 3) : 0;
  if (negativeContext) cues.push(...emphasis);
  x[6] = sentiment < 0 ? -sentiment : 0;
  x[7] = Math.min(symbols, 2);
  cues.sort((a, b) => a.range[0] - b.range[0]);
  return { x, cues };
}
