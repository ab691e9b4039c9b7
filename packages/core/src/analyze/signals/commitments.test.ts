import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { createTextView } from '../text/text-view.js';
import { findCommitments } from './commitments.js';

// Thursday 13 March 2025, 11:00 in Berlin (10:00 UTC).
const NOW = Date.parse('2025-03-13T10:00:00Z');
const BERLIN = 'Europe/Berlin';

const find = (text: string, now: number | null = NOW, timeZone: string | null = BERLIN) =>
  findCommitments(createTextView(text), { now: now ?? undefined, timeZone: timeZone ?? undefined }).map((c) => ({
    promise: text.slice(c.range[0], c.range[1]),
    phrase: c.phrase,
    vague: c.vague,
    due: c.due,
  }));

describe('findCommitments', () => {
  it.each([
    ["Thanks Dana. I'll update you by 3 pm tomorrow.", "I'll update you by 3 pm tomorrow", 'by 3 pm tomorrow', '2025-03-14T14:00:00.000Z'],
    ['We will get back to you within 2 business hours.', 'We will get back to you within 2 business hours', 'within 2 business hours', '2025-03-13T12:00:00.000Z'],
    ["I'll have an answer for you by end of day.", "I'll have an answer for you by end of day", 'by end of day', '2025-03-13T16:00:00.000Z'],
    ['The fix should be live by Friday.', 'The fix should be live by Friday', 'by Friday', '2025-03-14T16:00:00.000Z'],
    ["I'll check back in 30 minutes.", "I'll check back in 30 minutes", 'in 30 minutes', '2025-03-13T10:30:00.000Z'],
    ["I'll call you first thing Monday morning.", "I'll call you first thing Monday morning", 'first thing Monday morning', '2025-03-17T08:00:00.000Z'],
    ["You'll hear from us within 3 business days.", "You'll hear from us within 3 business days", 'within 3 business days', '2025-03-18T16:00:00.000Z'],
    ['We will be in touch no later than 5:30pm on March 20th.', 'We will be in touch no later than 5:30pm on March 20th', 'no later than 5:30pm on March 20th', '2025-03-20T16:30:00.000Z'],
    ['Expect an update within 24h.', 'Expect an update within 24h', 'within 24h', '2025-03-14T10:00:00.000Z'],
    ["I'll get back to you later today.", "I'll get back to you later today", 'later today', '2025-03-13T16:00:00.000Z'],
    ["We'll have it fixed by next week.", "We'll have it fixed by next week", 'by next week', '2025-03-21T16:00:00.000Z'],
    ["I'll ring you tonight.", "I'll ring you tonight", 'tonight', '2025-03-13T20:00:00.000Z'],
    ["I'll call you at 3.", "I'll call you at 3", 'at 3', '2025-03-13T14:00:00.000Z'],
    ['Our engineer can be there tomorrow at 10.', 'Our engineer can be there tomorrow at 10', 'tomorrow at 10', '2025-03-14T09:00:00.000Z'],
    ['We aim to reply within the hour.', 'We aim to reply within the hour', 'within the hour', '2025-03-13T11:00:00.000Z'],
  ])('%s', (text, promise, phrase, due) => {
    expect(find(text)).toEqual([{ promise, phrase, vague: false, due }]);
  });

  it('does not take a time that names an event as a second deadline', () => {
    expect(find("I'll update you by 3 pm tomorrow, well before your Friday meeting.").map((c) => c.phrase)).toEqual(['by 3 pm tomorrow']);
    expect(find("We'll send the Monday report by Friday.").map((c) => c.phrase)).toEqual(['by Friday']);
    expect(find('We will discuss it at the Tuesday review and get back to you by Wednesday.').map((c) => c.phrase)).toEqual(['by Wednesday']);
    // Alone, the event is the deadline.
    expect(find("I'll have it fixed before your Friday meeting.")).toEqual([
      { promise: "I'll have it fixed before your Friday", phrase: 'Friday', vague: false, due: '2025-03-14T16:00:00.000Z' },
    ]);
    // A clause after the deadline does not make it an event.
    expect(find('We will fix it by Friday and let you know.').map((c) => c.phrase)).toEqual(['by Friday']);
  });

  it('puts the range over the promise when the time comes first', () => {
    expect(find('Tomorrow morning I will call you.')).toEqual([
      { promise: 'Tomorrow morning I will call', phrase: 'Tomorrow morning', vague: false, due: '2025-03-14T11:00:00.000Z' },
    ]);
  });

  it('reports vague promises without a due instant', () => {
    expect(find('The team should send you an email shortly.')).toEqual([
      { promise: 'The team should send you an email shortly', phrase: 'shortly', vague: true, due: undefined },
    ]);
    expect(find("We'll fix it as soon as possible.")[0]).toMatchObject({ phrase: 'as soon as possible', vague: true });
  });

  it('splits two promises after one subject', () => {
    expect(find("I'll call you at 3 and email the report by Friday.").map((c) => [c.promise, c.phrase])).toEqual([
      ["I'll call you at 3", 'at 3'],
      ['and email the report by Friday', 'by Friday'],
    ]);
  });

  it('ignores times that are not the agent promising something', () => {
    for (const text of [
      'It started on Monday after the update.',
      'My battery died in 2 hours.',
      'Can you reply by Friday?',
      "I'll need you to restart it by 5 pm.",
      'We restarted the server on Tuesday.',
      "We've been down since Monday morning.",
      'It crashed 3 days ago and we will look at it.',
      "We'll send it to 3 locations at 3 offices.",
      'The outage lasted 40 minutes yesterday.',
    ]) {
      expect(find(text), text).toEqual([]);
    }
  });

  it('leaves due out without now and time zone, or with an unknown zone, and never throws', () => {
    expect(find("I'll update you by 3 pm tomorrow.", null, null)).toEqual([
      { promise: "I'll update you by 3 pm tomorrow", phrase: 'by 3 pm tomorrow', vague: false, due: undefined },
    ]);
    expect(find("I'll update you by 3 pm tomorrow.", NOW, 'Mars/Olympus_Mons')[0]?.due).toBeUndefined();
    expect(find("I'll update you by 3 pm tomorrow.", Number.NaN, BERLIN)[0]?.due).toBeUndefined();
  });

  it('resolves "by end of day" after 17:00 to the end of today, and a past clock time to tomorrow', () => {
    const evening = Date.parse('2025-03-13T18:30:00Z'); // 19:30 in Berlin
    expect(find("I'll send it by end of day.", evening)[0]?.due).toBe('2025-03-13T22:59:00.000Z');
    expect(find("I'll call you at 9 am.", evening)[0]?.due).toBe('2025-03-14T08:00:00.000Z');
  });

  it('takes a weekday named on that day, once its time has passed, as next week', () => {
    const thursdayEvening = Date.parse('2025-03-13T17:00:00Z'); // Thu 18:00 in Berlin
    expect(find("I'll have it done by Thursday.", thursdayEvening)[0]?.due).toBe('2025-03-20T16:00:00.000Z');
    expect(find("I'll call you Thursday at 9 am.", thursdayEvening)[0]?.due).toBe('2025-03-20T08:00:00.000Z');
    expect(find("I'll call you on Thu at 10.", thursdayEvening)[0]?.due).toBe('2025-03-20T09:00:00.000Z');
    // Still ahead today: today.
    expect(find("We'll fix it by Thursday evening.", thursdayEvening)[0]?.due).toBe('2025-03-13T20:00:00.000Z');
    expect(find("I'll have it done by Thursday.")[0]?.due).toBe('2025-03-13T16:00:00.000Z');
  });

  it('finds time phrases in any letter case, whichever word starts them', () => {
    // The time scan skips words that cannot start a phrase by their vocabulary id (of the lower-cased word).
    expect(find('WE WILL CALL YOU BY 3 PM TOMORROW.').map((c) => c.phrase)).toEqual(['BY 3 PM TOMORROW']);
    expect(find("I'll reply In Two Hours, or Within The Hour.").map((c) => c.phrase)).toEqual(['In Two Hours', 'Within The Hour']);
    expect(find('We will ship it on MARCH 20th, First Thing Monday, or ASAP.').map((c) => c.phrase)).toEqual(['on MARCH 20th, First Thing Monday', 'ASAP']);
    expect(find("I'll send it 20th of March by End Of Day.").map((c) => c.phrase)).toEqual(['20th of March by End Of Day']);
  });

  it('keeps wall-clock times across a DST change (New York, spring forward on 9 March 2025)', () => {
    const friday = Date.parse('2025-03-07T15:00:00Z'); // Fri 10:00 EST
    const ny = 'America/New_York';
    // Monday 10:00 is EDT (UTC-4), not EST.
    expect(find("I'll call you on Monday at 10 am.", friday, ny)[0]?.due).toBe('2025-03-10T14:00:00.000Z');
    // "in 3 days" keeps 10:00 local time: Monday 10:00 EDT.
    expect(find("We'll have it back in 3 days.", friday, ny)[0]?.due).toBe('2025-03-10T14:00:00.000Z');
    // "within 4 hours" is elapsed time.
    expect(find("We'll reply within 4 hours.", friday, ny)[0]?.due).toBe('2025-03-07T19:00:00.000Z');
    // 2 business hours from Friday 16:00 = Monday 10:00 EDT.
    expect(find('We will reply within 2 business hours.', Date.parse('2025-03-07T21:00:00Z'), ny)[0]?.due).toBe('2025-03-10T14:00:00.000Z');
  });

  it('agrees with Temporal on "<month> <day> at <h> <am|pm>" in any zone', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'UTC', 'Pacific/Chatham'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(...zones),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (now, zone, month, day, hour, pm) => {
          const text = `We will call you on ${months[month - 1]} ${day} at ${hour} ${pm ? 'pm' : 'am'}.`;
          const due = find(text, now, zone)[0]?.due;
          const today = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(zone).toPlainDate();
          let date = Temporal.PlainDate.from({ year: today.year, month, day });
          if (Temporal.PlainDate.compare(date, today) < 0) date = date.with({ year: today.year + 1 });
          const expected = date
            .toPlainDateTime({ hour: (hour % 12) + (pm ? 12 : 0) })
            .toZonedDateTime(zone, { disambiguation: 'compatible' })
            .toInstant()
            .toString({ smallestUnit: 'millisecond' });
          expect(due).toBe(expected);
        },
      ),
    );
  });

  it('never throws on any string and keeps ranges inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc
            .array(fc.constantFrom("I'll", 'we', 'will', 'by', 'within', '3', 'pm', 'tomorrow', 'Friday', 'end', 'of', 'day', 'in', 'the', 'next', 'week', 'business', 'hours', '2', ':', '15:30', 'at', 'first', 'thing', 'March', '31st', '.', ',', '-', 'shortly'), { maxLength: 30 })
            .map((a) => a.join(' ')),
        ),
        fc.integer({ min: -8.64e15, max: 8.64e15 }),
        (text, now) => {
          for (const c of findCommitments(createTextView(text), { now, timeZone: BERLIN })) {
            expect(0 <= c.range[0] && c.range[0] < c.range[1] && c.range[1] <= text.length).toBe(true);
            if (c.due !== undefined) expect(Number.isNaN(Date.parse(c.due))).toBe(false);
          }
        },
      ),
    );
  });
});
