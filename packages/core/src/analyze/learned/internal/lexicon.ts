/** Helpers to load the learned signals' data files (plain JSON, bundled, no network). */

/**
 * Decodes a `{ "<value>": "word word …" }` table (words grouped by their value, which keeps the
 * JSON small) into a `Map` from word to value.
 */
export function decodeGroupedLexicon(groups: Readonly<Record<string, string>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const key of Object.keys(groups)) {
    const value = Number(key);
    const words = groups[key] as string;
    let start = 0;
    for (let i = 0; i <= words.length; i++) {
      if (i === words.length || words.charCodeAt(i) === 32) {
        if (i > start) map.set(words.slice(start, i), value);
        start = i + 1;
      }
    }
  }
  return map;
}

/** A `Set` from a space-separated word list. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(' ').filter((w) => w.length > 0));
}

/** The logistic function, safe for large inputs. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Clamps `x` into `[lo, hi]` (NaN becomes `lo`). */
export function clamp(x: number, lo: number, hi: number): number {
  return x > lo ? (x < hi ? x : hi) : lo;
}
