import { describe, expect, it } from 'vitest';
import { seededRandom } from '../eval/metrics.js';
import { fitSoftmax, softmaxProbabilities } from './logistic.js';
import { fitSoftmaxNewton } from './softmax-newton.js';

/** Three noisy classes in two dimensions plus a constant column (a feature that never varies). */
function data(): { xs: number[][]; ys: number[] } {
  const rand = seededRandom(7);
  const centres = [[0, 0], [3, 0], [0, 3]];
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < 150; i++) {
    const k = i % 3;
    xs.push([centres[k]![0]! + 2 * (rand() - 0.5) * 1.5, centres[k]![1]! + 2 * (rand() - 0.5) * 1.5, 1]);
    ys.push(k);
  }
  return { xs, ys };
}

describe('fitSoftmaxNewton', () => {
  it('reaches the optimum that long gradient descent approaches, with a vanishing gradient', () => {
    const { xs, ys } = data();
    const newton = fitSoftmaxNewton(xs, ys, 3, 0.05);
    expect(newton.gradient).toBeLessThan(1e-9);
    expect(newton.iterations).toBeLessThan(50);
    const descent = fitSoftmax(xs, ys, 3, 0.05, 4000);
    for (const x of xs) {
      const a = softmaxProbabilities(newton, x);
      const b = softmaxProbabilities(descent, x);
      a.forEach((p, k) => expect(p).toBeCloseTo(b[k]!, 5));
    }
  });

  it('shrinks weights as the penalty grows, gives a constant feature no weight, and centres the biases', () => {
    const { xs, ys } = data();
    const norm = (w: number[][]) => w.flat().reduce((s, v) => s + v * v, 0);
    const loose = fitSoftmaxNewton(xs, ys, 3, 0.001);
    const tight = fitSoftmaxNewton(xs, ys, 3, 1);
    expect(norm(tight.weights)).toBeLessThan(norm(loose.weights));
    for (const row of loose.weights) expect(row[2]).toBe(0);
    expect(loose.bias.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
    const correct = xs.filter((x, i) => {
      const p = softmaxProbabilities(loose, x);
      return p.indexOf(Math.max(...p)) === ys[i];
    }).length;
    expect(correct / xs.length).toBeGreaterThan(0.8);
  });

  it('is deterministic', () => {
    const { xs, ys } = data();
    expect(fitSoftmaxNewton(xs, ys, 3, 0.01)).toEqual(fitSoftmaxNewton(xs, ys, 3, 0.01));
  });
});
