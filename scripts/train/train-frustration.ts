/**
 * Fits the frustration model (`packages/core/src/analyze/learned/weights/frustration.json`):
 * logistic regression, strongly L2-regularised and with capped weights, predicting whether a
 * customer message shows frustration (label ≥ 1) from the eight features of
 * `learned/internal/frustration-features.ts`. Trained on the customer messages of the `dev` part
 * of the team-labeled set; `holdout` and `fresh` are reported by `pnpm eval`.
 *
 * Run: `pnpm exec tsx --conditions=@rapport/source scripts/train/train-frustration.ts` (add
 * `--check` to only compare with the shipped file; exits 1 when it is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTextView } from '../../packages/core/src/analyze/text/text-view.js';
import { FRUSTRATION_FEATURES, frustrationFeatures } from '../../packages/core/src/analyze/learned/internal/frustration-features.js';
import { scoreSentiment } from '../../packages/core/src/analyze/learned/sentiment.js';
import { loadEgoStates } from '../eval/ego-state-data.js';
import { repoRoot } from '../eval/shared-data.js';
import { fitLogistic, roundSig } from './logistic.js';

export const LAMBDA = 3;
export const CAP = 1.5;
/**
 * The score of a message with no cue at all. The labeled set is rich in frustrated customers
 * (about half), far more than real support traffic, so the fitted intercept would put a plain
 * request near 0.5. We keep the learned feature weights and set the intercept to this prior
 * instead (a standard prior-shift correction).
 */
export const NO_CUE_SCORE = 0.08;

/** The shipped weights file. */
export const frustrationWeightsFile = resolve(repoRoot, 'packages/core/src/analyze/learned/weights/frustration.json');

/**
 * Fits the model and returns the weights file's text (what the script writes), with the fit for
 * the console report. Deterministic: the same labeled data and features give the same bytes.
 */
export function trainFrustration(): { text: string; rows: number; model: ReturnType<typeof fitLogistic> } {
  const rows = loadEgoStates().filter((r) => r.split === 'dev' && r.role === 'customer');
  const xs = rows.map((r) => {
    const view = createTextView(r.text);
    return frustrationFeatures(view, scoreSentiment(view).score).x;
  });
  const model = fitLogistic(xs, rows.map((r) => ((r.frustration ?? 0) >= 1 ? 1 : 0)), LAMBDA, CAP);
  const json = {
    about:
      'Frustration: logistic regression over learned/internal/frustration-features.ts, trained by ' +
      'scripts/train/train-frustration.ts on the customer messages of the dev part of scripts/eval/data/ego-state-labeled.jsonl.',
    lambda: LAMBDA,
    features: [...FRUSTRATION_FEATURES],
    weights: model.weights.map((w) => roundSig(w)),
    fittedBias: roundSig(model.bias),
    bias: roundSig(Math.log(NO_CUE_SCORE / (1 - NO_CUE_SCORE))),
  };
  return { text: JSON.stringify(json) + '\n', rows: rows.length, model };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { text, rows, model } = trainFrustration();
  if (process.argv.includes('--check')) {
    const same = readFileSync(frustrationWeightsFile, 'utf8') === text;
    console.log(same ? 'frustration.json: match byte for byte' : 'frustration.json is stale: run this script without --check and commit the file');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(frustrationWeightsFile, text);
  console.log(`trained on ${rows} customer messages`);
  FRUSTRATION_FEATURES.forEach((f, j) => console.log(`  ${f.padEnd(18)} ${model.weights[j]!.toFixed(3)}`));
  console.log(`  bias ${model.bias.toFixed(3)}`);
}
