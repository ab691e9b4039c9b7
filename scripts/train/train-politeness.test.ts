import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedEvalAvailable } from '../eval/shared-data.js';
import { politenessWeightsFile, trainPoliteness } from './train-politeness.js';

const available = sharedEvalAvailable();
if (!available) console.warn('SKIP scripts/train/train-politeness.test.ts: ../shared/eval is absent');

// Ten-fold cross-validation over six penalties: a few seconds.
describe.skipIf(!available)('scripts/train/train-politeness.ts', () => {
  it('reproduces the shipped weights file byte for byte (re-run the script when this fails)', () => {
    expect(trainPoliteness().text).toBe(readFileSync(politenessWeightsFile, 'utf8'));
  }, 60_000);
});
