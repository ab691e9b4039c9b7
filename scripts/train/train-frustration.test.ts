import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frustrationWeightsFile, trainFrustration } from './train-frustration.js';

describe('scripts/train/train-frustration.ts', () => {
  it('reproduces the shipped weights file byte for byte (re-run the script when this fails)', () => {
    expect(trainFrustration().text).toBe(readFileSync(frustrationWeightsFile, 'utf8'));
  });
});
