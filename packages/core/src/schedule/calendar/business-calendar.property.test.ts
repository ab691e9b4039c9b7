import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRapportError } from '../../errors.js';
import { createBusinessCalendar, localTimeToInstant, type BusinessCalendar } from './index.js';
import type { BusinessCalendarConfig } from './business-calendar-config.js';
import { DayWalkingCalendar } from './testing/day-walking-calendar.js';

/**
 * Random calendars in zones with every kind of DST transition, checked against an independent
 * day-walking implementation on temporal-polyfill, plus the algebraic properties SLA clocks rely
 * on.
 */
const ZONES = [
  'America/New_York', // 1 h gap at 02:00, 1 h overlap at 02:00
  'Europe/London', // transitions at 01:00 UTC
  'Australia/Lord_Howe', // 30-minute DST
  'America/Santiago', // transitions at midnight
  'Asia/Beirut', // transitions at midnight (gap 00:00→01:00, overlap back to 23:00)
  'America/Sao_Paulo', // midnight spring-forward (until 2019)
  'Asia/Kolkata', // no DST, +05:30
  'Asia/Tokyo', // +09:00: morning periods start on the previous UTC date
  'America/Los_Angeles', // -08:00: evening periods start on the next UTC date
  'Etc/UTC',
];

// Dates of DST transitions in those zones; instants, holidays and breaks cluster around them.
const ANCHORS = [
  '2015-03-08', '2015-11-01', '2015-03-29', '2015-10-25', '2015-04-05', '2015-10-04',
  '2016-05-15', '2016-08-14', '2015-10-18', '2016-02-21', '2016-03-27', '2016-10-30',
].map((date) => Date.parse(`${date}T00:00:00Z`));

const DAY = 86_400_000;
const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const hhmm = (quarter: number) => `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Non-overlapping intervals of one day on a 15-minute grid, `24:00` allowed as an end. */
const quarter = fc.oneof(
  fc.integer({ min: 0, max: 96 }),
  // Wall-clock times where DST transitions happen in these zones (00:00 … 03:00, 22:00 … 24:00).
  fc.constantFrom(0, 2, 4, 6, 8, 9, 10, 12, 88, 92, 94, 96),
);
const dayHours = fc
  .uniqueArray(quarter, { minLength: 0, maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: [string, string][] = [];
    for (let k = 0; k + 1 < sorted.length; k += 2) out.push([hhmm(sorted[k] as number), hhmm(sorted[k + 1] as number)]);
    return out;
  });

const nearAnchor = fc.tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -4, max: 4 })).map(([anchor, days]) => anchor + days * DAY);

const datedRange = fc
  .tuple(nearAnchor, fc.oneof(fc.integer({ min: 0, max: 95 }), fc.constantFrom(0, 4, 8, 9, 92)), fc.integer({ min: 1, max: 24 }))
  .map(([day, start, length]) => ({ date: isoDate(day), start: hhmm(start), end: hhmm(Math.min(96, start + length)) }));

const calendarConfig: fc.Arbitrary<BusinessCalendarConfig> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(fc.option(dayHours, { freq: 3 }), { minLength: 7, maxLength: 7 }),
    holidays: fc.array(nearAnchor.map(isoDate), { maxLength: 3 }),
    breaks: fc.array(datedRange, { maxLength: 3 }),
    shifts: fc.option(fc.array(datedRange, { maxLength: 2 }), { freq: 3 }),
  })
  .filter(({ days }) => days.some((d) => d !== null && d.length > 0))
  .map(({ timeZone, days, holidays, breaks, shifts }) => {
    const hours: Record<string, [string, string][]> = {};
    days.forEach((d, k) => {
      if (d !== null && d.length > 0) hours[KEYS[k] as string] = d;
    });
    // Shifts on one date must not overlap: keep the first of each date.
    const seen = new Set<string>();
    const oneShiftPerDate = (shifts ?? []).filter((s) => !seen.has(s.date) && seen.add(s.date));
    return { timeZone, hours, holidays, breaks, shifts: oneShiftPerDate };
  });

/** Instants near the anchors: quarter hours mostly, some with seconds. */
const instant = fc
  .tuple(nearAnchor, fc.integer({ min: -96, max: 96 }), fc.option(fc.integer({ min: 1, max: 899 }), { freq: 4 }))
  .map(([day, quarters, seconds]) => day + quarters * 900_000 + (seconds ?? 0) * 1000);

/** Business durations: zero, quarter hours up to ~2 days, or odd amounts. */
const amount = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 }).map((q) => q * 900_000), fc.integer({ min: 1, max: 50 * 3_600_000 }));

const build = (config: BusinessCalendarConfig): [BusinessCalendar, DayWalkingCalendar] => {
  const calendar = createBusinessCalendar(config);
  return [calendar, new DayWalkingCalendar(calendar.config)];
};

const iso = (ms: number) => new Date(ms).toISOString();

describe('BusinessCalendar against a day-walking temporal-polyfill oracle', () => {
  it('day arithmetic and periodsBefore agree', () => {
    fc.assert(
      fc.property(calendarConfig, instant, fc.integer({ min: 0, max: 6 }), (config, origin, days) => {
        const [calendar, oracle] = build(config);
        expect(iso(calendar.add(new Date(origin), { days }).getTime())).toBe(iso(oracle.addDays(origin, days)));
        expect(iso(calendar.subtract(new Date(origin), { days }).getTime())).toBe(iso(oracle.subtractDays(origin, days)));
        const ours = calendar.periodsBefore(origin, 4).map((p) => [iso(p.start.getTime()), iso(p.end.getTime())]);
        const theirs = oracle.periodsBefore(origin, 4).map((p) => [iso(p.start), iso(p.end)]);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 200 },
    );
  });

  it('add agrees', () => {
    fc.assert(
      fc.property(calendarConfig, instant, amount, (config, origin, ms) => {
        const [calendar, oracle] = build(config);
        expect(iso(calendar.addMs(origin, ms))).toBe(iso(oracle.add(origin, ms)));
      }),
      { numRuns: 300 },
    );
  });

  it('subtract agrees', () => {
    fc.assert(
      fc.property(calendarConfig, instant, amount, (config, origin, ms) => {
        const [calendar, oracle] = build(config);
        expect(iso(calendar.subtractMs(origin, ms))).toBe(iso(oracle.subtract(origin, ms)));
      }),
      { numRuns: 300 },
    );
  });

  it('timeBetween agrees', () => {
    fc.assert(
      fc.property(calendarConfig, instant, fc.integer({ min: -DAY, max: 9 * DAY }), (config, a, span) => {
        const [calendar, oracle] = build(config);
        expect(calendar.timeBetweenMs(a, a + span)).toBe(oracle.within(a, a + span));
      }),
      { numRuns: 300 },
    );
  });

  it('inHours and periodsAfter agree', () => {
    fc.assert(
      fc.property(calendarConfig, instant, (config, t) => {
        const [calendar, oracle] = build(config);
        expect(calendar.inHours(t)).toBe(oracle.inHours(t));
        const ours = calendar.periodsAfter(t, 4).map((p) => [iso(p.start.getTime()), iso(p.end.getTime())]);
        const theirs = oracle.periodsAfter(t, 4).map((p) => [iso(p.start), iso(p.end)]);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * The algebra holds for calendars whose periods do not overlap. biz dates a weekly period by the
 * UTC date of its start when it merges shifts in, so away from UTC a shift can sit beside the
 * weekly period of its own local date and biz counts the overlap twice (reproduced, and covered
 * by the oracle tests above); those calendars are left out here.
 */
const saneCalendar = calendarConfig.map((config) => ({ ...config, shifts: config.timeZone === 'Etc/UTC' ? (config.shifts ?? []) : [] }));

describe('BusinessCalendar algebra', () => {
  it('timeBetween(t, add(t, d)) === d', () => {
    fc.assert(
      fc.property(saneCalendar, instant, amount, (config, origin, ms) => {
        const calendar = createBusinessCalendar(config);
        expect(calendar.timeBetweenMs(origin, calendar.addMs(origin, ms))).toBe(ms);
      }),
      { numRuns: 300 },
    );
  });

  it('add is monotonic in the duration and in the origin, and never goes back', () => {
    fc.assert(
      fc.property(saneCalendar, instant, instant, amount, amount, (config, a, b, x, y) => {
        const calendar = createBusinessCalendar(config);
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const [d1, d2] = x <= y ? [x, y] : [y, x];
        expect(calendar.addMs(t1, d1)).toBeLessThanOrEqual(calendar.addMs(t1, d2));
        expect(calendar.addMs(t1, d1)).toBeLessThanOrEqual(calendar.addMs(t2, d1));
        expect(calendar.addMs(t1, d1)).toBeGreaterThanOrEqual(t1);
        expect(calendar.subtractMs(t2, d1)).toBeLessThanOrEqual(t2);
      }),
      { numRuns: 300 },
    );
  });

  it('subtract inverts add from a business instant', () => {
    fc.assert(
      fc.property(saneCalendar, instant, amount, (config, origin, ms) => {
        const calendar = createBusinessCalendar(config);
        const open = calendar.addMs(origin, 0); // a business instant: inside a period
        expect(calendar.subtractMs(calendar.addMs(open, ms), ms)).toBe(open);
      }),
      { numRuns: 300 },
    );
  });

  it('timeBetween is additive over a split point', () => {
    fc.assert(
      fc.property(saneCalendar, instant, instant, instant, (config, a, b, c) => {
        const calendar = createBusinessCalendar(config);
        const [x, y, z] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
        expect(calendar.timeBetweenMs(x, z)).toBe(calendar.timeBetweenMs(x, y) + calendar.timeBetweenMs(y, z));
      }),
      { numRuns: 300 },
    );
  });
});

describe('bad input', () => {
  const onlyRapportErrors = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(isRapportError(error), String(error)).toBe(true);
    }
  };

  it('any value given as a calendar definition either compiles or throws a RapportError', () => {
    const time = fc.oneof(fc.string({ maxLength: 9 }), fc.constantFrom('09:00', '24:00', '17:30:15', '00:00'));
    const loose = fc.record(
      {
        timeZone: fc.oneof(fc.string(), fc.constantFrom('Etc/UTC', 'America/New_York', 'Europe/Nowhere', '+05:00', 'UTC')),
        hours: fc.dictionary(fc.constantFrom('sun', 'mon', 'tue', 'fri', 'funday'), fc.array(fc.tuple(time, time), { maxLength: 3 })),
        holidays: fc.array(fc.oneof(fc.string(), fc.constantFrom('2026-02-29', '2026-03-01')), { maxLength: 2 }),
        breaks: fc.array(fc.record({ date: fc.constantFrom('2026-03-02', 'x'), start: time, end: time }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(loose, fc.anything()), (value) => onlyRapportErrors(() => createBusinessCalendar(value as never))), { numRuns: 500 });
  });

  it('any string given as a zone, date or time either resolves or throws a RapportError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 9 }), (zone, date, time) => {
        onlyRapportErrors(() => localTimeToInstant(zone, date, time));
        onlyRapportErrors(() => localTimeToInstant('Europe/Paris', date, time));
      }),
    );
  });
});
