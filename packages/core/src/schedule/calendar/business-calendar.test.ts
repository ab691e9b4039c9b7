import { describe, expect, it } from 'vitest';
import type { RapportError } from '../../errors.js';
import { createBusinessCalendar, localTimeToInstant, type BusinessCalendarConfig } from './index.js';
import { thrown } from '../../internal/thrown.js';

const weekdays = (hours: [string, string][]): BusinessCalendarConfig['hours'] => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });

const newYork = createBusinessCalendar({
  timeZone: 'America/New_York',
  hours: weekdays([['09:00', '12:00'], ['13:00', '17:00']]),
  holidays: ['2026-12-25'],
  breaks: [{ date: '2026-03-04', start: '15:00', end: '15:30' }],
});

const at = (iso: string) => new Date(iso);
const isoOf = (date: Date) => date.toISOString();


describe('BusinessCalendar.add', () => {
  it('runs across the lunch gap, the night and the weekend', () => {
    // Friday 2026-03-06 16:00 EST + 3 h: 1 h on Friday, then Monday 09:00–11:00 EDT (DST began
    // on Sunday 2026-03-08).
    expect(isoOf(newYork.add(at('2026-03-06T21:00:00Z'), { hours: 3 }))).toBe('2026-03-09T15:00:00.000Z');
    // 11:30 + 1 h: 30 min before lunch, 30 min after.
    expect(isoOf(newYork.add(at('2026-03-02T16:30:00Z'), { minutes: 60 }))).toBe('2026-03-02T18:30:00.000Z');
  });

  it('lands on the next opening, not the closing, when the time runs out exactly at a closing', () => {
    // Monday 11:00 + 1 h ends exactly at 12:00: biz returns 13:00.
    expect(isoOf(newYork.add(at('2026-03-02T16:00:00Z'), { hours: 1 }))).toBe('2026-03-02T18:00:00.000Z');
    expect(isoOf(newYork.add(at('2026-03-02T16:00:00Z'), { minutes: 59 }))).toBe('2026-03-02T16:59:00.000Z');
  });

  it('adding zero is the next opening (a closing instant is outside)', () => {
    expect(isoOf(newYork.add(at('2026-03-02T15:00:00Z'), { hours: 0 }))).toBe('2026-03-02T15:00:00.000Z');
    expect(isoOf(newYork.add(at('2026-03-02T17:00:00Z'), { minutes: 0 }))).toBe('2026-03-02T18:00:00.000Z');
    expect(isoOf(newYork.nextOpen(at('2026-03-02T22:00:00Z')))).toBe('2026-03-03T14:00:00.000Z');
  });

  it('skips breaks and holidays', () => {
    // Wednesday 2026-03-04 14:30 EST + 1 h, with a 15:00–15:30 break: 16:00.
    expect(isoOf(newYork.add(at('2026-03-04T19:30:00Z'), { hours: 1 }))).toBe('2026-03-04T21:00:00.000Z');
    // Thursday 2026-12-24 16:00 EST + 2 h: Friday is Christmas, so Monday 10:00.
    expect(isoOf(newYork.add(at('2026-12-24T21:00:00Z'), { hours: 2 }))).toBe('2026-12-28T15:00:00.000Z');
  });

  it('counts business days as day arithmetic, keeping the time of day', () => {
    // Thursday 10:15 EST + 2 days: Monday 10:15.
    expect(isoOf(newYork.add(at('2026-03-05T15:15:00Z'), { days: 2 }))).toBe('2026-03-09T14:15:00.000Z');
    // Landing in the lunch gap moves to the next opening.
    expect(isoOf(newYork.add(at('2026-03-05T17:30:00Z'), { days: 1 }))).toBe('2026-03-06T18:00:00.000Z');
    expect(isoOf(newYork.subtract(at('2026-03-09T14:15:00Z'), { days: 2 }))).toBe('2026-03-05T15:15:00.000Z');
  });

  it('has epoch-millisecond fast paths that agree with the Date API', () => {
    const from = Date.parse('2026-03-06T21:00:00Z');
    expect(newYork.addMs(from, 3 * 3_600_000)).toBe(newYork.add(new Date(from), { hours: 3 }).getTime());
    expect(newYork.timeBetweenMs(from, Date.parse('2026-03-09T15:00:00Z'))).toBe(3 * 3_600_000);
    const clock = newYork.toBusinessClock();
    // Friday 16:00 EST + 1 h ends exactly at the close: the next opening, Monday 09:00 EDT.
    expect(clock.add(from, 3_600_000)).toBe(Date.parse('2026-03-09T13:00:00Z'));
    expect(clock.elapsed(Date.parse('2026-03-09T15:00:00Z'), from)).toBe(0);
  });
});

describe('BusinessCalendar.subtract', () => {
  it('stays on the opening when the time runs out exactly at it', () => {
    expect(isoOf(newYork.subtract(at('2026-03-02T17:00:00Z'), { hours: 3 }))).toBe('2026-03-02T14:00:00.000Z');
  });

  it('subtracting zero is the previous closing (an opening instant is inside)', () => {
    expect(isoOf(newYork.previousClose(at('2026-03-02T14:00:00Z')))).toBe('2026-03-02T14:00:00.000Z');
    expect(isoOf(newYork.previousClose(at('2026-03-02T13:59:00Z')))).toBe('2026-02-27T22:00:00.000Z');
  });
});

describe('DST', () => {
  const night = createBusinessCalendar({ timeZone: 'America/New_York', hours: { sun: [['01:00', '03:00']] } });

  it('an interval across the spring-forward gap is one hour long, across the overlap three', () => {
    expect(night.timeBetween(at('2014-03-09T00:00:00Z'), at('2014-03-10T00:00:00Z'))).toBe(3_600_000);
    expect(night.timeBetween(at('2014-11-02T00:00:00Z'), at('2014-11-03T00:00:00Z'))).toBe(3 * 3_600_000);
  });

  it('a start inside the gap moves one hour later', () => {
    const gap = createBusinessCalendar({ timeZone: 'America/New_York', hours: { sun: [['02:30', '04:00']] } });
    expect(gap.periodsOn('2014-03-09').map((p) => [isoOf(p.start), isoOf(p.end)])).toEqual([['2014-03-09T07:30:00.000Z', '2014-03-09T08:00:00.000Z']]);
  });

  it('moves an unknown wall clock one hour later, also in 30-minute gaps (biz, not Temporal)', () => {
    // Lord Howe springs forward from 02:00 to 02:30 on 2015-10-04; 02:15 becomes 03:15 (+11).
    expect(isoOf(localTimeToInstant('Australia/Lord_Howe', '2015-10-04', '02:15'))).toBe('2015-10-03T16:15:00.000Z');
    // Sao Paulo skipped midnight on 2015-10-18: 24:00 on the 17th is 01:00 on the 18th.
    expect(isoOf(localTimeToInstant('America/Sao_Paulo', '2015-10-17', '24:00'))).toBe('2015-10-18T03:00:00.000Z');
  });
});

describe('24:00 and overnight hours', () => {
  const overnight = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] } });

  it('keeps the two sides of midnight as separate periods that add up seamlessly', () => {
    expect(overnight.periodsAfter(at('2026-03-02T21:00:00Z'), 2).map((p) => isoOf(p.end))).toEqual(['2026-03-03T00:00:00.000Z', '2026-03-03T06:00:00.000Z']);
    // 2 h exactly reach midnight: the next period starts there, so the answer is midnight.
    expect(isoOf(overnight.add(at('2026-03-02T22:00:00Z'), { hours: 2 }))).toBe('2026-03-03T00:00:00.000Z');
    expect(isoOf(overnight.add(at('2026-03-02T22:00:00Z'), { hours: 3 }))).toBe('2026-03-03T01:00:00.000Z');
    expect(overnight.inHours(at('2026-03-03T00:00:00Z'))).toBe(true);
  });
});

describe('shifts', () => {
  it('replace the weekly hours of their date', () => {
    const utc = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: weekdays([['09:00', '17:00']]), shifts: [{ date: '2026-03-07', start: '10:00', end: '12:00' }] });
    expect(utc.periodsOn('2026-03-07').map((p) => isoOf(p.start))).toEqual(['2026-03-07T10:00:00.000Z']);
    expect(utc.isBusinessDay('2026-03-07')).toBe(false); // a Saturday shift is no business day
    expect(isoOf(utc.add(at('2026-03-06T16:00:00Z'), { hours: 2 }))).toBe('2026-03-07T11:00:00.000Z');
  });

  it('match a weekly period by the UTC date of its start, as biz does', () => {
    // 08:00 in Tokyo is 23:00 UTC the day before: Tuesday's period carries Monday's date, so a
    // Monday shift replaces it (and Monday's own period, dated Sunday, stays beside the shift).
    const tokyo = createBusinessCalendar({
      timeZone: 'Asia/Tokyo',
      hours: { mon: [['08:00', '09:00']], tue: [['08:00', '09:00']] },
      shifts: [{ date: '2026-03-02', start: '10:00', end: '11:00' }],
    });
    expect(tokyo.periodsOn('2026-03-03')).toEqual([]);
    expect(tokyo.periodsOn('2026-03-02').map((p) => isoOf(p.start))).toEqual(['2026-03-01T23:00:00.000Z', '2026-03-02T01:00:00.000Z']);
  });
});

describe('far-apart instants', () => {
  it('extends the timeline lazily in both directions', () => {
    const utc = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: weekdays([['09:00', '17:00']]) });
    // 52 weeks of 40 h from Monday 2026-01-05 09:00: Monday 2027-01-04 09:00.
    expect(isoOf(utc.add(at('2026-01-05T09:00:00Z'), { hours: 52 * 40 }))).toBe('2027-01-04T09:00:00.000Z');
    expect(isoOf(utc.subtract(at('2027-01-04T09:00:00Z'), { hours: 52 * 40 }))).toBe('2026-01-05T09:00:00.000Z');
    expect(utc.timeBetween(at('1990-01-01T00:00:00Z'), at('1990-01-08T00:00:00Z'))).toBe(40 * 3_600_000);
  });
});

describe('intersect', () => {
  it('intersects weekly hours as wall-clock times and unions holidays', () => {
    const other = createBusinessCalendar({ timeZone: 'Europe/Paris', hours: { mon: [['08:00', '10:00']], tue: [['16:00', '20:00']] }, holidays: ['2026-05-01'] });
    const both = newYork.intersect(other);
    expect(both.timeZone).toBe('America/New_York');
    expect(both.config.hours).toEqual({ mon: [['09:00', '10:00']], tue: [['16:00', '17:00']] });
    expect(both.config.holidays).toEqual(['2026-05-01', '2026-12-25']);
  });

  it('throws hours_not_provided when nothing remains', () => {
    const night = createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { sat: [['01:00', '02:00']] } });
    expect(thrown(() => newYork.intersect(night)).issues[0]?.code).toBe('hours_not_provided');
  });
});

describe('bad input gets a RapportError naming the field', () => {
  it('unknown time zone', () => {
    const error = thrown(() => createBusinessCalendar({ timeZone: 'Mars/Olympus_Mons', hours: { mon: [['09:00', '17:00']] } }));
    expect(error.code).toBe('UNKNOWN_TIME_ZONE');
    expect(error.issues[0]?.path).toEqual(['timeZone']);
  });

  it('inverted and overlapping intervals', () => {
    const inverted = thrown(() => createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { tue: [['17:00', '09:00']] } }));
    expect(inverted.code).toBe('INVALID_CALENDAR');
    expect(inverted.issues[0]?.path).toEqual(['hours', 'tue', 0]);
    const overlapping = thrown(() => createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '12:00'], ['11:00', '14:00']] } }));
    expect(overlapping.issues[0]).toMatchObject({ code: 'overlapping_hours', path: ['hours', 'mon', 1] });
  });

  it('malformed times, dates, breaks and shifts', () => {
    expect(thrown(() => createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['9:00', '17:00']] } })).issues[0]?.path).toEqual(['hours', 'mon', 0, 0]);
    expect(thrown(() => createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '24:30']] } })).issues[0]?.path).toEqual(['hours', 'mon', 0, 1]);
    expect(thrown(() => createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] }, holidays: ['2026-02-30'] })).issues[0]?.path).toEqual(['holidays', 0]);
    expect(
      thrown(() => createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { mon: [['09:00', '17:00']] }, breaks: [{ date: '2026-03-02', start: '13:00', end: '12:00' }] })).issues[0]?.path,
    ).toEqual(['breaks', 0, 'end']);
    expect(
      thrown(() =>
        createBusinessCalendar({
          timeZone: 'Etc/UTC',
          hours: { mon: [['09:00', '17:00']] },
          shifts: [
            { date: '2026-03-07', start: '09:00', end: '12:00' },
            { date: '2026-03-07', start: '11:00', end: '13:00' },
          ],
        }),
      ).issues[0]?.path,
    ).toEqual(['shifts', 1]);
    expect(thrown(() => createBusinessCalendar({ timeZone: 'Etc/UTC', hours: { monday: [['09:00', '17:00']] } } as never)).code).toBe('INVALID_CALENDAR');
    expect(thrown(() => createBusinessCalendar({ timeZone: 'Etc/UTC', hours: {} })).issues[0]?.code).toBe('hours_not_provided');
  });

  it('invalid durations and instants', () => {
    expect(thrown(() => newYork.add(new Date(), { hours: -1 })).code).toBe('INVALID_DURATION');
    expect(thrown(() => newYork.add(new Date(), { hours: -1 })).issues[0]?.path).toEqual(['hours']);
    expect(thrown(() => newYork.add(new Date(), { days: 1.5 })).issues[0]?.path).toEqual(['days']);
    expect(thrown(() => newYork.add(new Date(), { days: 1, hours: 2 })).code).toBe('INVALID_DURATION');
    expect(thrown(() => newYork.add(new Date(), {} as never)).code).toBe('INVALID_DURATION');
    expect(thrown(() => newYork.add(new Date(), { weeks: 1 } as never)).code).toBe('INVALID_DURATION');
    expect(thrown(() => newYork.addMs(Date.now(), Number.NaN)).code).toBe('INVALID_DURATION');
    expect(thrown(() => newYork.addMs(Date.now(), 0.5)).code).toBe('INVALID_DURATION');
    expect(thrown(() => newYork.add(new Date(Number.NaN), { hours: 1 })).code).toBe('INVALID_INPUT');
    expect(thrown(() => newYork.add(at('9999-12-31T00:00:00Z'), { hours: 1000 })).code).toBe('INVALID_DURATION');
  });
});
