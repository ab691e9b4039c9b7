/** Helpers to load the learned signals' data files (plain JSON, bundled, no network). */

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
