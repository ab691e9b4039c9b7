import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRapportError } from '../../../errors.js';
import { instantMs, isoOf } from './instant.js';

describe('isoOf', () => {
  it('formats exactly like Date#toISOString, whatever the instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(isoOf(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
    for (const ms of [0, -1, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, Date.parse('2024-02-29T23:59:59.999Z')]) {
      expect(isoOf(ms)).toBe(new Date(ms).toISOString());
    }
  });
});

describe('instantMs', () => {
  it('accepts a Date, epoch milliseconds and ISO 8601 with an offset', () => {
    const ms = Date.parse('2024-05-06T09:00:00Z');
    expect(instantMs(new Date(ms), 'now')).toBe(ms);
    expect(instantMs(ms, 'now')).toBe(ms);
    expect(instantMs('2024-05-06T11:00:00+02:00', 'now')).toBe(ms);
  });

  it('refuses anything ambiguous or malformed, naming the field', () => {
    for (const value of ['2024-05-06T09:00:00', '2024-05-06', 'now', 1.5, Number.POSITIVE_INFINITY, null, {}]) {
      try {
        instantMs(value, 'now');
        expect.unreachable();
      } catch (error) {
        expect(isRapportError(error) && error.code).toBe('INVALID_INPUT');
        expect(isRapportError(error) && error.issues[0]?.path).toEqual(['now']);
      }
    }
  });
});
