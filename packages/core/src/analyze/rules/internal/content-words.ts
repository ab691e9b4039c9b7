import { listeningStopwords } from '../../data/en/index.js';
import type { TextView, Token } from '../../text/text-view.js';
import { viewCache } from './view-cache.js';

const STOP = new Set<string>(listeningStopwords);

/** A crude English stem: strips -ing, -ed, -es, -s, -ly so "crashes", "crashed", "crashing" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ly')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) return true;
  return false;
}

function isContent(t: Token): boolean {
  if (t.kind === 'number') return t.text.length >= 2;
  if (t.kind !== 'word') return false;
  if (t.lower.length < 3 && !hasDigit(t.lower)) return false;
  return !STOP.has(t.lower);
}

/**
 * The content words of `view` (not stopwords, at least three letters, or numbers), as a map from
 * stem to the first form written. Computed once per view.
 */
export const contentStems = viewCache((view: TextView): Map<string, string> => {
  const map = new Map<string, string>();
  for (const t of view.tokens) {
    if (!isContent(t)) continue;
    const s = stem(t.lower);
    if (!map.has(s)) map.set(s, t.text);
  }
  return map;
});

/** Content stems of tokens `[from, to)` of `view`. */
export function stemsIn(view: TextView, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = from; i < to; i++) {
    const t = view.tokens[i] as Token;
    if (isContent(t)) out.add(stem(t.lower));
  }
  return out;
}

/** How many stems of `a` also occur in `b`. */
export function overlap(a: Iterable<string>, b: Map<string, string> | Set<string>): number {
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n;
}
