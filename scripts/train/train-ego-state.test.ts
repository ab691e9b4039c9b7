import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EGO_STATES } from '../../packages/core/src/analyze/learned/internal/ego-state-features.js';
import { loadEgoStates } from '../eval/ego-state-data.js';
import { egoStateWeightsFile, FOLDS, stratifiedFolds, trainEgoState } from './train-ego-state.js';

// Training takes a few seconds (nine penalties × five folds of Newton fits, one feature pass).
describe('scripts/train/train-ego-state.ts', () => {
  const rows = loadEgoStates();
  const trained = trainEgoState(rows);

  it('reproduces the shipped weights file byte for byte (re-run the script when this fails)', () => {
    expect(trained.json).toBe(readFileSync(egoStateWeightsFile, 'utf8'));
  });

  it('learns from the dev rows alone: other rows with shuffled labels give the same file', () => {
    const scrambled = rows.map((r, i) => (r.split === 'dev' ? r : { ...r, label: EGO_STATES[i % EGO_STATES.length]! }));
    expect(trainEgoState(scrambled).json).toBe(trained.json);
    expect(trainEgoState(rows.filter((r) => r.split === 'dev')).json).toBe(trained.json);
  }, 60_000);

  it('ships rounded weights that change no dev prediction and move no probability by 0.01', () => {
    expect(trained.roundingFlips).toBe(0);
    expect(trained.roundingShift).toBeLessThan(0.01);
  });

  it('chooses the largest penalty within one standard error of the best CV log-loss', () => {
    const best = trained.cv.reduce((a, b) => (b.logLoss < a.logLoss ? b : a));
    expect(trained.chosen.logLoss).toBeLessThanOrEqual(best.logLoss + best.logLossSe);
    for (const c of trained.cv) if (c.lambda > trained.chosen.lambda) expect(c.logLoss).toBeGreaterThan(best.logLoss + best.logLossSe);
  });

  it('deals every label evenly across the folds', () => {
    const dev = rows.filter((r) => r.split === 'dev');
    const folds = stratifiedFolds(dev, FOLDS);
    for (const state of EGO_STATES) {
      const counts = new Array<number>(FOLDS).fill(0);
      dev.forEach((r, i) => r.label === state && counts[folds[i]!]!++);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });
});
