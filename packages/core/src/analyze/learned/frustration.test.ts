import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../text/text-view.js';
import { scoreFrustration } from './frustration.js';
import weights from './weights/frustration.json';
import { FRUSTRATION_FEATURES, frustrationFeatures } from './internal/frustration-features.js';

const score = (text: string) => scoreFrustration(createTextView(text)).score;

describe('scoreFrustration', () => {
  it('ships a weight for each feature the code computes', () => {
    expect(weights.features).toEqual([...FRUSTRATION_FEATURES]);
    expect(weights.weights).toHaveLength(FRUSTRATION_FEATURES.length);
    expect(frustrationFeatures(createTextView('Still broken!!'), -0.5).x).toHaveLength(FRUSTRATION_FEATURES.length);
  });

  it('stays low on a calm request and rises with repeated failure, shouting and threats', () => {
    const calm = score('Could you reset my password, please?');
    const repeated = score('The VPN dropped again. Still not fixed after three days.');
    const angry = score('This is RIDICULOUS. Third time I ask!!! Fix it or I escalate to your manager.');
    expect(calm).toBeLessThan(0.15);
    expect(repeated).toBeGreaterThan(calm);
    expect(angry).toBeGreaterThan(0.9);
  });

  it('does not read happy capitals and exclamation marks as frustration', () => {
    expect(score('IT WORKS!!! Thank you so much!')).toBeLessThan(0.15);
  });

  it('locates its cues', () => {
    const text = 'Still broken. This is unacceptable!';
    const { evidence } = scoreFrustration(createTextView(text));
    const found = evidence.map((e) => [e.kind, text.slice(e.range[0], e.range[1])]);
    expect(found).toContainEqual(['weak', 'Still']);
    expect(found).toContainEqual(['strong', 'unacceptable']);
    expect(found).toContainEqual(['exclamation', '!']);
  });

  it('accepts a precomputed sentiment score', () => {
    const view = createTextView('The export failed.');
    expect(scoreFrustration(view, { sentiment: -0.9 }).score).toBeGreaterThan(scoreFrustration(view, { sentiment: 0 }).score);
  });

  it('never throws and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const s = score(text);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });
});
