/**
 * Features of the frustration model: the rule pack's frustration markers
 * (`analyze/data/en/frustration.json`: strong, moderate and weak markers, profanity, elongated
 * interjections, angry emoji), escalation threats, shouting, exclamation marks and negative
 * sentiment (the phrases are found by the shared cue scan). Shared by the scorer and `scripts/train/train-frustration.ts`.
 */
import type { TextView, Token } from '../../text/text-view.js';
import type { TextRange } from '../../types.js';
import { elongated, emoji } from '../../data/en/frustration.json';
import { CUE } from './cue-scan.js';
import { SHAPE_CAPS, tokenInfo } from './token-info.js';

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

const KINDS = ['strong', 'moderate', 'weak', 'escalation'] as const;
const CAPS = [2, 2, 3, 2] as const;
const ELONGATED = new Set(elongated);
const ANGRY_EMOJI = new Set(emoji);

function hasDoubledLetter(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  return false;
}

/** Collapses runs of a repeated letter ("grrrr" → "gr", "ughhh" → "ugh"). */
function collapse(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/** Capitalised words that are names, not shouting. */
const NOT_SHOUTING = new Set(['OK', 'IT', 'PC', 'VPN', 'ID', 'US', 'UK', 'EU', 'TV', 'CEO', 'API', 'URL', 'PDF', 'USB', 'MFA', 'SSO', 'DNS', 'HR']);

/** Feature vector and located cues. `sentiment` is the message's sentiment score in [-1, 1]. */
export function frustrationFeatures(view: TextView, sentiment: number): { x: Float64Array; cues: FrustrationCue[] } {
  // FRUSTRATION_FEATURES.length, written out so the names stay out of the bundle (a test checks it).
  const x = new Float64Array(8);
  const cues: FrustrationCue[] = [];
  const tokens = view.tokens;
  const info = tokenInfo(view);
  for (const h of info.hits) {
    // The four groups are consecutive, in feature order.
    const j = h.group - CUE.frStrong;
    if (j < 0 || j > 3) continue;
    cues.push({ kind: KINDS[j] as FrustrationCueKind, range: [(tokens[h.first] as Token).start, (tokens[h.end - 1] as Token).end] });
    x[j] = Math.min((x[j] as number) + 1, CAPS[j] as number);
  }
  let shouted = 0;
  let symbols = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word') {
      if (((info.bits[i] as number) & SHAPE_CAPS) !== 0 && !NOT_SHOUTING.has(t.text)) shouted++;
      const c = t.lower.charCodeAt(0);
      if ((c === 103 || c === 117 || c === 97 || c === 104) && t.lower.length >= 3 && hasDoubledLetter(t.lower) && ELONGATED.has(collapse(t.lower))) {
        symbols++;
        cues.push({ kind: 'symbol', range: [t.start, t.end] });
      }
    } else if (t.kind === 'other' && ANGRY_EMOJI.has(t.text)) {
      symbols++;
      cues.push({ kind: 'symbol', range: [t.start, t.end] });
    }
  }
  const exclamations = info.bangs;
  // Capitals and '!' amplify a negative message; on a happy one ("IT WORKS!!!") they are joy.
  const negativeContext = sentiment < 0 || x[0]! > 0 || x[1]! > 0;
  x[4] = negativeContext ? Math.min(shouted, 3) : 0;
  x[5] = negativeContext ? Math.min(exclamations, 3) : 0;
  if (negativeContext && shouted + exclamations > 0) {
    let marks = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'word' && ((info.bits[i] as number) & SHAPE_CAPS) !== 0 && !NOT_SHOUTING.has(t.text)) {
        cues.push({ kind: 'shouting', range: [t.start, t.end] });
      } else if (t.kind === 'punct' && t.text === '!' && ++marks <= 3) {
        cues.push({ kind: 'exclamation', range: [t.start, t.end] });
      }
    }
  }
  x[6] = sentiment < 0 ? -sentiment : 0;
  x[7] = Math.min(symbols, 2);
  cues.sort((a, b) => a.range[0] - b.range[0]);
  return { x, cues };
}
