/**
 * Trains the ego-state model (`packages/core/src/analyze/learned/weights/ego-state.json`): a
 * five-class softmax regression over the features of `learned/internal/ego-state-features.ts`,
 * fitted on the `dev` part of the team-labeled set (`scripts/eval/data/ego-state-labeled.jsonl`).
 * The `holdout` part (labeled before the model existed) is never used here. The L2 penalty is
 * chosen by 5-fold cross-validation on `dev` (folds by id); the script prints that CV accuracy.
 *
 * Run: `pnpm exec tsx --conditions=@rapport/source scripts/train/train-ego-state.ts`
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTextView } from '../../packages/core/src/analyze/text/text-view.js';
import { EGO_FEATURES, EGO_STATES, egoStateFeatures } from '../../packages/core/src/analyze/learned/internal/ego-state-features.js';
import { scoreSentiment } from '../../packages/core/src/analyze/learned/sentiment.js';
import { loadEgoStates, type EgoStateRow } from '../eval/ego-state-data.js';
import { foldOf } from '../eval/metrics.js';
import { repoRoot } from '../eval/shared-data.js';
import { fitSoftmax, roundSig, softmaxProbabilities } from './logistic.js';

export const LAMBDAS = [0.003, 0.01, 0.03, 0.1] as const;
const FOLDS = 5;

function featuresOf(row: EgoStateRow): Float64Array {
  const view = createTextView(row.text);
  return egoStateFeatures(view, scoreSentiment(view).score).x;
}

function argmax(p: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return best;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dev = loadEgoStates().filter((r) => r.split === 'dev');
  const xs = dev.map(featuresOf);
  const ys = dev.map((r) => EGO_STATES.indexOf(r.label));
  let best = { lambda: LAMBDAS[0] as number, acc: -1 };
  for (const lambda of LAMBDAS) {
    let correct = 0;
    for (let f = 0; f < FOLDS; f++) {
      const train = dev.flatMap((r, i) => (foldOf(r.id, FOLDS) !== f ? [i] : []));
      const model = fitSoftmax(train.map((i) => xs[i]!), train.map((i) => ys[i]!), EGO_STATES.length, lambda, 1500);
      dev.forEach((r, i) => {
        if (foldOf(r.id, FOLDS) === f && argmax(softmaxProbabilities(model, xs[i]!)) === ys[i]) correct++;
      });
    }
    const acc = correct / dev.length;
    console.log(`lambda=${lambda}  ${FOLDS}-fold CV accuracy on dev=${(acc * 100).toFixed(1)}%`);
    if (acc > best.acc + 1e-9) best = { lambda, acc };
  }
  const model = fitSoftmax(xs, ys, EGO_STATES.length, best.lambda, 1500);
  const json = {
    about:
      'Ego state: softmax regression over learned/internal/ego-state-features.ts, trained by ' +
      'scripts/train/train-ego-state.ts on the dev part of the team-labeled set scripts/eval/data/ego-state-labeled.jsonl.',
    lambda: best.lambda,
    devCvAccuracy: roundSig(best.acc),
    states: [...EGO_STATES],
    features: [...EGO_FEATURES],
    weights: model.weights.map((row) => row.map((w) => roundSig(w))),
    bias: model.bias.map((b) => roundSig(b)),
  };
  writeFileSync(resolve(repoRoot, 'packages/core/src/analyze/learned/weights/ego-state.json'), JSON.stringify(json) + '\n');
  console.log(`chose lambda=${best.lambda}`);
}
