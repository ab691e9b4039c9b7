import type { TextView, Token } from '../../text/text-view.js';

/** A lower-case `Set` from a list (duplicates and case ignored). */
export function lowerSet(list: readonly string[]): Set<string> {
  return new Set(list.map((w) => w.toLowerCase()));
}

/** Whether tokens from `i` spell `words` (lower case), ignoring nothing in between. */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i < 0 || i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if ((tokens[i + k] as Token).lower !== words[k]) return false;
  return true;
}

/** The previous word or number token before `i` within the same sentence bounds `[from, i)`, or `undefined`. */
export function previousWord(tokens: readonly Token[], i: number, from: number): Token | undefined {
  for (let k = i - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' || t.kind === 'number') return t;
    if (t.kind === 'punct') return undefined;
  }
  return undefined;
}

/** Whether the sentence around tokens `[first, end)` continues with words after `end` (not just punctuation). */
export function clauseContinues(view: TextView, end: number, sentenceEnd: number): boolean {
  const tokens = view.tokens;
  for (let k = end; k < sentenceEnd; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' || t.kind === 'number') return true;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';' || t.text === ':' || t.text === ')')) return false;
    if (t.kind === 'punct' && (t.text === ',' || t.text === '\u2014' || t.text === '-' || t.text === '\u2013')) {
      // "sorry to hear that, but…" / ", please…": a comma then a new clause does not continue it.
      return false;
    }
  }
  return false;
}

/** Index of the first word token at or after `i` (skipping mentions, punctuation, emoji), or -1. */
export function firstWordFrom(tokens: readonly Token[], i: number, end: number): number {
  for (let k = i; k < end; k++) if ((tokens[k] as Token).kind === 'word') return k;
  return -1;
}

/** How many line breaks `text` has in `[from, to)`, counting no further than `max`. */
export function lineBreaks(text: string, from: number, to: number, max: number): number {
  let n = 0;
  for (let k = from; k < to && n < max; k++) if (text.charCodeAt(k) === 10) n++;
  return n;
}
