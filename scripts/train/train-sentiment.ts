/**
 * Fits the sentiment scorer's constants (`packages/core/src/analyze/learned/weights/sentiment.json`)
 * on the human-rated tweets in `../shared/eval/sentiment-tweets.tsv`.
 *
 * The scorer is a fixed rule structure (lexicon valences, negation, degree words, contrast,
 * capitals, emoticons, `!`, dilution by the number of sentiment words, normalisation); only its
 * ten constants are learned, by deterministic coordinate search on a fixed grid that maximises
 * Pearson's r with the human mean rating plus the three-class macro-F1. The search starts from
 * VADER's published constants (Hutto & Gilbert 2014) with no dilution. With ten
 * numbers there is little room to memorise the tweets; the script still reports the 10-fold
 * cross-validated r (folds by tweet id: constants fitted on nine folds, scored on the tenth) next
 * to the training r, and writes the constants fitted on all tweets.
 *
 * Run: `pnpm exec tsx --conditions=@rapport/source scripts/train/train-sentiment.ts`
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTextView, type TextView } from '../../packages/core/src/analyze/text/text-view.js';
import { scoreSentimentWith, type SentimentParams } from '../../packages/core/src/analyze/learned/sentiment.js';
import { classReport, foldOf, pearson } from '../eval/metrics.js';
import { loadSentiment, repoRoot, sharedEvalAvailable } from '../eval/shared-data.js';

type Key = keyof SentimentParams;
/** The values the search tries for each constant. */
export const GRID: Record<Key, readonly number[]> = {
  negation: [-1, -0.8, -0.74, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0],
  intensify: [0, 0.15, 0.293, 0.45, 0.6, 0.8, 1, 1.3],
  dampen: [0, 0.15, 0.293, 0.45, 0.6],
  caps: [0, 0.3, 0.5, 0.733, 1, 1.3, 1.6, 2],
  beforeContrast: [0.3, 0.5, 0.7, 0.85, 1],
  afterContrast: [1, 1.25, 1.5, 1.75, 2],
  exclaim: [0, 0.15, 0.292, 0.45, 0.6, 0.8, 1, 1.3],
  alpha: [6, 10, 15, 20, 25, 30, 40, 50],
  dilution: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1],
  emoticon: [0.5, 0.75, 1, 1.25, 1.5, 2],
};
/** Where the search starts: VADER's published constants, no dilution, emoticons at face value. */
export const START: SentimentParams = {
  negation: -0.74, intensify: 0.293, dampen: 0.293, caps: 0.733, beforeContrast: 0.5, afterContrast: 1.5, exclaim: 0.292, alpha: 15,
  dilution: 0, emoticon: 1,
};

function r(views: readonly TextView[], ys: readonly number[], p: SentimentParams): number {
  return pearson(views.map((v) => scoreSentimentWith(v, p, false).score), ys);
}

type Three = 'negative' | 'neutral' | 'positive';
const three = (x: number, cut: number): Three => (x >= cut ? 'positive' : x <= -cut ? 'negative' : 'neutral');

/**
 * The search objective: Pearson's r plus the three-class macro-F1 (human mean ±0.5, score ±0.05,
 * as `pnpm eval` reports them), so the constants serve both uses of the score.
 */
function objective(views: readonly TextView[], ys: readonly number[], p: SentimentParams): number {
  const xs = views.map((v) => scoreSentimentWith(v, p, false).score);
  const f1 = classReport<Three>(['negative', 'neutral', 'positive'], ys.map((y) => three(y, 0.5)), xs.map((x) => three(x, 0.05))).macroF1;
  return pearson(xs, ys) + f1;
}

/** Coordinate search: two sweeps over the parameters, each trying every grid value. */
export function fit(views: readonly TextView[], ys: readonly number[]): SentimentParams {
  let best: SentimentParams = START;
  let bestR = objective(views, ys, best);
  for (let sweep = 0; sweep < 2; sweep++) {
    for (const key of Object.keys(GRID) as Key[]) {
      for (const value of GRID[key]) {
        const cand = { ...best, [key]: value };
        const cr = objective(views, ys, cand);
        if (cr > bestR + 1e-6) {
          best = cand;
          bestR = cr;
        }
      }
    }
  }
  return best;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!sharedEvalAvailable()) {
    console.warn('SKIP train-sentiment: ../shared/eval is absent');
    process.exit(0);
  }
  const rows = loadSentiment();
  const views = rows.map((row) => createTextView(row.text));
  const ys = rows.map((row) => row.rating);
  const k = 10;
  const preds = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < k; f++) {
    const trainIdx = rows.flatMap((row, i) => (foldOf(row.id, k) !== f ? [i] : []));
    const p = fit(trainIdx.map((i) => views[i] as TextView), trainIdx.map((i) => ys[i] as number));
    rows.forEach((row, i) => {
      if (foldOf(row.id, k) === f) preds[i] = scoreSentimentWith(views[i] as TextView, p, false).score;
    });
  }
  const cvR = pearson(preds, ys);
  const params = fit(views, ys);
  console.log(`start r=${r(views, ys, START).toFixed(4)}  train r=${r(views, ys, params).toFixed(4)}  10-fold CV r=${cvR.toFixed(4)}`);
  console.log(params);
  const file = resolve(repoRoot, 'packages/core/src/analyze/learned/weights/sentiment.json');
  writeFileSync(file, JSON.stringify({ params, cvPearson: Math.round(cvR * 10000) / 10000 }) + '\n');
}
