import { RapportError } from '../../errors.js';
import { compileTrie, longestAt, variants } from '../text/phrase-trie.js';
import { createTextView, type TextView, type Token } from '../text/text-view.js';
import { idOf, wordIds } from '../text/word-set.js';

/** A token's case-sensitive key: its text with straight apostrophes. */
const exactKey = (token: Token): string => token.text.replace(/[\u2018\u2019]/g, "'");

// The case-sensitive ids of the last view (shared by every case-sensitive matcher), valid while
// `wordIds` returns the same object for it (the vocabulary has not grown since).
let exactFor: object | undefined;
let exactCached: readonly number[] = [];

/** The vocabulary ids of `view`'s tokens' case-sensitive keys. */
function exactIds(view: TextView): readonly number[] {
  const words = wordIds(view);
  if (words !== exactFor) {
    // A word written in lower case is its own key (`lower` already has straight apostrophes).
    exactCached = view.tokens.map((t, i) => (t.kind === 'word' && t.text === t.lower ? (words.ids[i] as number) : idOf(exactKey(t))));
    exactFor = words;
  }
  return exactCached;
}

/**
 * One phrase found by a {@link PhraseMatcher}.
 * @since 0.1.0
 */
export interface PhraseMatch {
  /** Index of the matched phrase in the list given to `compilePhrases`. */
  readonly phraseIndex: number;
  /** Index of the first matched token in `view.tokens`. */
  readonly firstToken: number;
  /** Index just past the last matched token. */
  readonly endToken: number;
  /** UTF-16 offset where the match starts. */
  readonly start: number;
  /** UTF-16 offset where the match ends (exclusive). */
  readonly end: number;
}

/**
 * Options of `compilePhrases`.
 * @since 0.1.0
 */
export interface CompilePhrasesOptions {
  /** Match the case as written (default `false`: `Sorry` matches `sorry`). */
  readonly caseSensitive?: boolean;
  /** Also match words written without their apostrophe (`dont` for `don't`; default `true`). */
  readonly apostropheVariants?: boolean;
  /** Also match hyphenated words split or joined (`follow up`, `followup` for `follow-up`; default `true`). */
  readonly hyphenVariants?: boolean;
}

/**
 * Options of {@link PhraseMatcher.find}.
 * @since 0.1.0
 */
export interface FindPhrasesOptions {
  /** First token index to consider (default 0). */
  readonly from?: number;
  /** Token index to stop before (default: all tokens). Matches never extend past it. */
  readonly to?: number;
  /** Report the longest match at every start token, even inside an earlier match (default `false`). */
  readonly overlapping?: boolean;
}

/**
 * A compiled phrase list. Created once (per rule module or per configuration), used per message.
 * @since 0.1.0
 */
export interface PhraseMatcher {
  /** Number of phrases compiled. */
  readonly size: number;
  /**
   * Finds phrases in `view`, left to right; at each position the longest phrase wins, and by
   * default matching resumes after it (no overlaps). Linear in the number of tokens.
   */
  find(view: TextView, options?: FindPhrasesOptions): PhraseMatch[];
}

/**
 * Compiles a list of phrases into a token trie, once, for fast matching over a `TextView`.
 *
 * When to use: in any rule that looks for words or multi-word phrases ("sorry for any
 * inconvenience", "as per"): it matches on the shared tokens, so it costs one map look-up per
 * token rather than a regex pass per phrase.
 *
 * Details: phrases are tokenized with the same tokenizer as the analyzed text, so punctuation
 * inside a phrase ("sorry, but") matches punctuation tokens. A token `*` in a phrase matches any
 * one word or number. Matching is case-insensitive unless `caseSensitive`; typographic
 * apostrophes match straight ones; by default `dont` also matches `don't` and `follow up` /
 * `followup` match `follow-up`. Duplicate phrases keep the first index. An empty phrase or one
 * made only of `*` throws a `RapportError` (`INVALID_INPUT`) naming its index.
 *
 * @example
 * ```ts
 * import { compilePhrases, createTextView } from '@rapport/core/analyze';
 *
 * const matcher = compilePhrases(['sorry for any inconvenience', 'as per', 'follow-up']);
 * const view = createTextView('As per your email, sorry for any inconvenience. A follow up is planned.');
 * matcher.find(view).map((m) => m.phraseIndex); // [1, 0, 2]
 * ```
 * @since 0.1.0
 */
export function compilePhrases(phrases: readonly string[], options: CompilePhrasesOptions = {}): PhraseMatcher {
  phrases.forEach((phrase, index) => {
    const tokens = typeof phrase === 'string' ? createTextView(phrase).tokens : [];
    if (tokens.every((t) => t.text === '*')) {
      throw new RapportError('INVALID_INPUT', `Phrase ${index} is empty or only wildcards`, {
        issues: [{ code: 'invalid_phrase', path: [index], message: 'a phrase needs at least one word' }],
      });
    }
  });
  const caseSensitive = options.caseSensitive === true;
  // The trie is the rule pack's (`rules/internal/pack-phrases.ts`): phrase words join the shared
  // vocabulary (for the life of the program, once per distinct word), and a view's words are
  // looked up there once, for the pack and every matcher alike.
  const apostrophes = options.apostropheVariants !== false;
  const hyphens = options.hyphenVariants !== false;
  // `variants` lists the word, then its apostrophe-free form (when it has an apostrophe), then
  // its hyphen forms; `*` is key '' (id 0, the wildcard), so a real word's empty form is dropped.
  const trie = compileTrie([phrases], (token) => {
    if (token.text === '*') return [['']];
    const key = caseSensitive ? exactKey(token) : token.lower;
    const apostrophe = key.includes("'") ? 1 : 0;
    return variants(key).filter((alt, k) => !alt.includes('') && (k === 0 || (k <= apostrophe ? apostrophes : hyphens)));
  });
  return {
    size: phrases.length,
    find(view: TextView, findOptions: FindPhrasesOptions = {}): PhraseMatch[] {
      const tokens = view.tokens;
      const to = Math.min(findOptions.to ?? tokens.length, tokens.length);
      const ids = caseSensitive ? exactIds(view) : wordIds(view).ids;
      const matches: PhraseMatch[] = [];
      const best: [number, number] = [0, 0];
      for (let i = Math.max(findOptions.from ?? 0, 0); i < to; ) {
        if (!longestAt(trie, ids, tokens, i, to, best)) {
          i++;
          continue;
        }
        const endToken = best[0];
        matches.push({ phraseIndex: best[1], firstToken: i, endToken, start: (tokens[i] as Token).start, end: (tokens[endToken - 1] as Token).end });
        i = findOptions.overlapping === true ? i + 1 : endToken;
      }
      return matches;
    },
  };
}
