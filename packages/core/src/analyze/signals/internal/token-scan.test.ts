import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTextView } from '../../text/text-view.js';
import { addPhrase, lowerAt, phraseAt, type PhraseTable } from './token-scan.js';

const PHRASES = ['as soon as possible', 'as soon as we can', 'soon', 'end of day', 'end of the day', 'end of', 'in a bit'];

function table(): PhraseTable<number> {
  const t: PhraseTable<number> = new Map();
  PHRASES.forEach((p, i) => addPhrase(t, p, i));
  return t;
}

describe('phraseAt', () => {
  it('takes the longest phrase that fits before the end', () => {
    const view = createTextView('We will reply as soon as we can, by end of the day');
    const lowers = view.tokens.map((t) => t.lower);
    const at = (w: string, end = view.tokens.length) => phraseAt(table(), view.tokens, lowers.indexOf(w), end);
    expect(at('as')).toEqual([5, 1]);
    expect(at('end')).toEqual([4, 4]);
    // The end bound cuts the longer phrases off.
    expect(at('end', lowers.indexOf('end') + 3)).toEqual([2, 5]);
    expect(at('reply')).toBeUndefined();
  });

  it('agrees with a direct search over every phrase', () => {
    const t = table();
    fc.assert(
      fc.property(fc.array(fc.constantFrom('as', 'soon', 'possible', 'we', 'can', 'end', 'of', 'the', 'day', 'in', 'a', 'bit', ','), { maxLength: 12 }), fc.nat(), fc.nat(), (ws, a, b) => {
        const view = createTextView(ws.join(' '));
        const n = view.tokens.length;
        if (n === 0) return;
        const i = a % n;
        const end = i + 1 + (b % (n - i));
        let expected: [number, number] | undefined;
        PHRASES.forEach((p, value) => {
          const words = p.split(' ');
          const fits = words.every((w, j) => i + j < end && lowerAt(view.tokens, i + j, end) === w);
          if (fits && words.length > (expected?.[0] ?? 0)) expected = [words.length, value];
        });
        expect(phraseAt(t, view.tokens, i, end)).toEqual(expected);
      }),
    );
  });
});
