import type { TextView, Token } from '../../text/text-view.js';

const CLAUSE_MARKS = new Set(['.', '!', '?', ';', ':', ')', ',', '\u2014', '-', '\u2013']);

/** Whether the sentence around tokens `[first, end)` continues with words after `end` (not just punctuation). */
export function clauseContinues(view: TextView, end: number, sentenceEnd: number): boolean {
  const tokens = view.tokens;
  for (let k = end; k < sentenceEnd; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' || t.kind === 'number') return true;
    // A sentence or clause mark ends it: "sorry to hear that, but…" / ", please…" start a new clause.
    if (t.kind === 'punct' && CLAUSE_MARKS.has(t.text)) return false;
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
