/**
 * Trains the politeness model (`packages/core/src/analyze/learned/weights/politeness.json`) on the
 * Wikipedia requests of the Stanford Politeness Corpus (`../shared/eval/politeness-wikipedia.csv`).
 *
 * Protocol of Danescu-Niculescu-Mizil et al. (ACL 2013): the requests in the top quartile of the
 * normalized politeness score are "polite", those in the bottom quartile "impolite", the middle
 * half is left out; binary accuracy is measured by cross-validation (10 folds by request id here).
 * The model is L2-regularised logistic regression on the ~30 strategy features of
 * `learned/internal/politeness-features.ts` (no bag of words, so it cannot memorise Wikipedia's
 * topics). The penalty is chosen from a small grid by the same cross-validation; standardised
 * weights are capped at `CAP`. Deterministic.
 *
 * Run: `pnpm exec tsx --conditions=@rapport/source scripts/train/train-politeness.ts` (add `--check`
 * to only compare with the shipped file; exits 1 when it is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTextView } from '../../packages/core/src/analyze/text/text-view.js';
import { POLITENESS_FEATURES, politenessFeatures } from '../../packages/core/src/analyze/learned/internal/politeness-features.js';
import { foldOf } from '../eval/metrics.js';
import { loadPoliteness, repoRoot, sharedEvalAvailable, type PolitenessRow } from '../eval/shared-data.js';
import { fitLogistic, logit, roundSig } from './logistic.js';

export const LAMBDAS = [0.1, 1, 3, 10, 30, 100] as const;
export const CAP = 2;
export const FOLDS = 10;

/** The paper's binary task: top quartile (1) vs bottom quartile (0) of the normalized score. */
export function quartileTask(rows: readonly PolitenessRow[]): { row: PolitenessRow; y: number }[] {
  const sorted = [...rows].map((r) => r.score).sort((a, b) => a - b);
  const q1 = sorted[Math.floor(sorted.length / 4)]!;
  const q3 = sorted[Math.floor((3 * sorted.length) / 4)]!;
  return rows.flatMap((row) => (row.score >= q3 ? [{ row, y: 1 }] : row.score <= q1 ? [{ row, y: 0 }] : []));
}

/** Cross-validated accuracy of the model with penalty `lambda`. */
export function crossValidate(task: { row: PolitenessRow; y: number }[], xs: Float64Array[], lambda: number): number {
  let correct = 0;
  for (let f = 0; f < FOLDS; f++) {
    const train = task.flatMap((t, i) => (foldOf(t.row.id, FOLDS) !== f ? [i] : []));
    const model = fitLogistic(train.map((i) => xs[i]!), train.map((i) => task[i]!.y), lambda, CAP);
    task.forEach((t, i) => {
      if (foldOf(t.row.id, FOLDS) === f && (logit(model, xs[i]!) >= 0 ? 1 : 0) === t.y) correct++;
    });
  }
  return correct / task.length;
}

/** The shipped weights file. */
export const politenessWeightsFile = resolve(repoRoot, 'packages/core/src/analyze/learned/weights/politeness.json');

/**
 * Chooses the penalty by cross-validation, fits on every request and returns the weights file's
 * text (what the script writes), with the CV log for the console. Needs `../shared/eval`.
 * Deterministic: the same data and features give the same bytes.
 */
export function trainPoliteness(): { text: string; log: string[]; n: number; lambda: number; weights: number[] } {
  const task = quartileTask(loadPoliteness());
  const xs = task.map((t) => politenessFeatures(createTextView(t.row.text)));
  let best = { lambda: LAMBDAS[0] as number, acc: -1 };
  const log: string[] = [];
  for (const lambda of LAMBDAS) {
    const acc = crossValidate(task, xs, lambda);
    log.push(`lambda=${lambda}  ${FOLDS}-fold CV accuracy=${(acc * 100).toFixed(2)}%`);
    if (acc > best.acc + 1e-9) best = { lambda, acc };
  }
  const model = fitLogistic(xs, task.map((t) => t.y), best.lambda, CAP);
  const json = {
    about:
      'Politeness: logistic regression on the strategy features of learned/internal/politeness-features.ts, ' +
      'trained by scripts/train/train-politeness.ts on the top vs bottom quartile of the Wikipedia requests ' +
      'of the Stanford Politeness Corpus (Apache-2.0).',
    lambda: best.lambda,
    cvAccuracy: roundSig(best.acc),
    features: [...POLITENESS_FEATURES],
    weights: model.weights.map((w) => roundSig(w)),
    bias: roundSig(model.bias),
  };
  return { text: JSON.stringify(json, null, 1) + '\n', log, n: task.length, lambda: best.lambda, weights: model.weights };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!sharedEvalAvailable()) {
    console.warn('SKIP train-politeness: ../shared/eval is absent');
    process.exit(0);
  }
  const { text, log, n, lambda, weights } = trainPoliteness();
  for (const line of log) console.log(line);
  if (process.argv.includes('--check')) {
    const same = readFileSync(politenessWeightsFile, 'utf8') === text;
    console.log(same ? 'politeness.json: match byte for byte' : 'politeness.json is stale: run this script without --check and commit the file');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(politenessWeightsFile, text);
  console.log(`chose lambda=${lambda}; n=${n}`);
  POLITENESS_FEATURES.forEach((name, j) => console.log(`  ${name.padEnd(20)} ${weights[j]!.toFixed(3)}`));
}
