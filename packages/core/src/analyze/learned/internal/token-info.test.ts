import { describe, expect, it } from 'vitest';
import { createTextView } from '../../text/text-view.js';
import { scoreSentiment } from '../sentiment.js';
import { scorePoliteness } from '../politeness.js';
import { CUE } from './cue-scan.js';
import { scanCues, tokenInfo, WB, SHAPE_CAPS } from './token-info.js';

describe('tokenInfo', () => {
  it('classifies each word once and finds multi-word cues', () => {
    const view = createTextView("Could you please check it? I'm not sure, THANKS");
    const info = tokenInfo(view);
    const at = (word: string) => view.tokens.findIndex((t) => t.lower === word);
    expect(info.bits[at('please')]! & WB.please).not.toBe(0);
    expect(info.bits[at('not')]! & WB.negate).not.toBe(0);
    expect(info.bits[at('thanks')]! & SHAPE_CAPS).not.toBe(0);
    expect(info.questionMarks).toBe(1);
    expect(scanCues(view).some((h) => h.group === CUE.polCounterfactual && h.first === 0 && h.end === 2)).toBe(true);
  });

  it('matches phrases written without their apostrophe', () => {
    const hits = scanCues(createTextView('dont worry about it'));
    expect(hits.some((h) => h.group === CUE.egoNurturing)).toBe(true);
  });

  it('reads a word with a letter stretched ("pleeease", "goooood", "sorryyy") as its dictionary spelling', () => {
    const view = createTextView('Pleeease help, the fix was goooood but sorryyy for the wait');
    const info = tokenInfo(view);
    const at = (word: string) => view.tokens.findIndex((t) => t.lower === word);
    expect(info.bits[at('pleeease')]! & WB.please).not.toBe(0);
    expect(info.bits[at('sorryyy')]! & WB.apology).not.toBe(0);
    expect(info.sentimentTokens).toContain(at('goooood'));
    expect(scoreSentiment(createTextView('goooood')).score).toBe(scoreSentiment(createTextView('good')).score);
    // Doubled letters are ordinary spelling and are left alone; three of a letter that make no
    // dictionary word stay unknown.
    expect(scoreSentiment(createTextView('baad')).score).toBe(0);
    expect(tokenInfo(createTextView('www zzzz')).bits.every((b) => b === 0)).toBe(true);
  });

  it('gives the same answers when views alternate (the cache is keyed by view)', () => {
    const a = createTextView('This is great, thank you!');
    const b = createTextView('This is awful. Why did you do that?');
    const first = [scoreSentiment(a), scorePoliteness(a)];
    scoreSentiment(b);
    scorePoliteness(b);
    expect([scoreSentiment(a), scorePoliteness(a)]).toEqual(first);
    expect(scoreSentiment(b).score).toBeLessThan(0);
  });

  it('numbers the frustration kinds and the ego states as consecutive cue groups, in their models\' order', () => {
    expect([CUE.frStrong, CUE.frModerate, CUE.frWeak, CUE.frEscalation].map((g) => g - CUE.frStrong)).toEqual([0, 1, 2, 3]);
    expect([CUE.egoCritical, CUE.egoNurturing, CUE.egoAdult, CUE.egoAdapted, CUE.egoFree].map((g) => g - CUE.egoCritical)).toEqual([0, 1, 2, 3, 4]);
  });
});
