/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS): deterministic, no random
 * initialisation, converges in a few iterations for the few dozen features the learned signals
 * use. Features are standardised inside `fitLogistic`; the returned weights apply to raw features.
 */

/** A fitted binary model on raw (unstandardised) features. */
export interface LogisticModel {
  readonly weights: number[];
  readonly bias: number;
}

/**
 * Solves `A x = b` in place by Gaussian elimination with partial pivoting (a near-zero pivot leaves
 * its unknown at 0). Shared by the logistic fit here and the softmax Newton fit.
 */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    const pivot = a[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k < n; k++) a[r]![k]! -= f * a[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * x[k]!;
    const d = a[r]![r]!;
    x[r] = Math.abs(d) < 1e-12 ? 0 : s / d;
  }
  return x;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Per-feature mean and standard deviation (1 for a constant feature) of `d`-dimensional rows. */
function standardization(xs: readonly ArrayLike<number>[], d: number): { mean: number[]; sd: number[] } {
  const n = xs.length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j]! += x[j]! / n;
  for (const x of xs) for (let j = 0; j < d; j++) sd[j]! += (x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  return { mean, sd };
}

/**
 * Fits `P(y = 1 | x) = sigmoid(w·x + b)` with penalty `lambda · |w|²` on standardised features
 * (the bias is not penalised). `cap` bounds each standardised weight, so no single feature can
 * dominate a score on text unlike the training data.
 */
export function fitLogistic(xs: readonly ArrayLike<number>[], ys: readonly number[], lambda: number, cap = Infinity): LogisticModel {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const { mean, sd } = standardization(xs, d);
  const z = xs.map((x) => {
    const row = new Array<number>(d + 1);
    for (let j = 0; j < d; j++) row[j] = (x[j]! - mean[j]!) / sd[j]!;
    row[d] = 1;
    return row;
  });
  let w = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      let s = 0;
      for (let j = 0; j <= d; j++) s += w[j]! * row[j]!;
      const p = sigmoid(s);
      const r = ys[i]! - p;
      const q = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        grad[j]! += r * row[j]!;
        const qj = q * row[j]!;
        for (let k = j; k <= d; k++) hess[j]![k]! += qj * row[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    for (let j = 0; j < d; j++) {
      grad[j]! -= 2 * lambda * w[j]!;
      hess[j]![j]! += 2 * lambda;
    }
    hess[d]![d]! += 1e-9;
    const step = solve(hess, grad);
    let change = 0;
    w = w.map((v, j) => {
      change = Math.max(change, Math.abs(step[j]!));
      return v + step[j]!;
    });
    if (change < 1e-8) break;
  }
  // Cap standardised weights, then refit the bias alone would be ideal; a cap is rarely active.
  const ws = w.slice(0, d).map((v) => Math.max(-cap, Math.min(cap, v)));
  const weights = ws.map((v, j) => v / sd[j]!);
  const bias = w[d]! - ws.reduce((s, v, j) => s + (v * mean[j]!) / sd[j]!, 0);
  return { weights, bias };
}

/** `w·x + b`. */
export function logit(model: LogisticModel, x: ArrayLike<number>): number {
  let s = model.bias;
  for (let j = 0; j < model.weights.length; j++) s += model.weights[j]! * x[j]!;
  return s;
}

/** Rounds to `digits` significant digits (weights files stay small and diff well). */
export function roundSig(x: number, digits = 4): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(digits));
}

/** A fitted multinomial (softmax) model on raw features: one weight row and bias per class. */
export interface SoftmaxModel {
  readonly weights: number[][];
  readonly bias: number[];
}

/**
 * Fits a multinomial logistic regression by full-batch gradient descent on standardised
 * features with L2 penalty `lambda` (biases unpenalised). Deterministic: zero start, fixed step
 * and iteration count.
 */
export function fitSoftmax(xs: readonly ArrayLike<number>[], ys: readonly number[], classes: number, lambda: number, iterations = 3000): SoftmaxModel {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const { mean, sd } = standardization(xs, d);
  const z = xs.map((x) => Array.from({ length: d }, (_, j) => (x[j]! - mean[j]!) / sd[j]!));
  const w = Array.from({ length: classes }, () => new Array<number>(d).fill(0));
  const b = new Array<number>(classes).fill(0);
  const rate = 0.5;
  for (let it = 0; it < iterations; it++) {
    const gw = Array.from({ length: classes }, () => new Array<number>(d).fill(0));
    const gb = new Array<number>(classes).fill(0);
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      const logits = w.map((wk, k) => b[k]! + wk.reduce((s, v, j) => s + v * row[j]!, 0));
      const m = Math.max(...logits);
      const e = logits.map((l) => Math.exp(l - m));
      const sum = e.reduce((s, v) => s + v, 0);
      for (let k = 0; k < classes; k++) {
        const g = e[k]! / sum - (ys[i] === k ? 1 : 0);
        gb[k]! += g / n;
        for (let j = 0; j < d; j++) gw[k]![j]! += (g * row[j]!) / n;
      }
    }
    for (let k = 0; k < classes; k++) {
      b[k]! -= rate * gb[k]!;
      for (let j = 0; j < d; j++) w[k]![j]! -= rate * (gw[k]![j]! + 2 * lambda * w[k]![j]!);
    }
  }
  return {
    weights: w.map((wk) => wk.map((v, j) => v / sd[j]!)),
    bias: b.map((bk, k) => bk - w[k]!.reduce((s, v, j) => s + (v * mean[j]!) / sd[j]!, 0)),
  };
}

/** The class probabilities of a softmax model. */
export function softmaxProbabilities(model: SoftmaxModel, x: ArrayLike<number>): number[] {
  const logits = model.weights.map((wk, k) => model.bias[k]! + wk.reduce((s, v, j) => s + v * x[j]!, 0));
  const m = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - m));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}
