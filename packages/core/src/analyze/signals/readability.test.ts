import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTextView } from '../text/text-view.js';
import { readability } from './readability.js';

const of = (text: string, longSentenceWords?: number) =>
  readability(createTextView(text), longSentenceWords === undefined ? {} : { longSentenceWords });

describe('readability', () => {
  it('counts words, sentences, paragraphs and characters of a short reply', () => {
    const r = of('Hi Sam,\n\nYour laptop needs a restart. It takes two minutes.');
    expect(r.words).toBe(11);
    expect(r.sentences).toBe(3);
    expect(r.paragraphs).toBe(2);
    expect(r.characters).toBe('Hi Sam,\n\nYour laptop needs a restart. It takes two minutes.'.length);
    expect(r.wordsPerSentence).toBeCloseTo(11 / 3, 2);
    expect(r.longSentences).toEqual([]);
  });

  it('lists the ranges of sentences above the threshold, in text order', () => {
    const long =
      'Once the synchronisation engine finishes re-indexing your mailbox, which can take a while when there are many large attachments in older folders, the search results will include older messages again.';
    const text = `Thanks for the details. ${long} Let me know.`;
    const r = of(text);
    expect(r.longSentences).toHaveLength(1);
    const [range] = r.longSentences;
    expect(text.slice(range![0], range![1])).toBe(long);
    expect(r.longestSentenceWords).toBe(30);
    expect(of(text, 40).longSentences).toEqual([]);
  });

  it('scores plain short sentences as easier than dense technical prose', () => {
    const plain = of('Your printer is back. Try it now. Tell me if it works.');
    const dense = of(
      'Authentication infrastructure modifications necessitated reconfiguration of organizational directory synchronization parameters, consequently invalidating previously provisioned credentials.',
    );
    expect(plain.readingEase).toBeGreaterThan(80);
    expect(dense.readingEase).toBeLessThan(0);
    expect(dense.grade).toBeGreaterThan(plain.grade + 10);
    expect(dense.syllablesPerWord).toBeGreaterThan(plain.syllablesPerWord * 2);
    expect(dense.complexWords).toBeGreaterThan(8);
  });

  it('gives zeros, not NaN, for a text without words', () => {
    for (const text of ['', '   ', '?!', '🙂', 'https://example.com']) {
      const r = of(text);
      expect(r.words).toBe(0);
      expect(r.readingEase).toBe(0);
      expect(r.grade).toBe(0);
      expect(r.wordsPerSentence).toBe(0);
    }
  });

  it('never throws and keeps every figure finite and every range inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((a) => String.fromCharCode(...a)), fc.lorem({ maxCount: 80, mode: 'sentences' })), (text) => {
        const r = of(text, 5);
        for (const v of [r.words, r.sentences, r.wordsPerSentence, r.syllablesPerWord, r.readingEase, r.grade]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        expect(r.grade).toBeGreaterThanOrEqual(0);
        for (const [s, e] of r.longSentences) {
          expect(0 <= s && s < e && e <= text.length).toBe(true);
        }
      }),
    );
  });
});
