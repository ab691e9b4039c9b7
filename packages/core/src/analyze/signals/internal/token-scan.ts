/**
 * Small helpers the signal scanners share: word lists written as one string, bounded token
 * look-ups, and fixed phrases matched longest-first from their first word.
 */
import type { Token } from '../../text/text-view.js';

/** The words of a space-separated list. */
export const words = (list: string): string[] => list.split(' ');

/** The lower-cased text of token `i`, or `''` at or past `end`. */
export function lowerAt(tokens: readonly Token[], i: number, end: number): string {
  return i < end ? (tokens[i] as Token).lower : '';
}

/** Phrases (as word lists, each with a value) by their first word. */
export type PhraseTable<T> = Map<string, [readonly string[], T][]>;

/** Adds `phrase` (space-separated words) with `value` to `table`. */
export function addPhrase<T>(table: PhraseTable<T>, phrase: string, value: T): void {
  const w = words(phrase);
  const list = table.get(w[0] as string);
  if (list === undefined) table.set(w[0] as string, [[w, value]]);
  else list.push([w, value]);
}

/** The longest phrase of `table` that starts at token `i` and ends by `end`: its length and value. */
export function phraseAt<T>(table: PhraseTable<T>, tokens: readonly Token[], i: number, end: number): [number, T] | undefined {
  const list = table.get((tokens[i] as Token).lower);
  if (list === undefined) return undefined;
  let best: [number, T] | undefined;
  for (const [p, value] of list) {
    if (i + p.length > end || p.length <= (best?.[0] ?? 0)) continue;
    let j = 1;
    while (j < p.length && (tokens[i + j] as Token).lower === p[j]) j++;
    if (j === p.length) best = [j, value];
  }
  return best;
}
