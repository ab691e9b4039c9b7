/**
 * Message sentiment in [-1, 1]: a compact valence lexicon read through the shared text view, with
 * rules for negation, degree words, contrast ("but"), capitals, emoticons and emphatic
 * punctuation, and a handful of constants fitted offline (`scripts/train/train-sentiment.ts`).
 */
import type { TextRange } from '../types.js';
import type { Sentence, TextView, Token } from '../text/text-view.js';
import weights from './weights/sentiment.json';
import { CONTRASTS, DAMPENERS, INTENSIFIERS, NEGATIONS } from './internal/cues.js';
import { SENTIMENT_LEXICON as LEXICON } from './internal/sentiment-lexicon.js';

/**
 * One word (or emoticon, emoji) that moved the sentiment score.
 *
 * @since 0.1.0
 */
export interface SentimentEvidence {
  /** Where it is in the analyzed text. */
  readonly range: TextRange;
  /** Its valence after negation, degree words and emphasis, on the −4 … +4 lexicon scale. */
  readonly valence: number;
}

/**
 * The sentiment of one message.
 *
 * @since 0.1.0
 */
export interface SentimentSignal {
  /** Overall sentiment, −1 (most negative) … +1 (most positive); 0 when nothing is expressed. */
  readonly score: number;
  /** The sentiment-bearing words, in text order. */
  readonly evidence: readonly SentimentEvidence[];
}

/** The fitted constants of the sentiment scorer (see `weights/sentiment.json`). */
export interface SentimentParams {
  /** Multiplier applied to a valence negated within the three preceding words. */
  readonly negation: number;
  /** Valence added (in the word's direction) per intensifier before it. */
  readonly intensify: number;
  /** Valence removed per dampener before it. */
  readonly dampen: number;
  /** Valence added to a word written in capitals inside a mixed-case message. */
  readonly caps: number;
  /** Weight of valences before a contrast marker in the same sentence. */
  readonly beforeContrast: number;
  /** Weight of valences after a contrast marker in the same sentence. */
  readonly afterContrast: number;
  /** Valence added per `!` (up to four), in the direction of the total. */
  readonly exclaim: number;
  /** Normalisation constant: score = s / sqrt(s² + alpha). */
  readonly alpha: number;
}

/** Emoticons (ASCII) and emoji, team-curated, valence on the same −4 … +4 scale. */
const EMOTICONS = new Map<string, number>([
  [':)', 2], [':-)', 2], [':]', 1.8], ['=)', 1.8], [':d', 2.3], [':-d', 2.3], [';)', 1.6], [';-)', 1.6],
  [':p', 1.3], [':-p', 1.3], ['<3', 2.5], [':(', -2], [':-(', -2], [":'(", -2.4], [':/', -1.2],
  [':-/', -1.2], [':|', -0.6], ['>:(', -2.6], [':@', -2.3],
]);
const EMOJI = new Map<string, number>([
  ['\u{1F600}', 2.2], ['\u{1F601}', 2.2], ['\u{1F602}', 1.8], ['\u{1F603}', 2.2], ['\u{1F604}', 2.2],
  ['\u{1F605}', 1], ['\u{1F606}', 2], ['\u{1F609}', 1.5], ['\u{1F60A}', 2.2], ['\u{1F60D}', 2.8],
  ['\u{1F618}', 2.3], ['\u{1F642}', 1.4], ['\u{1F923}', 2], ['\u{1F970}', 2.8], ['\u{1F44D}', 1.8],
  ['\u{1F44F}', 1.9], ['\u{1F64C}', 2.2], ['\u{1F64F}', 1.5], ['\u{1F389}', 2.4], ['\u2764', 2.6],
  ['\u{1F499}', 2.4], ['\u{1F495}', 2.4], ['\u2705', 1.2], ['\u{1F525}', 1.2], ['\u2B50', 1.5],
  ['\u{1F61E}', -1.8], ['\u{1F622}', -2.1], ['\u{1F62D}', -2.2], ['\u{1F620}', -2.6], ['\u{1F621}', -2.9],
  ['\u{1F92C}', -3], ['\u{1F612}', -1.6], ['\u{1F644}', -1.6], ['\u{1F629}', -2], ['\u{1F62B}', -2],
  ['\u{1F61F}', -1.5], ['\u{1F615}', -1.2], ['\u{1F610}', -0.4], ['\u{1F611}', -0.6], ['\u{1F614}', -1.6],
  ['\u{1F624}', -2.2], ['\u{1F44E}', -1.8], ['\u{1F494}', -2.4], ['\u274C', -1.2], ['\u{1F480}', -0.5],
]);

const DEFAULT_PARAMS: SentimentParams = weights.params;

function isAllCapsWord(t: Token): boolean {
  if (t.text.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/** Valence of an ASCII emoticon starting at the punctuation token `i`, if any. */
function tokenValence(view: TextView, i: number): number | undefined {
  const t = view.tokens[i] as Token;
  if ( (t.text === ':' || t.text === ';' || t.text === '=' || t.text === '<' || t.text === '>')) {
    // Emoticons are short runs of adjacent symbols; read them from the text (at most 4 chars).
    const text = view.text;
    for (let len = 4; len >= 2; len--) {
      if (t.start + len > text.length) continue;
      const candidate = text.slice(t.start, t.start + len).toLowerCase();
      const v = EMOTICONS.get(candidate);
      if (v !== undefined) {
        const after = t.start + len < text.length ? text.charCodeAt(t.start + len) : 32;
        // ":d" must not be the start of a word (":does"); require a non-letter after.
        if ((after | 32) < 97 || (after | 32) > 122) return v;
      }
    }
  }
  return undefined;
}

/** Modifier classes of the words before a sentiment word. */
const NEGATE = 1;
const INTENSIFY = 2;
const DAMPEN = 3;
const CONTRAST = 4;
const MODIFIERS = new Map<string, number>();
for (const w of NEGATIONS) MODIFIERS.set(w, NEGATE);
for (const w of INTENSIFIERS) MODIFIERS.set(w, INTENSIFY);
for (const w of DAMPENERS) MODIFIERS.set(w, DAMPEN);
for (const w of CONTRASTS) MODIFIERS.set(w, CONTRAST);

/**
 * Scores sentiment with explicit constants (used by the training script; call
 * {@link scoreSentiment} in application code).
 */
export function scoreSentimentWith(view: TextView, p: SentimentParams, collect: boolean): SentimentSignal {
  const tokens = view.tokens;
  const evidence: SentimentEvidence[] = [];
  // Pass 1: find the sentiment-bearing tokens and count what the adjustments need.
  const found: number[] = [];
  const values: number[] = [];
  let capsWords = 0;
  let words = 0;
  let exclamations = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word') {
      words++;
      const c = t.text.charCodeAt(0);
      if (c >= 65 && c <= 90 && isAllCapsWord(t)) capsWords++;
      const v = LEXICON.get(t.lower);
      if (v !== undefined) {
        found.push(i);
        values.push(v);
      }
    } else if (t.kind === 'punct') {
      if (t.text === '!') exclamations++;
      else {
        const v = tokenValence(view, i);
        if (v !== undefined) {
          found.push(i);
          values.push(v);
        }
      }
    } else if (t.kind === 'other') {
      const v = EMOJI.get(t.text);
      if (v !== undefined) {
        found.push(i);
        values.push(v);
      }
    }
  }
  if (found.length === 0) return { score: 0, evidence };
  // Capitals only signal emphasis when the message is not written entirely in capitals.
  const capsDifferential = capsWords > 0 && capsWords < words;
  // Pass 2: adjust each valence by its sentence context.
  let total = 0;
  let sentence = 0;
  let contrastAt = -2; // -2: not yet computed for this sentence
  const sentences = view.sentences;
  for (let f = 0; f < found.length; f++) {
    const i = found[f] as number;
    while (sentence < sentences.length - 1 && (sentences[sentence] as Sentence).endToken <= i) {
      sentence++;
      contrastAt = -2;
    }
    const s = sentences[sentence] as Sentence;
    if (contrastAt === -2) {
      contrastAt = -1;
      for (let j = s.firstToken; j < s.endToken; j++) {
        const tj = tokens[j] as Token;
        if (tj.kind === 'word' && MODIFIERS.get(tj.lower) === CONTRAST) contrastAt = j;
      }
    }
    const t = tokens[i] as Token;
    const base = values[f] as number;
    const sign = base >= 0 ? 1 : -1;
    let v = base;
    if (capsDifferential && t.kind === 'word' && isAllCapsWord(t)) v += sign * p.caps;
    // Look back up to three words for degree words and negation.
    let negated = false;
    let seen = 0;
    for (let j = i - 1; j >= s.firstToken && seen < 3; j--) {
      const b = tokens[j] as Token;
      if (b.kind !== 'word') {
        if (b.text === ',' || b.text === ';') break;
        continue;
      }
      seen++;
      const m = MODIFIERS.get(b.lower);
      if (m === undefined) continue;
      const decay = seen === 1 ? 1 : seen === 2 ? 0.95 : 0.9;
      if (m === INTENSIFY) v += sign * p.intensify * decay;
      else if (m === DAMPEN) v -= sign * p.dampen * decay;
      else if (m === NEGATE) negated = true;
    }
    if (negated) v *= p.negation;
    if (contrastAt >= 0) v *= i < contrastAt ? p.beforeContrast : p.afterContrast;
    total += v;
    if (collect) evidence.push({ range: [t.start, t.kind === 'punct' ? t.start + 2 : t.end], valence: round2(v) });
  }
  if (total !== 0 && exclamations > 0) total += (total > 0 ? 1 : -1) * p.exclaim * Math.min(exclamations, 4);
  const score = total / Math.sqrt(total * total + p.alpha);
  return { score: Number.isFinite(score) ? round4(score) : 0, evidence };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Scores the sentiment of a message in [-1, 1].
 *
 * When to use: to track a customer's mood across a thread, or to weigh how a reply lands. For
 * frustration specifically (repeated failures, waiting, shouting), use {@link scoreFrustration},
 * which builds on this score.
 *
 * Details: each word of a compact lexicon (a frequency-selected subset of the MIT-licensed VADER
 * lexicon plus team-curated support terms) contributes its valence, adjusted for negation and
 * degree words in the three preceding words, capitals, and contrast markers ("but", "however");
 * `!` strengthens the total. The sum `s` becomes `s / sqrt(s² + α)`. The constants were fitted
 * with 10-fold cross-validation on human-rated tweets; the figures are in `docs/evaluation.md`.
 * Never throws; runs in time linear in the text.
 *
 * @example
 * ```ts
 * import { createTextView, scoreSentiment } from '@rapport/core/analyze';
 *
 * scoreSentiment(createTextView('Thanks, that fixed it!')).score; // > 0.5
 * scoreSentiment(createTextView('It is still not working.')).score; // < 0
 * ```
 * @since 0.1.0
 */
export function scoreSentiment(view: TextView): SentimentSignal {
  return scoreSentimentWith(view, DEFAULT_PARAMS, true);
}
