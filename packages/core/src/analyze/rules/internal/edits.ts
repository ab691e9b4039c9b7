import type { Sentence, TextView, Token } from '../../text/text-view.js';
import type { TextEdit } from '../../types.js';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Whether token `i` starts its sentence. */
export function startsSentence(view: TextView, i: number): boolean {
  return sentenceOf(view, i).firstToken === i;
}

/** Index of the sentence holding token `i` (binary search), or -1. */
export function sentenceIndexOf(view: TextView, i: number): number {
  const ss = view.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid] as (typeof ss)[number];
    if (i < s.firstToken) hi = mid - 1;
    else if (i >= s.endToken) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding token `i` (the view's sentences cover every token). */
export function sentenceOf(view: TextView, i: number): Sentence {
  return view.sentences[sentenceIndexOf(view, i)] as Sentence;
}

/**
 * Edits that delete tokens `[first, end)` so the sentence still reads well: the following space
 * goes too (or the preceding one at the end of a clause), a comma right after the deleted words
 * is dropped ("Obviously, the…"), and a capital moves to the next word at a sentence start
 * ("Just restart it" → "Restart it").
 */
export function deleteTokens(view: TextView, first: number, end: number): TextEdit[] {
  const tokens = view.tokens;
  const text = view.text;
  const a = tokens[first] as Token;
  let lastIdx = end - 1;
  // Take a directly following comma with the deleted words.
  const maybeComma = tokens[end];
  if (maybeComma !== undefined && maybeComma.text === ',' && maybeComma.start === (tokens[lastIdx] as Token).end) {
    lastIdx = end;
    // An aside between commas ("the refund, as I said, is…"): drop both commas' worth.
    const before = first > 0 ? tokens[first - 1] : undefined;
    if (before !== undefined && before.text === ',') return [{ range: [before.start, maybeComma.end], text: '' }];
  }
  const b = tokens[lastIdx] as Token;
  const next = tokens[lastIdx + 1];
  let start = a.start;
  let stop = b.end;
  if (next !== undefined && next.kind !== 'punct') {
    // Delete the space after; keep the space before.
    while (stop < next.start && isSpace(text.charCodeAt(stop))) stop++;
  } else {
    // Before punctuation or at the end: delete the space before instead.
    while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
  }
  const capitalized = isUpper(a.text.charCodeAt(0)) && startsSentence(view, first);
  if (capitalized && next !== undefined && next.kind === 'word' && stop === next.start && !isUpper(next.text.charCodeAt(0))) {
    return [{ range: [start, next.start + 1], text: next.text.charAt(0).toUpperCase() }];
  }
  return [{ range: [start, stop], text: '' }];
}

/** `replacement` with the case pattern of `original`: "Utilize" → "Use"; lower case stays. */
export function matchCase(original: string, replacement: string): string {
  const first = original.charCodeAt(0);
  // An acronym ("DNS") says nothing about the case the plain wording needs.
  if (original.length > 1 && isUpper(original.charCodeAt(1))) return replacement;
  if (isUpper(first) && !isUpper(replacement.charCodeAt(0))) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
