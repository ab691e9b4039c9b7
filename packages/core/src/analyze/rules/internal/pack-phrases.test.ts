import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases } from '../../engine/phrase-matcher.js';
import { createTextView } from '../../text/text-view.js';
import { ownPhraseList, phraseList } from './pack-phrases.js';

const vocabulary = ['sorry', 'for', 'any', 'the', 'inconvenience', "don't", 'dont', 'follow-up', 'follow', 'up', 'as', 'i', 'said', ',', 'you'];
const phraseArb = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

describe('phraseList (the shared scan)', () => {
  it('finds exactly what the engine’s compilePhrases finds, for several lists at once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(phraseArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...vocabulary, 'Sorry', 'FOR', '.', 'x'), { maxLength: 30 }),
        fc.nat(10),
        fc.nat(30),
        (lists, words, from, to) => {
          const handles = lists.map((l) => phraseList(l));
          const view = createTextView(words.join(' '));
          lists.forEach((l, k) => {
            const window = { from, to: Math.max(from, to) };
            const ours = handles[k]!.find(view, window).map((m) => [m.phraseIndex, m.firstToken, m.endToken]);
            const theirs = compilePhrases(l).find(view, window).map((m) => [m.phraseIndex, m.firstToken, m.endToken]);
            expect(ours).toEqual(theirs);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('matches apostrophe and hyphen variants like the engine', () => {
    const list = phraseList(["don't worry", 'follow-up']);
    const view = createTextView('Dont worry, a follow up and a followup are planned.');
    expect(list.find(view).map((m) => view.text.slice(m.start, m.end))).toEqual(['Dont worry', 'follow up', 'followup']);
  });

  it('ownPhraseList (a list made at run time) finds what compilePhrases finds, words new to the vocabulary included', () => {
    const fresh = fc.stringMatching(/^[a-z]{1,3}(-[a-z]{1,2})?$/);
    const word = fc.oneof(fc.constantFrom(...vocabulary), fresh);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(word, fc.constantFrom('Sorry', 'FOR', '.', 'x')), { maxLength: 30 }),
        (phrases, words) => {
          const view = createTextView(words.join(' '));
          const ours = ownPhraseList(phrases).find(view).map((m) => [m.phraseIndex, m.firstToken, m.endToken, m.start, m.end]);
          const theirs = compilePhrases(phrases).find(view).map((m) => [m.phraseIndex, m.firstToken, m.endToken, m.start, m.end]);
          expect(ours).toEqual(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });
});
