import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../text/text-view.js';
import { scoreEgoState } from './ego-state.js';
import weights from './weights/ego-state.json';
import { EGO_FEATURES, EGO_STATES, egoStateFeatures } from './internal/ego-state-features.js';

const ego = (text: string) => scoreEgoState(createTextView(text));

describe('scoreEgoState', () => {
  it('ships weights for the features and states the code uses', () => {
    expect(weights.features).toEqual([...EGO_FEATURES]);
    expect(weights.states).toEqual([...EGO_STATES]);
    expect(egoStateFeatures(createTextView('Please restart it.'), 0).x).toHaveLength(EGO_FEATURES.length);
    expect(weights.weights.every((row) => row.length === EGO_FEATURES.length)).toBe(true);
  });

  it('reads factual replies as Adult', () => {
    expect(ego('The backup finished at 02:10 and all 4 volumes were verified.').dominant).toBe('adult');
    expect(ego('Which browser are you using?').dominant).toBe('adult');
  });

  it('reads lecturing as critical Parent and reassurance that takes over as nurturing Parent', () => {
    expect(ego('As I already told you, you should have read the guide before calling.').dominant).toBe('critical-parent');
    expect(ego("Don't worry about a thing, leave it with me and I'll take care of it.").dominant).toBe('nurturing-parent');
  });

  it('reads grovelling as adapted Child and raw delight or anger as free Child', () => {
    expect(ego("So sorry to bother you again, I'm hopeless with computers, I hope that's okay.").dominant).toBe('adapted-child');
    expect(ego('Yay!!! It works, you rock 😄').dominant).toBe('free-child');
  });

  it('returns a distribution that sums to 1 with evidence inside the text', () => {
    const text = "Don't worry, I'll take care of it.";
    const r = ego(text);
    const total = r.parent.critical + r.parent.nurturing + r.adult + r.child.adapted + r.child.free;
    expect(total).toBeCloseTo(1, 3);
    expect(r.evidence.some((e) => e.state === 'nurturing-parent' && text.slice(e.range[0], e.range[1]).toLowerCase() === "don't worry")).toBe(true);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const r = ego(text);
        expect(r.adult).toBeGreaterThanOrEqual(0);
        for (const e of r.evidence) expect(e.range[1]).toBeLessThanOrEqual(text.length);
      }),
    );
  });
});
