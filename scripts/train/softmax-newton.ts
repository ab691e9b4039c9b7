/**
 * Multinomial (softmax) logistic regression fitted to convergence by Newton's method, for the
 * ego-state model (`train-ego-state.ts`, its only user). `fitSoftmax` in `logistic.ts` runs a
 * fixed number of gradient steps, which stops short of the optimum for small penalties, so the
 * chosen penalty and the shipped weights depended on the step count as much as on the data. With
 * five classes and a dozen features the full Hessian is small (under 100 × 100), so a damped
 * Newton iteration reaches the penalised optimum in a few dozen steps and the fit is a function of
 * the data and the penalty alone. Deterministic: zero start, no randomness.
 *
 * Objective, on standardised features `z` (mean 0, standard deviation 1 over the training rows):
 * mean negative log-likelihood + `lambda · Σ w²` over every class's weights (biases unpenalised).
 * The returned model applies to raw features. Softmax biases are only defined up to a common
 * constant; they are returned centred (summing to 0), which changes no probability.
 */
import { solve, type SoftmaxModel } from './logistic.js';

/** How the fit ended. */
export interface SoftmaxFit extends SoftmaxModel {
  /** Newton steps taken. */
  readonly iterations: number;
  /** Largest absolute entry of the objective's gradient at the returned parameters. */
  readonly gradient: number;
}

/**
 * Fits `P(y = k | x) ∝ exp(w_k·x + b_k)` with penalty `lambda · Σ_k |w_k|²` on standardised
 * features. Stops when no parameter moves by more than `tolerance` (or after 200 steps).
 */
export function fitSoftmaxNewton(
  xs: readonly ArrayLike<number>[],
  ys: readonly number[],
  classes: number,
  lambda: number,
  tolerance = 1e-10,
): SoftmaxFit {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j]! += x[j]!;
  for (let j = 0; j < d; j++) mean[j]! /= n;
  for (const x of xs) for (let j = 0; j < d; j++) sd[j]! += (x[j]! - mean[j]!) ** 2 / n;
  // A feature that does not vary (up to rounding) gets no weight: its column is all zeros.
  const constant = sd.map((v) => !(Math.sqrt(v) > 1e-9));
  for (let j = 0; j < d; j++) sd[j] = constant[j] ? 1 : Math.sqrt(sd[j]!);
  // Each row with a trailing 1 for the bias; parameter (k, j) sits at k * (d + 1) + j.
  const m = d + 1;
  const z = xs.map((x) => {
    const row = new Array<number>(m);
    for (let j = 0; j < d; j++) row[j] = constant[j] ? 0 : (x[j]! - mean[j]!) / sd[j]!;
    row[d] = 1;
    return row;
  });
  const size = classes * m;
  let theta = new Array<number>(size).fill(0);

  const probabilities = (t: readonly number[], row: readonly number[]): number[] => {
    const logits = new Array<number>(classes);
    let top = -Infinity;
    for (let k = 0; k < classes; k++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += t[k * m + j]! * row[j]!;
      logits[k] = s;
      if (s > top) top = s;
    }
    let sum = 0;
    for (let k = 0; k < classes; k++) sum += logits[k] = Math.exp(logits[k]! - top);
    return logits.map((e) => e / sum);
  };
  const objective = (t: readonly number[]): number => {
    let loss = 0;
    for (let i = 0; i < n; i++) loss -= Math.log(probabilities(t, z[i]!)[ys[i]!]!);
    let penalty = 0;
    for (let k = 0; k < classes; k++) for (let j = 0; j < d; j++) penalty += t[k * m + j]! ** 2;
    return loss / n + lambda * penalty;
  };

  const gradientAt = (t: readonly number[]): number[] => {
    const grad = new Array<number>(size).fill(0);
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      const p = probabilities(t, row);
      for (let k = 0; k < classes; k++) {
        const g = (p[k]! - (ys[i] === k ? 1 : 0)) / n;
        for (let j = 0; j < m; j++) grad[k * m + j]! += g * row[j]!;
      }
    }
    for (let k = 0; k < classes; k++) for (let j = 0; j < d; j++) grad[k * m + j]! += 2 * lambda * t[k * m + j]!;
    return grad;
  };

  let iterations = 0;
  let current = objective(theta);
  for (; iterations < 200; iterations++) {
    const grad = gradientAt(theta);
    const hess = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      const p = probabilities(theta, row);
      for (let k = 0; k < classes; k++) {
        for (let l = k; l < classes; l++) {
          const a = (p[k]! * ((k === l ? 1 : 0) - p[l]!)) / n;
          if (a === 0) continue;
          for (let j = 0; j < m; j++) {
            const aj = a * row[j]!;
            const hr = hess[k * m + j]!;
            for (let q = 0; q < m; q++) hr[l * m + q]! += aj * row[q]!;
          }
        }
      }
    }
    for (let r = 0; r < size; r++) for (let c = 0; c < r; c++) hess[r]![c] = hess[c]![r]!;
    for (let k = 0; k < classes; k++) {
      for (let j = 0; j < d; j++) hess[k * m + j]![k * m + j]! += 2 * lambda;
      // The biases share one flat direction (adding a constant to all changes nothing).
      hess[k * m + d]![k * m + d]! += 1e-9;
    }
    const step = solve(hess, grad.slice());
    // Backtracking: halve the Newton step until the objective does not increase.
    let scale = 1;
    let next = theta.map((v, r) => v - step[r]!);
    let value = objective(next);
    while (value > current && scale > 1e-6) {
      scale /= 2;
      next = theta.map((v, r) => v - scale * step[r]!);
      value = objective(next);
    }
    const moved = Math.max(...step.map((s) => Math.abs(s * scale)));
    theta = next;
    current = value;
    if (moved < tolerance) {
      iterations++;
      break;
    }
  }

  const weights: number[][] = [];
  const rawBias: number[] = [];
  for (let k = 0; k < classes; k++) {
    const w = theta.slice(k * m, k * m + d);
    weights.push(w.map((v, j) => v / sd[j]!));
    rawBias.push(theta[k * m + d]! - w.reduce((s, v, j) => s + (v * mean[j]!) / sd[j]!, 0));
  }
  const centre = rawBias.reduce((s, v) => s + v, 0) / classes;
  const gradient = Math.max(...gradientAt(theta).map(Math.abs));
  return { weights, bias: rawBias.map((b) => b - centre), iterations, gradient };
}
