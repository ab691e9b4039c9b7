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
    expect(info.qmarks).toBe(1);
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
    expect(info.valued).toContain(at('goooood'));
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

  it('reads emoticons and emoji with their valences, and not an emoticon that starts a word', () => {
    const valencesOf = (text: string) => tokenInfo(createTextView(text)).valences;
    expect(valencesOf(':-) :( :/ :D ;)')).toEqual([2, -2, -1.2, 2.3, 1.6]);
    expect(valencesOf(':does :pointless')).toEqual([]);
    expect(valencesOf('\u{1F621} \u2764 \u{1F480} \u{1F642}')).toEqual([-2.9, 2.6, -0.5, 1.4]);
  });

  it('keeps the word-class bits that politeness reads as "any word of the class" first, in its order', () => {
    expect([WB.gratitude, WB.apology, WB.please, WB.btw, WB.hedge, WB.factuality, WB.we, WB.i, WB.you, WB.insult, WB.informal, WB.negation, WB.impersonal]).toEqual(
      Array.from({ length: 13 }, (_, k) => 1 << k),
    );
  });

  it('gives a word of each class that class\'s bit', () => {
    const samples: Record<keyof typeof WB, string> = {
      gratitude: 'thanks', apology: 'sorry', please: 'please', btw: 'btw', hedge: 'perhaps', factuality: 'honestly',
      we: 'we', i: 'me', you: 'your', insult: 'idiot', informal: 'gonna', negation: 'nothing', impersonal: 'someone',
      negate: 'never', intensify: 'extremely', dampen: 'slightly', contrast: 'however', deference: 'awesome',
      greeting: 'hello', wh: 'whom', directStart: 'then', imperative: 'revert', lead: 'anyway', aux: 'should',
      subject: 'they', clarifying: 'screenshot', function: 'syncing', persist: 'repeatedly',
    };
    for (const [name, word] of Object.entries(samples)) {
      expect(tokenInfo(createTextView(word)).bits[0]! & WB[name as keyof typeof WB], name).not.toBe(0);
    }
    // And not the neighbouring classes' bits (a list out of order would set one of them instead).
    expect(tokenInfo(createTextView('perhaps')).bits[0]! & (WB.btw | WB.factuality)).toBe(0);
    expect(tokenInfo(createTextView('syncing')).bits[0]! & (WB.clarifying | WB.persist)).toBe(0);
  });
});
