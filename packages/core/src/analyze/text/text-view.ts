/**
 * The shared, precomputed view of a message that every rule and signal reads: tokens with their
 * UTF-16 offsets and sentences. It is computed once per analysis by a single linear scan (no
 * regular expressions on the hot path), so twenty rules cost one tokenization, not twenty.
 */
import { charId, idOf, rememberIds, spanId, wordOf, wordSet } from './word-set.js';

/**
 * What a token is.
 *
 * - `word`: letters, with inner apostrophes and hyphens (`don't`, `follow-up`, `e-mail`), and
 *   letter-digit mixes such as `2FA` or `Win11`.
 * - `number`: digits with inner `.`/`,`/`:` (`3.5`, `1,000`, `15:30`).
 * - `punct`: one punctuation character (`.`, `!`, `?`, `,`...); runs such as `!!!` are one token
 *   per character.
 * - `url`, `email`, `mention` (`@name`, `#tag`): kept whole so rules do not read inside them.
 * - `other`: anything else (symbols, emoji), one code point per token.
 *
 * @since 0.1.0
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'url' | 'email' | 'mention' | 'other';

/**
 * One token of the analyzed text.
 *
 * @since 0.1.0
 */
export interface Token {
  /** The token as written. */
  readonly text: string;
  /** The token lower-cased (for dictionary look-ups), with typographic apostrophes as `'`. */
  readonly lower: string;
  /** UTF-16 offset of the first code unit. */
  readonly start: number;
  /** UTF-16 offset just past the last code unit (end-exclusive). */
  readonly end: number;
  /** What the token is. */
  readonly kind: TokenKind;
}

/**
 * One sentence: a run of tokens ended by `.`, `!`, `?`, `…`, a blank line or the end of text.
 *
 * @since 0.1.0
 */
export interface Sentence {
  /** UTF-16 offset of the sentence's first token. */
  readonly start: number;
  /** UTF-16 offset just past its last token, terminal punctuation included. */
  readonly end: number;
  /** Index of its first token in {@link TextView.tokens}. */
  readonly firstToken: number;
  /** Index just past its last token in {@link TextView.tokens}. */
  readonly endToken: number;
  /** The terminal punctuation: `'?'`, `'!'`, `'.'`, or `''` when it ends without one. */
  readonly terminator: '?' | '!' | '.' | '';
}

/**
 * The precomputed view of one text.
 *
 * @since 0.1.0
 */
export interface TextView {
  /** The exact string analyzed; every offset points into it. */
  readonly text: string;
  /** All tokens in order. */
  readonly tokens: readonly Token[];
  /** All sentences in order; empty for a text with no tokens. */
  readonly sentences: readonly Sentence[];
  /** Number of `word` tokens. */
  readonly wordCount: number;
  /** Number of paragraphs (runs of text separated by blank lines). */
  readonly paragraphCount: number;
}

// Abbreviations after which a period does not end a sentence even before a capital ("Dr. Kim"),
// tested by vocabulary id (the tokenizer has the word's id at hand).
const TITLE_ABBREVIATIONS = wordSet([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'e.g', 'i.e', 'eg', 'ie', 'approx',
  'dept', 'fig', 'ext', 'tel', 'cf',
]);
// Abbreviations that do not end a sentence before a number ("No. 5", "ref. 12").
const NUMBER_ABBREVIATIONS = new Set(['no', 'nr', 'ref', 'vol', 'pp', 'p', 'art', 'sec']);

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_DIGIT = /\p{Nd}/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0xfeff;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018;
}
function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether the code point at `i` is a letter or combining mark, and its UTF-16 width (0 if not). */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (isSpace(c)) return 0;
  if (isHighSurrogate(c) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
    return NON_ASCII_LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (isHighSurrogate(c) || isLowSurrogate(c)) return 0;
  return NON_ASCII_LETTER.test(text[i] as string) ? 1 : 0;
}

function digitWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isDigit(c) ? 1 : 0;
  if (isHighSurrogate(c) || isLowSurrogate(c) || isSpace(c)) return 0;
  return NON_ASCII_DIGIT.test(text[i] as string) ? 1 : 0;
}

function alnumWidth(text: string, i: number): number {
  return letterWidth(text, i) || digitWidth(text, i);
}

function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return isHighSurrogate(c) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

function startsWithCaseless(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

// Characters that may continue a URL (RFC 3986 unreserved + reserved, plus '%').
function isUrlChar(c: number): boolean {
  return c > 32 && c < 127 && c !== 34 && c !== 60 && c !== 62 && c !== 96 && c !== 123 && c !== 125 && c !== 124 && c !== 92 && c !== 94;
}

/** Scans a URL starting at `i` (already known to start with a scheme or `www.`); returns its end. */
function scanUrl(text: string, i: number): number {
  let j = i;
  while (j < text.length && isUrlChar(text.charCodeAt(j))) j++;
  // Trailing punctuation belongs to the sentence, not the URL; a ')' only if unbalanced.
  let balance = 0;
  for (let k = i; k < j; k++) {
    const d = text.charCodeAt(k);
    if (d === 40) balance++;
    else if (d === 41) balance--;
  }
  while (j > i) {
    const c = text.charCodeAt(j - 1);
    if (c === 46 || c === 44 || c === 33 || c === 63 || c === 58 || c === 59 || c === 39) {
      j--;
      continue;
    }
    if (c === 41 && balance < 0) {
      balance++;
      j--;
      continue;
    }
    break;
  }
  return j;
}

function urlStart(text: string, i: number): boolean {
  // "http…" has a 't' second, "www." a 'w': most words starting with h or w are ruled out here.
  const second = text.charCodeAt(i + 1) | 32;
  if (second !== 116 && second !== 119) return false;
  if (startsWithCaseless(text, i, 'http://') || startsWithCaseless(text, i, 'https://')) return true;
  if (startsWithCaseless(text, i, 'www.')) return i + 4 < text.length && alnumWidth(text, i + 4) > 0;
  return false;
}

// What scanWord learned about a word besides its end (bit flags, so the scan allocates nothing).
const HAS_LETTER = 1;
const HAS_UPPER = 2;
const NON_ASCII = 4;
let scannedFlags = 0;
/** The running hash of the scanned word's code units, A–Z folded (valid without `NON_ASCII`). */
let scannedHash = 0;

/**
 * Scans a word starting at `i` (a letter or digit); returns its end and leaves in `scannedFlags`
 * whether it has a letter (else it is numeric), an ASCII capital, or any non-ASCII code unit,
 * and in `scannedHash` the vocabulary hash of its lower case (see `spanId` in `word-set.ts`), so
 * the word is looked up without a string. ASCII letters and digits are tested inline; anything
 * else goes through the general checks.
 */
function scanWord(text: string, i: number): number {
  let j = i;
  let flags = 0;
  let h = 0;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c >= 97 && c <= 122) {
      flags |= HAS_LETTER;
      h = (Math.imul(h, 31) + c) | 0;
      j++;
      continue;
    }
    if (c >= 65 && c <= 90) {
      flags |= HAS_LETTER | HAS_UPPER;
      h = (Math.imul(h, 31) + c + 32) | 0;
      j++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      h = (Math.imul(h, 31) + c) | 0;
      j++;
      continue;
    }
    if (c >= 128) {
      const lw = letterWidth(text, j);
      if (lw > 0) {
        flags |= HAS_LETTER | NON_ASCII;
        j += lw;
        continue;
      }
      const dw = digitWidth(text, j);
      if (dw > 0) {
        flags |= NON_ASCII;
        j += dw;
        continue;
      }
    }
    // Inner connectors: apostrophe or hyphen between letters; . , : between digits (3.5, 1,000, 15:30).
    // A space, the usual end of a word, is none of them.
    if (c !== 32 && j + 1 < n && j > i) {
      const hasLetter = (flags & HAS_LETTER) !== 0;
      if ((isApostrophe(c) || c === 45 || c === 0x2010) && letterWidth(text, j - 1) > 0 && letterWidth(text, j + 1) > 0) {
        if (c >= 128) flags |= NON_ASCII;
        h = (Math.imul(h, 31) + c) | 0;
        j++;
        continue;
      }
      if ((c === 46 || c === 44 || c === 58) && !hasLetter && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1))) {
        h = (Math.imul(h, 31) + c) | 0;
        j++;
        continue;
      }
      // Dotted abbreviations like e.g / i.e / a.m: a single letter, '.', a letter.
      if (c === 46 && hasLetter && j - i === 1 && letterWidth(text, j + 1) > 0 && (j + 2 >= n || letterWidth(text, j + 2) === 0)) {
        h = (Math.imul(h, 31) + c) | 0;
        j++;
        continue;
      }
      if (c === 46 && hasLetter && j - i === 3 && text.charCodeAt(i + 1) === 46 && letterWidth(text, j + 1) > 0 && (j + 2 >= n || letterWidth(text, j + 2) === 0)) {
        h = (Math.imul(h, 31) + c) | 0;
        j++;
        continue;
      }
    }
    break;
  }
  scannedFlags = flags;
  scannedHash = h;
  return j;
}

function lowerOf(word: string): string {
  let lower = word.toLowerCase();
  if (lower.includes('\u2019') || lower.includes('\u2018')) lower = lower.replace(/[\u2018\u2019]/g, "'");
  return lower;
}

/**
 * The state of one tokenization. A class rather than closures inside `createTextView`, so a call
 * allocates one object instead of two closures and their context.
 */
class ViewBuilder {
  readonly tokens: Token[] = [];
  /** The vocabulary id of each token's `lower` (see `text/word-set.ts`). */
  readonly ids: number[] = [];
  readonly sentences: Sentence[] = [];
  wordCount = 0;
  paragraphCount = 0;
  inParagraph = false;
  sentenceFirst = -1;
  newlinesSinceToken = 0;

  constructor(readonly text: string) {}

  closeSentence(terminator: Sentence['terminator']): void {
    const tokens = this.tokens;
    if (this.sentenceFirst < 0 || this.sentenceFirst >= tokens.length) {
      this.sentenceFirst = -1;
      return;
    }
    const first = tokens[this.sentenceFirst] as Token;
    const last = tokens[tokens.length - 1] as Token;
    this.sentences.push({ start: first.start, end: last.end, firstToken: this.sentenceFirst, endToken: tokens.length, terminator });
    this.sentenceFirst = -1;
  }

  /** Adds a token whose lower-case form and its vocabulary id are already known. */
  push(start: number, end: number, kind: TokenKind, raw: string, lower: string, id: number): void {
    if (this.newlinesSinceToken >= 2) this.closeSentence('');
    if (!this.inParagraph || this.newlinesSinceToken >= 2) {
      this.paragraphCount++;
      this.inParagraph = true;
    }
    this.newlinesSinceToken = 0;
    if (this.sentenceFirst < 0) this.sentenceFirst = this.tokens.length;
    this.tokens.push({ text: raw, lower, start, end, kind });
    this.ids.push(id);
    if (kind === 'word') this.wordCount++;
  }

  /** Adds a token of any kind but `word`, lower-cased as written. */
  pushRaw(start: number, end: number, kind: TokenKind): void {
    const raw = this.text.slice(start, end);
    const c = this.text.charCodeAt(start);
    // ASCII punctuation and symbols have no case: skip the call.
    if (end - start === 1 && c < 128) this.push(start, end, kind, raw, raw, charId(c));
    else {
      const lower = raw.toLowerCase();
      this.push(start, end, kind, raw, lower, idOf(lower));
    }
  }
}

/**
 * Tokenizes `text` and splits it into sentences, in one linear pass.
 *
 * When to use: rules and signals receive a ready `TextView` from the engine; call this yourself
 * only to test a rule helper or to analyze text outside `analyze()`.
 *
 * Never throws: any string (empty, lone surrogates, NUL bytes, mixed scripts) gives a view.
 *
 * @example
 * ```ts
 * import { createTextView } from '@rapport/core/analyze';
 *
 * const view = createTextView("Hi Dana! Can you restart it? Thanks.");
 * view.sentences.length; // 3
 * view.tokens[0]; // { text: 'Hi', lower: 'hi', start: 0, end: 2, kind: 'word' }
 * ```
 * @since 0.1.0
 */
export function createTextView(text: string): TextView {
  const b = new ViewBuilder(text);
  const tokens = b.tokens;
  const n = text.length;
  let facts = 0;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if ((c <= 32 || c >= 0xa0) && isSpace(c)) {
      if (c === 10) b.newlinesSinceToken++;
      i++;
      continue;
    }
    // Only 'h' and 'w' can start a URL ("http://", "https://", "www.").
    const folded = c | 32;
    if ((folded === 104 || folded === 119) && urlStart(text, i)) {
      const end = scanUrl(text, i);
      b.pushRaw(i, end, 'url');
      i = end;
      continue;
    }
    if ((c === 64 || c === 35) && i + 1 < n && alnumWidth(text, i + 1) > 0 && (i === 0 || alnumWidth(text, i - 1) === 0)) {
      let j = i + 1;
      while (j < n) {
        const w = alnumWidth(text, j);
        if (w > 0) j += w;
        else if (text.charCodeAt(j) === 95) j++;
        else break;
      }
      b.pushRaw(i, j, 'mention');
      i = j;
      continue;
    }
    if (c < 128 ? isAsciiLetter(c) || isDigit(c) : alnumWidth(text, i) > 0) {
      // Most words are ASCII letters and digits ended by a space or a mark that joins nothing:
      // scanned here; anything that might join (' - . , : or a non-ASCII unit) goes to scanWord.
      let end = i;
      let flags = 0;
      let h = 0;
      let d = c;
      for (;;) {
        if (d >= 97 && d <= 122) flags |= HAS_LETTER;
        else if (d >= 65 && d <= 90) {
          flags |= HAS_LETTER | HAS_UPPER;
          d += 32;
        } else if (!(d >= 48 && d <= 57)) break;
        h = (Math.imul(h, 31) + d) | 0;
        if (++end === n) break;
        d = text.charCodeAt(end);
      }
      if (end < n && (d >= 128 || d === 39 || d === 45 || d === 46 || d === 44 || d === 58)) {
        end = scanWord(text, i);
        flags = scannedFlags;
        h = scannedHash;
        d = text.charCodeAt(end);
      }
      // user.name@example.com: an email address is kept whole.
      const after = end < n ? d : -1;
      if (after === 64 || ((after === 46 || after === 95 || after === 43 || after === 45) && emailAhead(text, end))) {
        const emailEnd = scanEmail(text, i);
        if (emailEnd > 0) {
          b.pushRaw(i, emailEnd, 'email');
          i = emailEnd;
          continue;
        }
      }
      const kind = (flags & HAS_LETTER) === 0 ? 'number' : 'word';
      // (A one-letter word is followed by no letter, so reading one past it is safe.)
      if ((flags & HAS_UPPER) !== 0 && isAsciiUpper(c) && isAsciiUpper(text.charCodeAt(i + 1))) facts |= CAPS_PAIR;
      if ((flags & NON_ASCII) === 0) {
        // An ASCII word is looked up in the vocabulary by the hash of its lower case, computed
        // while scanning; a known word shares the vocabulary's string as its `lower` (and as its
        // `text` when written without capitals), so most tokens cost no new string.
        const id = spanId(text, i, end, h);
        if (id !== 0) {
          const word = wordOf(id);
          b.push(i, end, kind, (flags & HAS_UPPER) !== 0 ? text.slice(i, end) : word, word, id);
        } else {
          // An ASCII word without capitals is its own lower case (and has no typographic apostrophe).
          const raw = text.slice(i, end);
          b.push(i, end, kind, raw, (flags & HAS_UPPER) !== 0 ? raw.toLowerCase() : raw, 0);
        }
      } else {
        const raw = text.slice(i, end);
        const lower = kind === 'number' ? raw.toLowerCase() : lowerOf(raw);
        b.push(i, end, kind, raw, lower, idOf(lower));
      }
      i = end;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0xff01 || c === 0xff1f || c === 0x3002) {
      const runStart = tokens.length;
      b.pushRaw(i, i + 1, 'punct');
      i++;
      // A run of terminal punctuation (?!, ..., !!!) is part of the same sentence end.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 46 || d === 33 || d === 63 || d === 0x2026) {
          if ((d === 33 || d === 63) && isMark(text.charCodeAt(i - 1))) facts |= MARK_PAIR;
          b.pushRaw(i, i + 1, 'punct');
          i++;
        } else break;
      }
      // Closing quotes and brackets stay with the sentence.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 34 || d === 39 || d === 41 || d === 93 || d === 0x201d || d === 0x2019) {
          b.pushRaw(i, i + 1, 'punct');
          i++;
        } else break;
      }
      if (endsSentence(text, tokens, b.ids, runStart, i)) b.closeSentence(terminatorOf(tokens, runStart));
      continue;
    }
    const w = codePointWidth(text, i);
    const isPunct = c < 128 ? !isAsciiLetter(c) && !isDigit(c) && c > 32 && isAsciiPunct(c) : isUnicodePunct(c);
    b.pushRaw(i, i + w, isPunct ? 'punct' : 'other');
    i += w;
  }
  b.closeSentence(tokens.length > 0 ? terminatorOf(tokens, trailingPunctStart(tokens, b.sentenceFirst)) : '');
  const view: TextView = { text, tokens, sentences: b.sentences, wordCount: b.wordCount, paragraphCount: b.paragraphCount };
  rememberIds(view, b.ids);
  factsKey1 = factsKey0;
  factsValue1 = factsValue0;
  factsKey0 = view;
  factsValue0 = facts;
  return view;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isMark(c: number): boolean {
  return c === 33 || c === 63;
}

/** {@link viewFacts} bit: some word token starts with two ASCII capitals ("VPN", "NOT"). @internal */
export const CAPS_PAIR = 1;
/** {@link viewFacts} bit: two `!`/`?` tokens written together ("?!", "!!"). @internal */
export const MARK_PAIR = 2;

// The facts of the last two views made (the message and its context).
let factsKey0: TextView | undefined;
let factsValue0 = 0;
let factsKey1: TextView | undefined;
let factsValue1 = 0;

/**
 * Facts about `view` that rules test before scanning its tokens ({@link CAPS_PAIR},
 * {@link MARK_PAIR}), noted by the tokenizer as it goes; a clear bit means no token has the
 * property. -1 (every bit set: unknown) for a view other than the last two it made.
 *
 * @internal For the rule pack's pre-checks.
 */
export function viewFacts(view: TextView): number {
  return view === factsKey0 ? factsValue0 : view === factsKey1 ? factsValue1 : -1;
}

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}
function isUnicodePunct(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x3001 && c <= 0x3003) || c === 0xa1 || c === 0xbf || c === 0xab || c === 0xbb || (c >= 0xff01 && c <= 0xff0f);
}

/** Index of the first token of the run of punctuation that ends `tokens` (not before `floor`). */
function trailingPunctStart(tokens: readonly Token[], floor: number): number {
  let k = tokens.length;
  while (k > Math.max(floor, 0) && (tokens[k - 1] as Token).kind === 'punct') k--;
  return k;
}

/** The terminator of a sentence whose closing punctuation run starts at `runStart`. */
function terminatorOf(tokens: readonly Token[], runStart: number): Sentence['terminator'] {
  // "really?!" counts as a question: '?' wins over '!', which wins over '.'.
  let sawQuestion = false;
  let sawBang = false;
  let sawDot = false;
  for (let k = runStart; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === '?' || t.text === '\uff1f') sawQuestion = true;
    else if (t.text === '!' || t.text === '\uff01') sawBang = true;
    else if (t.text === '.' || t.text === '\u2026' || t.text === '\u3002') sawDot = true;
  }
  return sawQuestion ? '?' : sawBang ? '!' : sawDot ? '.' : '';
}

/** Whether terminal punctuation just scanned (ending before `i`) ends the sentence. */
function endsSentence(text: string, tokens: readonly Token[], ids: readonly number[], runStart: number, i: number): boolean {
  const firstMark = tokens[runStart];
  const before = runStart > 0 ? (tokens[runStart - 1] as Token) : undefined;
  if (!firstMark) return false;
  const next = nextNonSpace(text, i);
  if (next < 0) return true;
  const c = text.charCodeAt(next);
  const singlePeriod = firstMark.text === '.' && tokens.length === runStart + 1;
  if (singlePeriod && before && before.end === firstMark.start && before.kind === 'word') {
    if (TITLE_ABBREVIATIONS.hasId(ids[runStart - 1] as number)) return false;
    // An initial ("J. Smith").
    if (before.text.length === 1 && before.text.charCodeAt(0) >= 65 && before.text.charCodeAt(0) <= 90) return false;
    if (isDigit(c) && NUMBER_ABBREVIATIONS.has(before.lower)) return false;
  }
  // "config.json", "v1.2": a period with no space after it does not end a sentence.
  if (next === i && firstMark.text === '.') return false;
  // A period or ellipsis followed by a lower-case letter does not end a sentence.
  if ((firstMark.text === '.' || firstMark.text === '\u2026') && c >= 97 && c <= 122) return false;
  return true;
}

function nextNonSpace(text: string, i: number): number {
  for (let j = i; j < text.length; j++) if (!isSpace(text.charCodeAt(j))) return j;
  return -1;
}

function emailAhead(text: string, i: number): boolean {
  // Look ahead (bounded) for an '@' inside a local-part-looking run.
  for (let j = i; j < text.length && j < i + 64; j++) {
    const c = text.charCodeAt(j);
    if (c === 64) return true;
    if (!(isAsciiLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 43 || c === 45)) return false;
  }
  return false;
}

/** Scans `local@domain.tld` from `i`; returns its end, or -1 when it is not an address. */
function scanEmail(text: string, i: number): number {
  let j = i;
  while (j < text.length && j < i + 64) {
    const c = text.charCodeAt(j);
    if (isAsciiLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 43 || c === 45) j++;
    else break;
  }
  if (j >= text.length || text.charCodeAt(j) !== 64 || j === i) return -1;
  j++;
  const domainStart = j;
  let lastDot = -1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isAsciiLetter(c) || isDigit(c) || c === 45) j++;
    else if (c === 46 && j + 1 < text.length && (isAsciiLetter(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 1)))) {
      lastDot = j;
      j++;
    } else break;
  }
  if (lastDot < domainStart || j - lastDot < 3) return -1;
  return j;
}
