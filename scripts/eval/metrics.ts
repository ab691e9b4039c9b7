/** Small, dependency-free statistics for the evaluations and training scripts. */

/** Pearson correlation of two equal-length series (0 when either is constant). */
export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  if (n === 0 || n !== b.length) return 0;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] as number;
    mb += b[i] as number;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  const denominator = Math.sqrt(saa) * Math.sqrt(sbb); // not sqrt(saa * sbb): the product can underflow
  if (!(denominator > 0)) return 0;
  return Math.max(-1, Math.min(1, sab / denominator));
}

/** Per-class precision, recall and F1, plus accuracy and macro-F1. */
export interface ClassReport<C extends string> {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: Record<C, { precision: number; recall: number; f1: number; support: number }>;
  readonly n: number;
}

/** Scores predicted labels against gold labels. */
export function classReport<C extends string>(classes: readonly C[], gold: readonly C[], pred: readonly C[]): ClassReport<C> {
  const perClass = {} as Record<C, { precision: number; recall: number; f1: number; support: number }>;
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) correct++;
  let f1sum = 0;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = { precision, recall, f1, support: tp + fn };
    f1sum += f1;
  }
  return { accuracy: gold.length === 0 ? 0 : correct / gold.length, macroF1: f1sum / classes.length, perClass, n: gold.length };
}

/** A deterministic 32-bit hash (FNV-1a) for assigning items to folds by id. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The fold (0 … k−1) of an item with this id: stable across runs and machines. */
export function foldOf(id: string, k: number): number {
  return hash32(id) % k;
}

/** A seeded pseudo-random generator (mulberry32) for reproducible training. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
