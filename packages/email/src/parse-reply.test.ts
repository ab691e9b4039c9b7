import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReply } from './parse-reply.js';

const kinds = (text: string) => parseReply(text).fragments.map((f) => f.kind);

describe('parseReply: quote headers of the common clients', () => {
  const reply = 'The printer works again, thank you.';
  const cases: [string, string][] = [
    ['Gmail (English)', 'On Tue, 4 Mar 2025 at 09:12, IT Help <help@acme.test> wrote:'],
    ['Apple Mail', 'On 4 Mar 2025, at 09:12, IT Help <help@acme.test> wrote:'],
    ['French', 'Le mar. 4 mars 2025 à 09:12, IT Help <help@acme.test> a écrit :'],
    ['German', 'Am 04.03.2025 um 09:12 schrieb IT Help <help@acme.test>:'],
    ['Spanish', 'El mar, 4 mar 2025 a las 9:12, IT Help (<help@acme.test>) escribió:'],
    ['Dutch', 'Op di 4 mrt 2025 om 09:12 schreef IT Help <help@acme.test>:'],
    ['Swedish', 'Den tis 4 mars 2025 kl 09:12 skrev IT Help <help@acme.test>:'],
    ['Polish', 'W dniu 4.03.2025 o 09:12, IT Help <help@acme.test> pisze:'],
    ['verb-less', '2025-03-04 9:12 GMT+01:00 IT Help <help@acme.test>:'],
  ];
  for (const [label, header] of cases) {
    it(`cuts at a ${label} attribution and hides the quote`, () => {
      const parsed = parseReply(`${reply}\n\n${header}\n> Please try turning it off and on.\n> IT Help\n`);
      expect(parsed.visibleText).toBe(reply);
      expect(parsed.quotedText).toContain('Please try turning it off');
    });
  }

  it('joins an attribution wrapped over three lines', () => {
    const parsed = parseReply(`${reply}\n\nOn Tue, 4 Mar 2025 at 09:12, IT Help\n<help@acme.test>\nwrote:\n\n> Please restart.`);
    expect(parsed.visibleText).toBe(reply);
    expect(parsed.fragments[1]?.header).toBe('On Tue, 4 Mar 2025 at 09:12, IT Help\n<help@acme.test>\nwrote:');
  });

  it('treats everything below an Outlook header block as quoted, with the rule above it', () => {
    const text = `${reply}\n\n________________________________\nFrom: IT Help <help@acme.test>\nSent: Tuesday, March 4, 2025 9:12 AM\nTo: Ann <ann@example.com>\nSubject: RE: printer\n\nPlease try turning it off and on.`;
    expect(parseReply(text).visibleText).toBe(reply);
    expect(kinds(text)).toEqual(['reply', 'quote']);
  });

  it('reads a translated header block (Von/Gesendet/An/Betreff)', () => {
    const text = `${reply}\n\nVon: IT Help <help@acme.test>\nGesendet: Dienstag, 4. März 2025 09:12\nAn: Ann\nBetreff: Drucker\n\nBitte neu starten.`;
    expect(parseReply(text).visibleText).toBe(reply);
  });

  it('cuts at -----Original Message-----', () => {
    expect(parseReply(`${reply}\n\n-----Original Message-----\nold text`).visibleText).toBe(reply);
  });

  it('keeps a forwarded message visible and marks it as forwarded', () => {
    const text = 'FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Bob <bob@example.com>\nDate: Tue, 4 Mar 2025\nSubject: outage\n\nThe VPN is down.';
    const parsed = parseReply(text);
    expect(kinds(text)).toEqual(['reply', 'forward']);
    expect(parsed.visibleText).toContain('The VPN is down.');
    expect(parsed.replyText).toBe('FYI, see below.');
  });

  it('does not take prose that starts with "On" or mentions "wrote" for a header', () => {
    const text = 'On the whole it works.\nOn Monday I wrote: the VPN drops.\nSee https://example.com/on-date-someone-wrote:';
    expect(kinds(text)).toEqual(['reply']);
  });
});

describe('parseReply: quoting, signatures and hidden fragments', () => {
  it('keeps quotes between answers visible (inline replies) and hides the trailing quote', () => {
    const text = '> Is the VPN up?\n\nYes, since 9:00.\n\n> And the printer?\n\nStill down.\n\n> Thanks\n> Bob';
    const parsed = parseReply(text);
    expect(parsed.fragments.map((f) => [f.kind, f.hidden])).toEqual([
      ['quote', false],
      ['reply', false],
      ['quote', false],
      ['reply', false],
      ['quote', true],
    ]);
    expect(parsed.replyText).toBe('Yes, since 9:00.\n\nStill down.');
  });

  it('hides an RFC 3676 signature, keeping the delimiter space in the fragment', () => {
    const parsed = parseReply('Please reset my password.\n\n-- \nAnn Lee\nFinance');
    expect(parsed.visibleText).toBe('Please reset my password.');
    expect(parsed.signature).toBe('-- \nAnn Lee\nFinance');
  });

  it('hides device footers in several languages but not a sentence that starts the same way', () => {
    for (const footer of ['Sent from my iPhone', 'Von meinem iPhone gesendet', 'Envoyé de mon iPad', 'Get Outlook for Android']) {
      expect(parseReply(`Thanks!\n\n${footer}`).visibleText).toBe('Thanks!');
    }
    expect(parseReply('Thanks!\n\nSent from my desk, which is easier than my phone.').visibleText).toContain('Sent from my desk');
  });

  it('treats a sign-off followed by a card as a signature, but keeps a bare sign-off', () => {
    expect(parseReply('It works.\n\nKind regards,\n\nAnn Lee\nHead of Finance\n+1 555 0100').visibleText).toBe('It works.');
    expect(parseReply('It works.\n\nThanks,\nAnn').visibleText).toBe('It works.\n\nThanks,\nAnn');
  });

  it('keeps em dashes, markdown rules and "-- " inside a line as text', () => {
    const text = 'Steps:\n-- first\n-- second\n\n----\n\n—\nAnn';
    expect(kinds(text)).toEqual(['reply']);
  });

  it('gives offsets into the original string, CRLF included', () => {
    const text = 'Hi\r\n\r\nOn Tue, 4 Mar 2025 at 09:12, IT <it@acme.test> wrote:\r\n> old';
    const [first, second] = parseReply(text).fragments;
    expect(text.slice(first?.start, first?.end)).toBe('Hi\r\n');
    expect(text.slice(second?.start, second?.end)).toBe('On Tue, 4 Mar 2025 at 09:12, IT <it@acme.test> wrote:\r\n> old');
  });

  it('joins fragments back to the (line-normalized, right-trimmed) body', () => {
    const text = 'a\n\nOn Tue, 4 Mar 2025 at 09:12, IT <it@acme.test> wrote:\n> b\n\nc\n-- \nsig';
    expect(parseReply(text).fragments.map((f) => f.text).join('\n')).toBe(text);
  });
});

describe('parseReply: robustness', () => {
  const pieces = fc.constantFrom(
    '> ', '>', '-- ', '--', '__', 'On ', ' wrote:', 'From: a@b.c', 'Sent: Mon', 'To: x', 'Subject: y', '\n', '\r\n', '\r',
    '-----Original Message-----', 'Sent from my iPhone', 'Regards,', '<', '@', '12:30', '2025', ':', '\u0000', '\ud800', '😀', ' ',
  );
  const adversarial = fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 60 }).map((a) => a.join(''));

  it('never throws, and its fragments always cover the whole body in order', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const parsed = parseReply(text);
        let previousEnd = -1;
        for (const f of parsed.fragments) {
          expect(f.start).toBeGreaterThan(previousEnd - 1);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          previousEnd = f.end;
        }
        expect(parsed.fragments.length).toBeGreaterThan(0);
        expect(typeof parsed.visibleText).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('hidden fragments never precede the author\'s last own text', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const { fragments } = parseReply(text);
        const last = fragments.map((f) => f.kind === 'reply' || f.kind === 'forward').lastIndexOf(true);
        fragments.forEach((f, i) => {
          if (i < last && f.kind !== 'signature') expect(f.hidden).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('runs in linear time on pathological input (n vs 10n lines)', () => {
    const build = (lines: number) => {
      const parts: string[] = ['Top line'];
      for (let i = 0; i < lines; i++) parts.push(i % 7 === 0 ? 'On Tue, 4 Mar 2025 at 09:12, X' : '>'.repeat(1 + (i % 50)) + ' quoted text wrote:');
      return parts.join('\n');
    };
    const time = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now();
        parseReply(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const small = build(5_000);
    const large = build(50_000);
    time(large);
    const ratio = time(large) / Math.max(time(small), 0.01);
    console.log(`parseReply: 10x the lines took ${ratio.toFixed(1)}x the time (quadratic would be ~100x)`);
    expect(ratio).toBeLessThan(40);
  });

  it('parses a 5 MB body and a single 1 MB line well under a second', () => {
    const body = `Reply\n\n${'> '.repeat(10)}${'x'.repeat(60)}\n`.repeat(70_000);
    expect(body.length).toBeGreaterThan(5_000_000);
    const t0 = performance.now();
    parseReply(body);
    parseReply(`On ${'a'.repeat(1_000_000)} wrote:`);
    const ms = performance.now() - t0;
    console.log(`parseReply: 5 MB body + 1 MB line in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3000);
  });
});
