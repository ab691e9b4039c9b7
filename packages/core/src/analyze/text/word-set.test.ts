import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextView, type Token } from './text-view.js';
import { vocabularyId, wordIds, wordSet } from './word-set.js';

const pool = ['you', 'we', "i'll", 'just', 'the', 'sorry', 'a', 'é', 'ß', 'x1', '3', ',', '!', 'follow-up', 'UPPER', 'Mixed'];

describe('wordSet', () => {
  it('answers by token exactly as a Set of lower-case words does (any text, any set)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pool, ' ', '\n', '.'), { maxLength: 40 }),
        fc.uniqueArray(fc.constantFrom(...pool.map((w) => w.toLowerCase()), 'zz', 'not-a-token'), { maxLength: 8 }),
        fc.string({ maxLength: 30 }),
        (parts, words, noise) => {
          const set = wordSet(words);
          const plain = new Set(words);
          for (const text of [parts.join(' '), noise, parts.join('') + noise]) {
            const view = createTextView(text);
            const { ids } = wordIds(view);
            let any = false;
            view.tokens.forEach((t: Token, i) => {
              expect(set.at(view, i)).toBe(plain.has(t.lower));
              expect(set.hasId(ids[i] as number)).toBe(plain.has(t.lower));
              any ||= plain.has(t.lower);
            });
            expect(set.inView(view)).toBe(any);
            expect(set.has('zz')).toBe(plain.has('zz'));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sees words registered after a view was looked up (the view is looked up again)', () => {
    const view = createTextView('Quokkas are late');
    const early = wordSet(['late']);
    expect(early.at(view, 2)).toBe(true);
    expect(wordIds(view).ids[0]).toBe(0);
    const late = wordSet(['quokkas']);
    expect(late.at(view, 0)).toBe(true);
    expect(late.inView(view)).toBe(true);
    expect(wordIds(view).ids[0]).toBe(vocabularyId('quokkas'));
  });

  it('keeps ids stable while the vocabulary grows past its first table size', () => {
    const first = vocabularyId('grow-test-first');
    const many = wordSet(Array.from({ length: 3000 }, (_, i) => `w${i}x`));
    expect(vocabularyId('grow-test-first')).toBe(first);
    const view = createTextView('w0x w1500x w2999x grow-test-first nope');
    expect([0, 1, 2, 3, 4].map((i) => many.at(view, i))).toEqual([true, true, true, false, false]);
  });
});
