import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';

const H = 3_600_000;

describe('parseDuration', () => {
  it.each([
    ['30m', 30 * 60_000, false],
    ['4h', 4 * H, false],
    ['1h30m', 1.5 * H, false],
    ['1h 30m', 1.5 * H, false],
    ['1.5h', 1.5 * H, false],
    ['2d', 48 * H, true],
    ['1w', 168 * H, true],
    ['90s', 90_000, false],
    ['250ms', 250, false],
    ['1m30s', 90_000, false],
    ['PT4H', 4 * H, false],
    ['PT1H30M', 1.5 * H, false],
    ['P2D', 48 * H, true],
    ['P1DT12H', 36 * H, true],
    ['P1W', 168 * H, true],
    ['PT0.5S', 500, false],
    ['0m', 0, false],
  ])('parses %s', (text, ms, usesDays) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: { ms, usesDays, text } });
  });

  it.each(['', '4', 'h', '4 hours', '-4h', '4h4h', '30m1h', '1.h', 'P', 'PT', 'P1M', 'P1Y', 'PT1H2H', 'P1H', '1e3ms', 'PT4h', '0.0001s', '4H', ' 4h', 'x'.repeat(65)])(
    'refuses %j with a message',
    (text) => {
      const result = parseDuration(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
    },
  );

  it('never throws, and any accepted value is a non-negative whole number of milliseconds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^P?T?[0-9.]{0,6}[wdhmsHMSWDT]{0,3}[0-9]{0,3}[a-zA-Z]{0,2}$/)), (text) => {
        const result = parseDuration(text);
        if (result.ok) {
          expect(Number.isSafeInteger(result.value.ms)).toBe(true);
          expect(result.value.ms).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees between compact and ISO 8601 forms', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(23), fc.nat(59), (d, h, m) => {
        fc.pre(d + h + m > 0);
        const compact = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].join('');
        const iso = `P${d ? `${d}D` : ''}${h || m ? `T${h ? `${h}H` : ''}${m ? `${m}M` : ''}` : ''}`;
        const a = parseDuration(compact);
        const b = parseDuration(iso);
        expect(a.ok && b.ok && a.value.ms === b.value.ms).toBe(true);
      }),
    );
  });
});
