import { describe, expect, it } from 'vitest';
import { seededRandom } from '../eval/metrics.js';
import { fitLogistic, fitSoftmax, logit, roundSig, softmaxProbabilities } from './logistic.js';

describe('fitLogistic', () => {
  it('learns a noisy linear boundary and returns weights for raw features', () => {
    const rand = seededRandom(1);
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 400; i++) {
      const a = rand() * 10;
      const b = rand() * 10;
      xs.push([a, b]);
      ys.push(a + 0.5 * b + (rand() - 0.5) > 7.5 ? 1 : 0);
    }
    const model = fitLogistic(xs, ys, 0.01);
    const correct = xs.filter((x, i) => (logit(model, x) >= 0 ? 1 : 0) === ys[i]).length;
    expect(correct / xs.length).toBeGreaterThan(0.9);
    expect(model.weights[0]!).toBeGreaterThan(model.weights[1]!);
    expect(fitLogistic(xs, ys, 0.01)).toEqual(model); // deterministic
  });

  it('shrinks weights as the penalty grows and respects the cap', () => {
    const xs = [[0], [1], [2], [3]];
    const ys = [0, 0, 1, 1];
    const loose = fitLogistic(xs, ys, 0.01);
    const tight = fitLogistic(xs, ys, 10);
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
    const capped = fitLogistic(xs, ys, 0.01, 0.5);
    const sd = Math.sqrt(1.25); // standard deviation of 0..3
    expect(Math.abs(capped.weights[0]! * sd)).toBeLessThanOrEqual(0.5 + 1e-12);
  });
});

describe('fitSoftmax', () => {
  it('separates three clusters', () => {
    const xs = [[0, 0], [0.2, 0.1], [5, 0], [5.1, 0.3], [0, 5], [0.3, 5.2]];
    const ys = [0, 0, 1, 1, 2, 2];
    const model = fitSoftmax(xs, ys, 3, 0.001, 500);
    xs.forEach((x, i) => {
      const p = softmaxProbabilities(model, x);
      expect(p.indexOf(Math.max(...p))).toBe(ys[i]);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    });
  });
});

describe('roundSig', () => {
  it('keeps four significant digits', () => {
    expect(roundSig(0.000123456)).toBe(0.0001235);
    expect(roundSig(-12345.6)).toBe(-12350);
    expect(roundSig(0)).toBe(0);
  });
});
