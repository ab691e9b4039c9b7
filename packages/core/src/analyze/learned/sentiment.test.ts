import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestTime } from '../../internal/best-time.js';
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

  it('reads emoticons and emoji, which negation does not reach', () => {
    expect(score('all good now :)')).toBeGreaterThan(0);
    expect(score('laptop died again 😡')).toBeLessThan(0);
    expect(score('Not today :)')).toBeGreaterThan(0);
  });

  it('adds up repeated feelings with diminishing weight', () => {
    const one = score('That was bad.');
    const three = score('That was bad. Really bad. So bad.');
    expect(three).toBeLessThan(one);
    // Without dilution the three would sum to well past the single word's double.
    expect(Math.atanh(-three)).toBeLessThan(3 * Math.atanh(-one));
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

  it('reads "for the third time" and "5 times" as a repeated failure', () => {
    expect(score('The sync is broken for the third time.')).toBeLessThan(score('The sync is broken.'));
    expect(score('I have called 5 times and the sync is broken.')).toBeLessThan(score('I have called and the sync is broken.'));
  });

  it('gives "like" a valence only as the verb of liking', () => {
    expect(score('It looks like the update is installed.')).toBe(0);
    expect(score("I'd like a refund for last month.")).toBe(0);
    expect(score('I like the new portal.')).toBeGreaterThan(0);
    expect(score('I do not like the new portal.')).toBeLessThan(0);
  });

  it('reads "kind of" as a hedge, not as kindness', () => {
    expect(score('The agent was kind.')).toBeGreaterThan(0);
    expect(score('The reset was kind of helpful.')).toBeGreaterThan(0);
    expect(score('The reset was kind of helpful.')).toBeLessThan(score('The reset was helpful.'));
    expect(score('The portal is kind of slow today.')).toBeLessThanOrEqual(0);
  });

  it('gives set phrases with a sentiment word no valence ("make sure", "feel free", "as well")', () => {
    expect(score('Make sure the cable is plugged in.')).toBe(0);
    expect(score('Feel free to call the desk.')).toBe(0);
    expect(score('Restart the router as well.')).toBe(0);
    expect(score('The router works well.')).toBeGreaterThan(0);
  });
});

describe('scoreSentiment stays linear', () => {
  // Emoji, emoticons and punctuation runs: nothing may scan back over them once per token.
  const shapes: Record<string, (n: number) => string> = {
    'a run of emoji': (n) => '😀'.repeat(n / 2),
    'emoticons between punctuation': (n) => ':) ... '.repeat(n / 7),
    'kind of, like, sort of': (n) => 'kind of like sort of '.repeat(n / 21),
  };
  const time = (text: string): number => {
    const view = createTextView(text);
    scoreSentiment(view);
    return bestTime(() => scoreSentiment(view));
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}: 10x the input takes well under 100x the time`, () => {
      expect(time(make(200_000)) / Math.max(time(make(20_000)), 0.5)).toBeLessThan(40);
    });
  }
});
