import type { TextView, Token } from '../text/text-view.js';
import type { TextRange } from '../types.js';
import { countSyllables } from './internal/syllables.js';

/**
 * Options of {@link readability}.
 * @since 0.1.0
 */
export interface ReadabilityOptions {
  /** A sentence with more words than this is listed in `longSentences` (default 25). */
  readonly longSentenceWords?: number;
}

/**
 * Readability figures of one text, computed from its {@link TextView}.
 * @since 0.1.0
 */
export interface ReadabilityFigures {
  /** Number of words (word tokens; numbers, URLs and symbols are not words). */
  readonly words: number;
  /** Number of sentences that contain at least one word. */
  readonly sentences: number;
  /** Number of paragraphs (runs of text separated by a blank line). */
  readonly paragraphs: number;
  /** Length of the text in UTF-16 code units. */
  readonly characters: number;
  /** Mean words per sentence (0 for a text without words). */
  readonly wordsPerSentence: number;
  /** Mean estimated syllables per word (0 for a text without words). */
  readonly syllablesPerWord: number;
  /** Number of words of three or more syllables. */
  readonly complexWords: number;
  /** Ranges of the sentences with more words than the threshold, in text order. */
  readonly longSentences: readonly TextRange[];
  /** Word count of the longest sentence. */
  readonly longestSentenceWords: number;
  /**
   * Flesch reading ease: about 100 for very easy text, 60–70 for plain English, below 30 for
   * dense academic prose; 0 for a text without words. Not clamped.
   */
  readonly readingEase: number;
  /** Flesch–Kincaid grade level (a US school grade), at least 0; 0 for a text without words. */
  readonly grade: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Measures how easy a text is to read: words, sentences, words per sentence, long sentences (with
 * ranges), syllables per word, Flesch reading ease and the Flesch–Kincaid grade.
 *
 * When to use: to show a writer why a reply is hard to read, or to compare canned replies. The
 * analyzer computes it once per message as `signals.readability`; call it yourself on a
 * `TextView` outside `analyze()`.
 *
 * Details: one pass over the view's tokens; syllables are estimated with vowel-group rules (exact
 * for most common words, off by one for some). Sentences without words (a lone "?") are not
 * counted. The formulas are the published Flesch (1948) and Kincaid et al. (1975) ones:
 * ease = 206.835 − 1.015 × words/sentence − 84.6 × syllables/word, grade = 0.39 × words/sentence
 * + 11.8 × syllables/word − 15.59. Never throws.
 *
 * @example
 * ```ts
 * import { createTextView } from '@rapport/core/analyze';
 * import { readability } from '@rapport/core/analyze';
 *
 * const r = readability(createTextView('Your laptop needs a restart. It takes two minutes.'));
 * r.words; // 9
 * r.sentences; // 2
 * r.longSentences; // []
 * ```
 * @since 0.1.0
 */
export function readability(view: TextView, options: ReadabilityOptions = {}): ReadabilityFigures {
  const limit = options.longSentenceWords ?? 25;
  const tokens = view.tokens;
  let syllables = 0;
  let complexWords = 0;
  let sentences = 0;
  let longest = 0;
  const longSentences: TextRange[] = [];
  for (const s of view.sentences) {
    let words = 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') continue;
      words++;
      const n = countSyllables(t.lower);
      syllables += n;
      if (n >= 3) complexWords++;
    }
    if (words === 0) continue;
    sentences++;
    if (words > longest) longest = words;
    if (words > limit) longSentences.push([s.start, s.end]);
  }
  const words = view.wordCount;
  // Without words every mean and score is 0.
  const some = words > 0 && sentences > 0;
  const wps = some ? words / sentences : 0;
  const spw = some ? syllables / words : 0;
  return {
    words,
    sentences,
    paragraphs: view.paragraphCount,
    characters: view.text.length,
    wordsPerSentence: round2(wps),
    syllablesPerWord: round2(spw),
    complexWords: some ? complexWords : 0,
    longSentences,
    longestSentenceWords: some ? longest : 0,
    readingEase: some ? round1(206.835 - 1.015 * wps - 84.6 * spw) : 0,
    grade: some ? Math.max(0, round1(0.39 * wps + 11.8 * spw - 15.59)) : 0,
  };
}
