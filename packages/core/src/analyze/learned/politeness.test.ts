import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../text/text-view.js';
import { scorePoliteness } from './politeness.js';
import weights from './weights/politeness.json';
import { F, POLITENESS_FEATURES } from './internal/politeness-features.js';
import { CUE } from './internal/cue-scan.js';

const score = (text: string) => scorePoliteness(createTextView(text)).score;

describe('scorePoliteness', () => {
  it('ships weights for exactly the features the code computes', () => {
    expect(weights.features).toEqual([...POLITENESS_FEATURES]);
    expect(weights.weights).toHaveLength(POLITENESS_FEATURES.length);
  });

  it('numbers the features in the order of the names the explanation reports', () => {
    POLITENESS_FEATURES.forEach((name, i) => expect(F[name]).toBe(i));
    expect(Object.keys(F).filter((k) => Number.isNaN(Number(k)))).toHaveLength(POLITENESS_FEATURES.length);
  });

  it('gives each politeness cue group the index of the feature it sets, and no other group an index below them', () => {
    expect([CUE.polGratitude, CUE.polGreeting, CUE.polApology, CUE.polIndirect, CUE.polCounterfactual, CUE.polIndicative]).toEqual([
      F.gratitude, F.greeting, F.apologizing, F.indirectBtw, F.counterfactual, F.indicative,
    ]);
    expect([CUE.polHedge, CUE.polFactuality, CUE.polConditional, CUE.polObligation, CUE.polReassurance, CUE.polOpinion]).toEqual([
      F.hedges, F.factuality, F.conditionalCourtesy, F.obligation, F.reassurance, F.opinion,
    ]);
    expect(CUE.afterPoliteness).toBe(POLITENESS_FEATURES.length);
    const groups = Object.entries(CUE).filter(([name]) => Number.isNaN(Number(name)));
    for (const [name, id] of groups) expect(name.startsWith('pol') === (id as number) < CUE.afterPoliteness || name === 'afterPoliteness').toBe(true);
  });

  it('rates a softened request above a blunt one with the same content', () => {
    const soft = score('Hi Dana, could you please send me the error log when you get a chance? Thanks!');
    const blunt = score('Send me the error log.');
    expect(soft).toBeGreaterThan(0.7);
    expect(soft).toBeGreaterThan(blunt);
  });

  it('rates accusatory "why" questions and orders as impolite', () => {
    expect(score('Why did you close my ticket? You should have asked first.')).toBeLessThan(0.3);
    expect(score('Stop reopening this. Read the docs.')).toBeLessThan(0.5);
  });

  it('explains the score by the strategies it found', () => {
    const { features } = scorePoliteness(createTextView('Thanks for your patience! Would you mind restarting it?'));
    const names = features.map((f) => f.feature);
    expect(names).toContain('gratitude');
    expect(names).toContain('counterfactual');
    expect(features.find((f) => f.feature === 'gratitude')!.weight).toBeGreaterThan(0);
  });

  it('never throws and stays in [0, 1] on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const s = score(text);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
    expect(score('please '.repeat(100_000))).toBeLessThanOrEqual(1);
  });
});

describe('scorePoliteness explanation', () => {
  it('is computed on read and survives JSON and structuredClone', () => {
    const result = scorePoliteness(createTextView('Thanks! Could you check it?'));
    const names = result.features.map((f) => f.feature);
    expect(names).toContain('gratitude');
    expect(result.features).toBe(result.features); // memoized
    expect(JSON.parse(JSON.stringify(result)).features.map((f: { feature: string }) => f.feature)).toEqual(names);
    expect(structuredClone(result).features.map((f) => f.feature)).toEqual(names);
  });
});
