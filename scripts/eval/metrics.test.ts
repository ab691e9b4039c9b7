import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classReport, foldOf, pearson, seededRandom } from './metrics.js';

describe('pearson', () => {
  it('is 1 for a perfect positive line, -1 for a negative one, 0 for a constant series', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
  });

  it('matches a hand-computed value', () => {
    // x = 1..4, y = 1, 3, 2, 4: r = 0.8
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });

  it('never leaves [-1, 1], even on values that underflow', () => {
    expect(pearson([5e-324, 0, 1e-320], [1, 2, 3])).toBeGreaterThanOrEqual(-1);
    expect(Math.abs(pearson([5e-324, 0, 1e-320], [1, 2, 3]))).toBeLessThanOrEqual(1);
  });

  it('is invariant under positive linear maps of ratings and stays in [-1, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 })).map(([a, b]) => [a / 100, b / 100] as const), { minLength: 3, maxLength: 30 }), (pairs) => {
        const xs = pairs.map((p) => p[0]);
        const ys = pairs.map((p) => p[1]);
        const r = pearson(xs, ys);
        expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-9);
        expect(pearson(xs.map((x) => 3 * x + 7), ys)).toBeCloseTo(r, 6);
      }),
    );
  });
});

describe('classReport', () => {
  it('computes accuracy, per-class precision/recall/F1 and macro-F1', () => {
    const gold = ['a', 'a', 'b', 'b'] as const;
    const pred = ['a', 'b', 'b', 'b'] as const;
    const r = classReport(['a', 'b'], gold, pred);
    expect(r.accuracy).toBe(0.75);
    expect(r.perClass.a).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(r.perClass.b.precision).toBeCloseTo(2 / 3, 12);
    expect(r.perClass.b.recall).toBe(1);
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 12);
  });
});

describe('foldOf and seededRandom', () => {
  it('assign folds deterministically and roughly evenly', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `id-${i}`);
    const counts = new Array<number>(10).fill(0);
    for (const id of ids) counts[foldOf(id, 10)]!++;
    expect(foldOf('id-42', 10)).toBe(foldOf('id-42', 10));
    for (const c of counts) expect(c).toBeGreaterThan(60);
  });

  it('replays the same sequence for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
  });
});
