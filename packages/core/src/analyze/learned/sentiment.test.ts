import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../text/text-view.js';
import { scoreSentiment } from './sentiment.js';

const score = (text: string) => scoreSentiment(createTextView(text)).score;

describe('scoreSentiment', () => {
  it('reads clear praise as positive and clear complaints as negative', () => {
    expect(score('Thanks so much, that fixed it. You are a lifesaver!')).toBeGreaterThan(0.5);
    expect(score('This is the worst service I have ever had. Useless.')).toBeLessThan(-0.5);
  });

  it('is neutral on purely factual text', () => {
    expect(score('The server restarts at 10:00 on Saturday.')).toBe(0);
    expect(score('')).toBe(0);
  });

  it('weakens or flips a negated word', () => {
    expect(score('The new laptop is good.')).toBeGreaterThan(score('The new laptop is not good.'));
    expect(score('The new laptop is not good.')).toBeLessThanOrEqual(0);
  });

  it('lets degree words, capitals and exclamation marks strengthen the feeling', () => {
    expect(score('This is really bad.')).toBeLessThan(score('This is bad.'));
    expect(score('This is BAD, the update broke it.')).toBeLessThan(score('This is bad, the update broke it.'));
    expect(score('Great!!!')).toBeGreaterThan(score('Great.'));
  });

  it('weighs what follows "but" over what precedes it', () => {
    expect(score('The agent was nice but the problem is still broken.')).toBeLessThan(0);
  });

  it('reads emoticons and emoji', () => {
    expect(score('all good now :)')).toBeGreaterThan(0);
    expect(score('laptop died again 😡')).toBeLessThan(0);
  });

  it('points at the words that carried the sentiment', () => {
    const text = 'Sadly the backup failed.';
    const ev = scoreSentiment(createTextView(text)).evidence;
    expect(ev.map((e) => text.slice(e.range[0], e.range[1]))).toEqual(['Sadly', 'failed']);
    expect(ev.every((e) => e.valence < 0)).toBe(true);
  });

  it('never throws and stays in [-1, 1] on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const s = score(text);
        expect(s).toBeGreaterThanOrEqual(-1);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
    expect(Math.abs(score('GOOD '.repeat(200_000)))).toBeLessThanOrEqual(1);
  });
});

describe('scoreSentiment on support text', () => {
  it('reads a system that does not do its job as negative, and "still"/"again" as deepening it', () => {
    expect(score('The printer is not printing.')).toBeLessThan(-0.1);
    expect(score('The VPN works now.')).toBe(0);
    expect(score('It is still not working.')).toBeLessThan(score('It is not working.'));
    expect(score('Outlook keeps crashing.')).toBeLessThan(score('Outlook is crashing.'));
  });
});
