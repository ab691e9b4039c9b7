import { describe, expect, it } from 'vitest';
import { bestTime } from '../../internal/best-time.js';
import fc from 'fast-check';
import { CAPS_PAIR, MARK_PAIR, createTextView, viewFacts, type TextView } from './text-view.js';

const words = (v: TextView) => v.tokens.filter((t) => t.kind === 'word').map((t) => t.text);
const sentenceTexts = (v: TextView) => v.sentences.map((s) => v.text.slice(s.start, s.end));

describe('createTextView', () => {
  it('keeps contractions, hyphenated words and letter-digit mixes whole', () => {
    const v = createTextView("I don't think the follow-up for Win11 and 2FA arrived.");
    expect(words(v)).toEqual(['I', "don't", 'think', 'the', 'follow-up', 'for', 'Win11', 'and', '2FA', 'arrived']);
    expect(v.wordCount).toBe(10);
  });

  it('normalises typographic apostrophes in lower but keeps the text as written', () => {
    const v = createTextView('We’re on it');
    expect(v.tokens[0]).toMatchObject({ text: 'We’re', lower: "we're", start: 0, end: 5, kind: 'word' });
  });

  it('splits sentences on terminal punctuation, keeping the terminator', () => {
    const v = createTextView('Hi Dana! Can you restart it? Thanks. Really?!');
    expect(sentenceTexts(v)).toEqual(['Hi Dana!', 'Can you restart it?', 'Thanks.', 'Really?!']);
    expect(v.sentences.map((s) => s.terminator)).toEqual(['!', '?', '.', '?']);
  });

  it('does not split after titles, initials, file names or before lower case', () => {
    const v = createTextView('Dr. Kim said J. Smith fixed config.json yesterday. See ticket No. 42 e.g. here.');
    expect(sentenceTexts(v)).toEqual(['Dr. Kim said J. Smith fixed config.json yesterday.', 'See ticket No. 42 e.g. here.']);
  });

  it('ends a sentence at a blank line even without punctuation', () => {
    const v = createTextView('Hello team\n\nThe VPN is down');
    expect(sentenceTexts(v)).toEqual(['Hello team', 'The VPN is down']);
    expect(v.paragraphCount).toBe(2);
    expect(v.sentences[1]?.terminator).toBe('');
  });

  it('keeps URLs, email addresses and mentions whole, without trailing punctuation', () => {
    const v = createTextView('Mail it.support@example.com or see https://status.example.com/a_(b). Thanks @dana #vpn');
    const kinds = v.tokens.filter((t) => t.kind !== 'word' && t.kind !== 'punct').map((t) => [t.kind, t.text]);
    expect(kinds).toEqual([
      ['email', 'it.support@example.com'],
      ['url', 'https://status.example.com/a_(b)'],
      ['mention', '@dana'],
      ['mention', '#vpn'],
    ]);
  });

  it('reads numbers with inner separators as one token', () => {
    const v = createTextView('Call at 15:30 or after 1,000.5 seconds');
    expect(v.tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['15:30', '1,000.5']);
  });

  it('handles letters outside ASCII and astral code points', () => {
    const v = createTextView('Größe: naïve 日本語 😀 𝒜bc');
    expect(words(v)).toEqual(['Größe', 'naïve', '日本語', '𝒜bc']);
    const emoji = v.tokens.find((t) => t.kind === 'other');
    expect(emoji && v.text.slice(emoji.start, emoji.end)).toBe('😀');
  });

  it('gives an empty view for empty or blank text', () => {
    expect(createTextView('')).toMatchObject({ tokens: [], sentences: [], wordCount: 0, paragraphCount: 0 });
    expect(createTextView(' \n\t ').sentences).toEqual([]);
  });

  it('never throws, and offsets always point at the token text in order (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const v = createTextView(text);
        let last = 0;
        for (const t of v.tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
        for (const s of v.sentences) {
          expect(s.endToken).toBeGreaterThan(s.firstToken);
          expect(s.start).toBe(v.tokens[s.firstToken]?.start);
          expect(s.end).toBe(v.tokens[s.endToken - 1]?.end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('covers every token with exactly one sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Hi', 'Dr.', 'ok', '?', '!', '.', ' ', '\n', '\n\n', 'e.g.', 'x.y', '...', '😀', 'http://a.b/c', 'a@b.co'), { maxLength: 60 }), (parts) => {
        const v = createTextView(parts.join(''));
        let next = 0;
        for (const s of v.sentences) {
          expect(s.firstToken).toBe(next);
          next = s.endToken;
        }
        expect(next).toBe(v.tokens.length);
      }),
    );
  });

  it('stays linear on adversarial input', () => {
    const shapes = [
      (n: number) => '! '.repeat(n),
      (n: number) => 'a'.repeat(n),
      (n: number) => 'http://x.y/' + ')'.repeat(n),
      (n: number) => 'a.'.repeat(n),
      (n: number) => 'x@'.repeat(n),
      (n: number) => ' '.repeat(n),
      (n: number) => "a'".repeat(n),
      (n: number) => '1.'.repeat(n),
    ];
    for (const shape of shapes) {
      // Best of nine runs, and up to three attempts: a busy machine or a garbage collection can
      // slow one measurement, but a quadratic scan (~100x for 10x the input) fails every attempt.
      const time = (n: number) => {
        const text = shape(n);
        return bestTime(() => createTextView(text), 9);
      };
      time(2_000); // warm up
      let ratio = Infinity;
      for (let attempt = 0; attempt < 3 && ratio >= 40; attempt++) {
        ratio = time(40_000) / Math.max(time(4_000), 0.05);
      }
      expect(ratio).toBeLessThan(40);
    }
  });
});

describe('viewFacts', () => {
  // What the facts promise, read from the tokens.
  const expected = (v: TextView) => {
    const upper = (c: number) => c >= 65 && c <= 90;
    let facts = 0;
    v.tokens.forEach((t, i) => {
      if (t.kind === 'word' && upper(t.text.charCodeAt(0)) && upper(t.text.charCodeAt(1))) facts |= CAPS_PAIR;
      const next = v.tokens[i + 1];
      if ((t.text === '!' || t.text === '?') && next !== undefined && (next.text === '!' || next.text === '?') && next.start === t.end) facts |= MARK_PAIR;
    });
    return facts;
  };
  const pieces = ['a', 'B', 'AB', 'Hi', 'OK', 'É', 'ÉA', 'AÉ', '1', "'", '-', '.', '!', '?', '!!', '?!', ' ', '\n', '@', '#', 'http://x.co/?!', 'x@Y.co', '\uff01', '"', ')', '\u2026'];

  it('notes capitalised words and adjacent !/? marks while tokenizing; unknown (-1) for a view it no longer remembers', () => {
    expect(viewFacts(createTextView('Please do NOT restart it'))).toBe(CAPS_PAIR);
    expect(viewFacts(createTextView('Why?! It is Done'))).toBe(MARK_PAIR);
    expect(viewFacts(createTextView('All fine. Thanks!'))).toBe(0);
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')), fc.string({ maxLength: 40 })), (text) => {
        const v = createTextView(text);
        expect(viewFacts(v)).toBe(expected(v));
        createTextView('one');
        createTextView('two');
        expect(viewFacts(v)).toBe(-1);
      }),
      { numRuns: 500 },
    );
  });
});
