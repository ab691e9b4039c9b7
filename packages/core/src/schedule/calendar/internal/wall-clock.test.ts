import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, formatTimeOfDay, parseDay, parseTimeOfDay, weekdayOf } from './wall-clock.js';

describe('parseTimeOfDay', () => {
  it('accepts HH:MM and HH:MM:SS up to 24:00', () => {
    expect(parseTimeOfDay('21:43')).toBe(78_180);
    expect(parseTimeOfDay('10:55:23')).toBe(39_323);
    expect(parseTimeOfDay('24:00')).toBe(86_400);
    expect(parseTimeOfDay('00:00')).toBe(0);
  });

  it('refuses everything else', () => {
    for (const text of ['5:35', '12:3', '11:35:3', 'timestamp', '24:01', '25:00', '12:60', '12:00:60', ' 12:00', '12:00 ', '12-00', '']) {
      expect(parseTimeOfDay(text)).toBeUndefined();
    }
  });

  it('never throws and round-trips its own output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        const seconds = parseTimeOfDay(text);
        if (seconds !== undefined) expect(parseTimeOfDay(formatTimeOfDay(seconds))).toBe(seconds);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), (seconds) => {
        expect(parseTimeOfDay(formatTimeOfDay(seconds))).toBe(seconds);
      }),
    );
  });
});

describe('parseDay', () => {
  it('reads real dates only, with Sunday 2006-01-01 as day 0', () => {
    expect(parseDay('2006-01-01')).toBe(0);
    expect(weekdayOf(parseDay('2026-03-02') as number)).toBe(1);
    expect(parseDay('2024-02-29')).toBe(6633);
    expect(parseDay('2023-02-29')).toBeUndefined();
    expect(parseDay('2023-2-01')).toBeUndefined();
  });

  it('never throws and round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        const day = parseDay(text);
        if (day !== undefined) expect(formatDay(day)).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 2_000_000 }), (day) => {
        expect(parseDay(formatDay(day))).toBe(day);
      }),
    );
  });
});
