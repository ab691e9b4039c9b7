import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRapportError } from '../../errors.js';
import { createTextView, type TextView } from '../text/text-view.js';
import { compilePhrases } from './phrase-matcher.js';

const texts = (view: TextView, phrases: ReturnType<typeof compilePhrases>) => phrases.find(view).map((m) => view.text.slice(m.start, m.end));

describe('compilePhrases', () => {
  it('finds multi-word phrases case-insensitively with token and offset positions', () => {
    const matcher = compilePhrases(['sorry for any inconvenience', 'as per', 'sorry']);
    const view = createTextView('As per your mail: Sorry for any inconvenience. Sorry!');
    expect(matcher.find(view)).toEqual([
      { phraseIndex: 1, firstToken: 0, endToken: 2, start: 0, end: 6 },
      { phraseIndex: 0, firstToken: 5, endToken: 9, start: 18, end: 45 },
      { phraseIndex: 2, firstToken: 10, endToken: 11, start: 47, end: 52 },
    ]);
  });

  it('prefers the longest phrase at a position and does not overlap unless asked', () => {
    const matcher = compilePhrases(['i am', 'i am sorry', 'am sorry']);
    const view = createTextView('I am sorry.');
    expect(texts(view, matcher)).toEqual(['I am sorry']);
    expect(matcher.find(view, { overlapping: true }).map((m) => m.phraseIndex)).toEqual([1, 2]);
  });

  it('matches apostrophe and hyphen variants and typographic apostrophes', () => {
    const matcher = compilePhrases(["don't worry", 'follow-up']);
    const view = createTextView('Dont worry, don’t worry. A follow up, a followup and a follow-up.');
    expect(texts(view, matcher)).toEqual(['Dont worry', 'don’t worry', 'follow up', 'followup', 'follow-up']);
    const strict = compilePhrases(["don't worry"], { apostropheVariants: false });
    expect(texts(view, strict)).toEqual(['don’t worry']);
  });

  it('supports * as any one word and punctuation inside phrases', () => {
    const matcher = compilePhrases(['i understand your *', 'sorry, but']);
    const view = createTextView('I understand your frustration. Sorry, but I understand your .');
    expect(texts(view, matcher)).toEqual(['I understand your frustration', 'Sorry, but']);
  });

  it('honours case sensitivity and from/to token bounds', () => {
    const matcher = compilePhrases(['GitHub'], { caseSensitive: true });
    expect(texts(createTextView('github GitHub GITHUB'), matcher)).toEqual(['GitHub']);
    const sorry = compilePhrases(['sorry']);
    const view = createTextView('sorry sorry sorry');
    expect(sorry.find(view, { from: 1, to: 2 }).map((m) => m.firstToken)).toEqual([1]);
  });

  it('rejects an empty phrase with its index', () => {
    try {
      compilePhrases(['ok', '   ']);
      expect.unreachable();
    } catch (error) {
      expect(isRapportError(error) && [error.code, error.issues[0]?.path]).toEqual(['INVALID_INPUT', [1]]);
    }
  });

  it('agrees with a naive leftmost-longest matcher on random texts', () => {
    const vocab = ['a', 'b', 'c', 'sorry', 'i', 'am'];
    const phrase = fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom(...vocab), { maxLength: 40 }), (phrases, words) => {
        const view = createTextView(words.join(' '));
        const got = compilePhrases(phrases).find(view).map((m) => [m.firstToken, m.endToken]);
        const lists = phrases.map((p) => p.split(' '));
        const expected: [number, number][] = [];
        let i = 0;
        while (i < words.length) {
          let bestLen = 0;
          for (const list of lists) {
            if (list.length > bestLen && list.every((w, k) => words[i + k] === w)) bestLen = list.length;
          }
          if (bestLen > 0) {
            expected.push([i, i + bestLen]);
            i += bestLen;
          } else i++;
        }
        expect(got).toEqual(expected);
      }),
    );
  });

  it('agrees with a naive matcher with wildcards, case sensitivity, ties and token bounds', () => {
    const vocab = ['a', 'A', 'b', 'sorry', 'Sorry', '42', ',', '.'];
    const phrase = fc.array(fc.constantFrom(...vocab, '*'), { minLength: 1, maxLength: 4 }).filter((w) => w.some((x) => x !== '*'));
    fc.assert(
      fc.property(
        fc.array(phrase, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...vocab), { maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        fc.nat(8),
        fc.nat(30),
        (lists, words, caseSensitive, overlapping, from, to) => {
          const view = createTextView(words.join(' '));
          expect(view.tokens.map((t) => t.text)).toEqual(words);
          const matcher = compilePhrases(lists.map((w) => w.join(' ')), { caseSensitive });
          const got = matcher.find(view, { from, to, overlapping }).map((m) => [m.phraseIndex, m.firstToken, m.endToken]);
          const same = (p: string, w: string) => (p === '*' ? /^\w+$/.test(w) : caseSensitive ? p === w : p.toLowerCase() === w.toLowerCase());
          const expected: number[][] = [];
          const stop = Math.min(to, words.length);
          for (let i = from; i < stop; ) {
            let best: number[] | undefined;
            lists.forEach((list, index) => {
              const fits = i + list.length <= stop && list.every((p, k) => same(p, words[i + k] as string));
              if (fits && (best === undefined || list.length > (best[2] as number) - i)) best = [index, i, i + list.length];
            });
            if (best === undefined) i++;
            else {
              expected.push(best);
              i = overlapping ? i + 1 : (best[2] as number);
            }
          }
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays linear on repeated phrase prefixes', () => {
    const matcher = compilePhrases(["i'm sorry i'm sorry i'm sorry for the delay", "i'm sorry"]);
    const time = (n: number) => {
      const view = createTextView("I'm sorry ".repeat(n));
      const t0 = performance.now();
      for (let k = 0; k < 5; k++) matcher.find(view);
      return performance.now() - t0;
    };
    time(2000);
    const small = time(5_000);
    const large = time(50_000);
    expect(large / Math.max(small, 0.5)).toBeLessThan(40); // 10x input; quadratic would be ~100x
  });
});
