/**
 * Message sentiment in [-1, 1]: a compact valence lexicon read through the shared text view, with
 * rules for negation, degree words, contrast ("but"), capitals, emoticons, emphatic punctuation and
 * word senses that are not evaluative ("looks like", "kind of", "make sure"), and ten constants
 * fitted offline (`scripts/train/train-sentiment.ts`).
 */
import type { TextRange } from '../types.js';
import type { Sentence, TextView, Token } from '../text/text-view.js';
import { params as trainedParams } from './weights/sentiment.json';
import { wordSet } from './internal/lexicon.js';
import { SHAPE_CAPS, tokenInfo, WB } from './internal/token-info.js';

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
  /**
   * The sum of the `n` valences is divided by `n` to this power: 0 adds them up (as VADER does),
   * 1 averages them (as SO-CAL does); in between, each further word adds less.
   */
  readonly dilution: number;
  /** Weight of an emoticon's or emoji's valence. */
  readonly emoticon: number;
}

const DEFAULT_PARAMS: SentimentParams = trainedParams;

/**
 * Support-text rules with team-set constants (not fitted: the rated tweets rarely talk about
 * systems failing). A negated function verb ("doesn't work", "won't load") counts as a complaint
 * of this valence, and a negative word in a sentence with a persistence word ("still", "again",
 * "for the third time") weighs this much more.
 */
const BROKEN = 1.6;
const PERSISTENCE = 0.3;

/** Before "time(s)", a count that makes it a repetition ("third time", "5 times"). */
const REPEAT_COUNTS = wordSet(
  'second third fourth fifth sixth seventh eighth ninth tenth nth umpteenth 2nd 3rd 4th 5th 6th 7th 8th 9th 10th ' +
    'two three four five six seven eight nine ten several multiple many countless numerous',
);
/**
 * Before "like", the words that make it the verb of liking ("I like", "really like", "don't
 * like"); elsewhere it is a preposition or a filler ("looks like", "like a charm", "I'd like to").
 */
const LIKE_SUBJECTS = wordSet(
  "i you we they u people who really also actually totally truly still do does did don't doesn't didn't " +
    "dont doesnt didnt will i'll you'll we'll they'll",
);

/** The word before token `i`, lower-cased, or `''`. */
function wordBefore(tokens: readonly Token[], i: number): string {
  const t = tokens[i - 1];
  return t !== undefined && t.kind === 'word' ? t.lower : '';
}

/**
 * Whether the lexicon word at token `i` is used in its evaluative sense. Not in "kind of" / "sort
 * of" (hedges), "like" outside the verb of liking, "as well", "make sure", "feel free", or
 * "pretty" as a degree adverb before a sentiment word ("pretty bad") or "much".
 */
function evaluative(tokens: readonly Token[], i: number, nextValued: boolean): boolean {
  const w = (tokens[i] as Token).lower;
  const next = tokens[i + 1];
  switch (w) {
    case 'kind':
    case 'sort':
      return next === undefined || next.lower !== 'of';
    case 'like': {
      let before = wordBefore(tokens, i);
      if (before === 'not' || before === 'never') before = wordBefore(tokens, i - 1);
      return LIKE_SUBJECTS.has(before);
    }
    case 'well':
      return wordBefore(tokens, i) !== 'as';
    case 'sure': {
      const before = wordBefore(tokens, i);
      return before !== 'make' && before !== 'makes' && before !== 'making' && before !== 'made';
    }
    case 'free': {
      const before = wordBefore(tokens, i);
      return before !== 'feel' && before !== 'feels' && before !== 'feeling';
    }
    case 'pretty':
      return !nextValued && (next === undefined || next.lower !== 'much');
    default:
      return true;
  }
}

/**
 * Scores sentiment with explicit constants (used by the training script; call
 * {@link scoreSentiment} in application code).
 */
export function scoreSentimentWith(view: TextView, p: SentimentParams, collect: boolean): SentimentSignal {
  const tokens = view.tokens;
  const evidence: SentimentEvidence[] = [];
  const info = tokenInfo(view);
  const found = info.valued;
  if (found.length === 0) return { score: 0, evidence };
  const values = info.valences;
  const bits = info.bits;
  // Capitals only signal emphasis when the message is not written entirely in capitals.
  const capsDifferential = info.caps > 0 && info.caps < info.words;
  let total = 0;
  let counted = 0;
  let sentence = 0;
  let contrastAt = -2; // -2: not yet computed for this sentence
  let persist = false;
  const sentences = view.sentences;
  for (let f = 0; f < found.length; f++) {
    const i = found[f] as number;
    while (sentence < sentences.length - 1 && (sentences[sentence] as Sentence).endToken <= i) {
      sentence++;
      contrastAt = -2;
    }
    const s = sentences[sentence] as Sentence;
    if (contrastAt === -2) {
      // Once per sentence: the last contrast marker, and whether a persistence word occurs.
      contrastAt = -1;
      persist = false;
      for (let j = s.firstToken; j < s.endToken; j++) {
        const b = bits[j] as number;
        if ((b & WB.contrast) !== 0) contrastAt = j;
        if ((b & WB.persist) !== 0) persist = true;
        else if (j > s.firstToken) {
          const w = (tokens[j] as Token).lower;
          if ((w === 'time' || w === 'times') && ((tokens[j - 1] as Token).kind === 'number' || REPEAT_COUNTS.has((tokens[j - 1] as Token).lower))) persist = true;
        }
      }
    }
    const t = tokens[i] as Token;
    const base = values[f] as number;
    let v: number;
    if (t.kind !== 'word') {
      // An emoticon or emoji stands apart from the words: no negation or degree word reaches it.
      v = base * p.emoticon;
    } else {
      if (base !== 0 && !evaluative(tokens, i, found[f + 1] === i + 1 && values[f + 1] !== 0)) continue;
      const sign = base >= 0 ? 1 : -1;
      v = base;
      if (capsDifferential && ((bits[i] as number) & SHAPE_CAPS) !== 0) v += sign * p.caps;
      // Look back up to three words for degree words ("kind of" as one dampener) and negation.
      let negated = false;
      let seen = 0;
      for (let j = i - 1; j >= s.firstToken && seen < 3; j--) {
        const b = tokens[j] as Token;
        if (b.kind !== 'word') {
          if (b.text === ',' || b.text === ';') break;
          continue;
        }
        seen++;
        const decay = seen === 1 ? 1 : seen === 2 ? 0.95 : 0.9;
        if (b.lower === 'of' && j > s.firstToken) {
          const k = (tokens[j - 1] as Token).lower;
          if (k === 'kind' || k === 'sort') {
            v -= sign * p.dampen * decay;
            j--;
            continue;
          }
        }
        const m = bits[j] as number;
        if ((m & (WB.intensify | WB.dampen | WB.negate)) === 0) continue;
        if ((m & WB.intensify) !== 0) v += sign * p.intensify * decay;
        else if ((m & WB.dampen) !== 0) v -= sign * p.dampen * decay;
        else negated = true;
      }
      if (base === 0) {
        // A function verb ("work", "load"): a complaint when negated ("doesn't work"), else nothing.
        if (!negated) continue;
        v = -BROKEN;
      } else if (negated) v *= p.negation;
    }
    if (contrastAt >= 0) v *= i < contrastAt ? p.beforeContrast : p.afterContrast;
    if (v < 0 && persist) v *= 1 + PERSISTENCE;
    if (v !== 0) counted++;
    total += v;
    if (collect) evidence.push({ range: [t.start, t.kind === 'punct' ? t.start + 2 : t.end], valence: round2(v) });
  }
  if (counted > 1) total /= Math.pow(counted, p.dilution);
  if (total !== 0 && info.bangs > 0) total += (total > 0 ? 1 : -1) * p.exclaim * Math.min(info.bangs, 4);
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
 * Details: each word of a compact lexicon (the entries of the MIT-licensed VADER lexicon whose
 * frequency in ordinary English times valence squared carries weight, plus team-curated support
 * terms; a word with a letter stretched, "sooo", counts as its dictionary spelling) contributes
 * its valence, adjusted for negation and degree words in the three preceding words, capitals,
 * and contrast markers ("but", "however"). Words in a sense that does not evaluate anything
 * carry none: "looks like" and "I'd like to" (only the verb of liking counts), "kind of" (a
 * hedge that weakens the next word), "as well", "make sure", "feel free". Emoticons and emoji
 * count on their own, out of reach of negation. The `n` valences are summed and divided by
 * `n^d` (so a tenth bad word adds less than the first), `!` strengthens the total, and the
 * total `s` becomes `s / sqrt(s² + α)`. On support text, a negated function verb ("doesn't
 * work") is a complaint, and "still", "again" or "for the third time" deepen negative words. The
 * ten constants were fitted with 10-fold cross-validation on human-rated tweets; the figures,
 * next to vader-sentiment's, are in `docs/evaluation.md`.
 * Never throws; runs in time linear in the text.
 *
 * @example
 * ```ts
 * import { createTextView, scoreSentiment } from '@rapport/core/analyze';
 *
 * scoreSentiment(createTextView('Thanks, that fixed it! Great work.')).score; // > 0.5
 * scoreSentiment(createTextView('It is still not working.')).score; // < 0
 * scoreSentiment(createTextView('It looks like the update is installed.')).score; // 0
 * ```
 * @since 0.1.0
 */
export function scoreSentiment(view: TextView): SentimentSignal {
  return scoreSentimentWith(view, DEFAULT_PARAMS, true);
}
