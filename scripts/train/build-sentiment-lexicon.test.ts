import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLexicon, SENTIMENT_LEXICON } from '../../packages/core/src/analyze/learned/internal/sentiment-lexicon.js';
import { buildLexicon, encodeWords, lexiconFile, lexiconJson } from './build-sentiment-lexicon.js';

describe('scripts/train/build-sentiment-lexicon.ts', () => {
  const lex = buildLexicon();

  it('reproduces the shipped lexicon file byte for byte (re-run the script when this fails)', () => {
    expect(lexiconJson(lex)).toBe(readFileSync(lexiconFile, 'utf8'));
  });

  it('ships exactly the built entries, with valences to the nearest 0.1', () => {
    expect(SENTIMENT_LEXICON.size).toBe(lex.size);
    for (const [word, valence] of lex) expect(SENTIMENT_LEXICON.get(word)).toBeCloseTo(valence, 9);
  });

  it('encodes any sorted word list so the runtime decoder gets it back', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z'-]{1,16}$/), { maxLength: 40 }), (words) => {
        const sorted = [...words].sort();
        expect([...decodeLexicon(encodeWords(sorted), 'x'.repeat(sorted.length)).keys()]).toEqual(sorted);
      }),
    );
  });

  it('refuses words with a character the encoding reserves', () => {
    expect(() => encodeWords(['abc1'])).toThrow(/reserves/);
  });
});
