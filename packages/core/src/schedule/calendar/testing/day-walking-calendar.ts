/**
 * A deliberately straightforward business calendar on `temporal-polyfill` (a dev dependency):
 * it walks day by day, building each day's periods with `Temporal` time-zone arithmetic and
 * consuming them one at a time. It is the test oracle for the compiled timeline and the
 * baseline of `scripts/bench/calendar.ts`; it is not shipped (nothing in the package imports
 * it).
 *
 * It restates biz's semantics independently of the compiled implementation: periods per local
 * date (weekly intervals, or that date's shifts), breaks subtracted keeping touching zero-length
 * pieces, pieces starting on a holiday dropped, the first piece clipped to the origin, and the
 * walk starting in the origin's local week (a period of the previous day runs into it only when
 * both days are in the same week, or it is a shift).
 */
import { Temporal } from 'temporal-polyfill';
import type { NormalizedBusinessCalendarConfig } from '../business-calendar-config.js';

interface Piece {
  start: number;
  end: number;
  shift?: boolean;
}

const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function seconds(text: string): number {
  const [h = '0', m = '0', s = '0'] = text.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

export class DayWalkingCalendar {
  readonly #tz: string;
  readonly #config: NormalizedBusinessCalendarConfig;
  readonly #holidays: Set<string>;
  readonly #days = new Map<string, { pieces: Piece[]; holidayFlags: boolean[] }>();
  #breakList: Piece[] | undefined;

  constructor(config: NormalizedBusinessCalendarConfig) {
    this.#config = config;
    this.#tz = config.timeZone;
    this.#holidays = new Set(config.holidays);
  }

  /** Wall clock to instant: first occurrence when ambiguous, one hour later (repeatedly) in a gap. */
  toInstant(date: Temporal.PlainDate, secondOfDay: number): number {
    let wall = date.toPlainDateTime().add({ seconds: secondOfDay });
    for (;;) {
      const earlier = wall.toZonedDateTime(this.#tz, { disambiguation: 'earlier' });
      if (Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), wall) === 0) return earlier.epochMilliseconds;
      wall = wall.add({ hours: 1 });
    }
  }

  #local(ms: number): Temporal.ZonedDateTime {
    return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.#tz);
  }

  #onHoliday(ms: number): boolean {
    const date = this.#local(ms).toPlainDate();
    for (const candidate of [date.subtract({ days: 1 }), date, date.add({ days: 1 })]) {
      if (!this.#holidays.has(candidate.toString())) continue;
      if (this.toInstant(candidate, 0) <= ms && ms < this.toInstant(candidate, 86_400)) return true;
    }
    return false;
  }

  #breaks(): Piece[] {
    return (this.#breakList ??= this.#config.breaks
      .map((b) => {
        const date = Temporal.PlainDate.from(b.date);
        return { start: this.toInstant(date, seconds(b.start)), end: this.toInstant(date, seconds(b.end)) };
      })
      .sort((a, b) => a.start - b.start || a.end - b.end));
  }

  #onBreak(ms: number): boolean {
    return this.#breaks().some((b) => b.start <= ms && ms < b.end);
  }

  /** The pieces of one local date, in order, each with whether its start is on a holiday. */
  #day(date: Temporal.PlainDate): { pieces: Piece[]; holidayFlags: boolean[] } {
    const key = date.toString();
    const shifts = this.#config.shifts.filter((s) => s.date === key);
    const cached = this.#days.get(key);
    if (cached !== undefined) return cached;
    // biz replaces a weekly period when a shift exists on the period's date, and dates weekly
    // periods by the UTC date of their start; shifts by their own (local) date. The day's
    // periods are then in date order.
    const shiftDates = new Set(this.#config.shifts.map((s) => s.date));
    const list = this.#config.hours[KEYS[date.dayOfWeek % 7] as (typeof KEYS)[number]] ?? [];
    const weekly = [...list]
      .map(([a, b]) => [Math.floor(seconds(a) / 60) * 60, Math.floor(seconds(b) / 60) * 60] as const)
      .sort((x, y) => x[0] - y[0] || x[1] - y[1])
      .map(([a, b]) => {
        const start = this.toInstant(date, a);
        return { start, end: this.toInstant(date, b), key: new Date(start).toISOString().slice(0, 10) };
      })
      .filter((p) => !shiftDates.has(p.key));
    const own = shifts
      .map((s) => ({ start: this.toInstant(date, seconds(s.start)), end: this.toInstant(date, seconds(s.end)), key, shift: true }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const periods: Piece[] = [...weekly, ...own].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const pieces: Piece[] = [];
    for (const period of periods) {
      if (period.start > period.end) continue;
      let parts = [period];
      for (const brk of this.#breaks()) {
        const next: Piece[] = [];
        for (const part of parts) {
          if (part.start <= brk.start) next.push({ start: part.start, end: Math.min(part.end, brk.start), shift: period.shift === true });
          if (brk.end <= part.end) next.push({ start: Math.max(part.start, brk.end), end: part.end, shift: period.shift === true });
        }
        parts = next.filter((p) => p.start <= p.end);
      }
      pieces.push(...parts);
    }
    const entry = { pieces, holidayFlags: pieces.map((p) => this.#onHoliday(p.start)) };
    this.#days.set(key, entry);
    return entry;
  }

  /** Business pieces at or after `origin`, in biz order, first one clipped. */
  *#forward(origin: number): Generator<Piece> {
    const start = this.#local(origin).toPlainDate();
    const previous = start.subtract({ days: 1 });
    const sameWeek = start.dayOfWeek % 7 !== 0;
    const before = this.#day(previous);
    {
      for (const [k, p] of before.pieces.entries()) {
        // The walk starts in the origin's week: only shifts of an earlier week count.
        if (p.end < origin || !(sameWeek || p.shift === true)) continue;
        const clipped = Math.max(p.start, origin);
        const holiday = p.start < origin ? this.#onHoliday(origin) : before.holidayFlags[k];
        if (!holiday) yield { start: clipped, end: p.end };
      }
    }
    for (let date = start, n = 0; n < 20_000; date = date.add({ days: 1 }), n++) {
      const day = this.#day(date);
      for (const [k, p] of day.pieces.entries()) {
        if (p.end < origin) continue;
        const clipped = Math.max(p.start, origin);
        const holiday = p.start < origin ? this.#onHoliday(origin) : day.holidayFlags[k];
        if (!holiday) yield { start: clipped, end: p.end };
      }
    }
  }

  /** Business pieces at or before `origin`, newest first, first one clipped. */
  *#backward(origin: number): Generator<Piece> {
    for (let date = this.#local(origin).toPlainDate(), n = 0; n < 20_000; date = date.subtract({ days: 1 }), n++) {
      const day = this.#day(date);
      for (let k = day.pieces.length - 1; k >= 0; k--) {
        const p = day.pieces[k] as Piece;
        if (p.start > origin || day.holidayFlags[k]) continue;
        yield { start: p.start, end: Math.min(p.end, origin) };
      }
    }
  }

  /** biz's add for a time duration (ms). */
  add(origin: number, ms: number): number {
    let remaining = ms;
    let filled = false;
    for (const p of this.#forward(origin)) {
      const length = p.end - p.start;
      if (filled) {
        // After an exact fill biz moves on: zero-length periods fill again, the next real one
        // contributes its start.
        if (length === 0) continue;
        return p.start;
      }
      if (length === remaining) {
        filled = true;
        continue;
      }
      if (length > remaining) return p.start + remaining;
      remaining -= length;
    }
    throw new Error('no period found');
  }

  /** biz's subtract for a time duration (ms). */
  subtract(origin: number, ms: number): number {
    let remaining = ms;
    for (const p of this.#backward(origin)) {
      const length = p.end - p.start;
      if (length >= remaining) return p.end - remaining;
      remaining -= length;
    }
    throw new Error('no period found');
  }

  /** biz's within: business time in [start, end). */
  within(start: number, end: number): number {
    let total = 0;
    for (const p of this.#forward(start)) {
      if (p.start > end) break;
      total += Math.max(0, Math.min(p.end, end) - p.start);
    }
    return total;
  }

  /** biz's in_hours?. */
  inHours(ms: number): boolean {
    if (this.#config.shifts.length > 0) {
      const first = this.#forward(ms).next().value as Piece;
      return first.start <= ms && ms < first.end;
    }
    const local = this.#local(ms);
    const minute = local.hour * 60 + local.minute;
    const list = this.#config.hours[KEYS[local.dayOfWeek % 7] as (typeof KEYS)[number]] ?? [];
    const within = list.some(([a, b]) => Math.floor(seconds(a) / 60) <= minute && minute < Math.floor(seconds(b) / 60));
    return within && !this.#onHoliday(ms) && !this.#onBreak(ms);
  }

  #isBusinessDay(date: Temporal.PlainDate): boolean {
    return this.#config.hours[KEYS[date.dayOfWeek % 7] as (typeof KEYS)[number]] !== undefined && !this.#holidays.has(date.toString());
  }

  /** Day arithmetic: same local time of day on the n-th business date, then the next period. */
  #dayTarget(origin: number, days: number, step: 1 | -1): number {
    const local = this.#local(origin);
    let date = local.toPlainDate();
    if (days === 0) {
      while (!this.#isBusinessDay(date)) date = date.add({ days: step });
    } else {
      for (let found = 0; found < days; ) {
        date = date.add({ days: step });
        if (this.#isBusinessDay(date)) found++;
      }
    }
    const secondOfDay = local.hour * 3600 + local.minute * 60 + local.second + local.millisecond / 1000;
    return this.toInstant(date, secondOfDay);
  }

  /** biz's add for `{ days }`. */
  addDays(origin: number, days: number): number {
    return (this.#forward(this.#dayTarget(origin, days, 1)).next().value as Piece).start;
  }

  /** biz's subtract for `{ days }`. */
  subtractDays(origin: number, days: number): number {
    return (this.#backward(this.#dayTarget(origin, days, -1)).next().value as Piece).end;
  }

  /** The first `count` periods at or before `origin`, newest first. */
  periodsBefore(origin: number, count: number): Piece[] {
    const out: Piece[] = [];
    for (const p of this.#backward(origin)) {
      if (out.length >= count) break;
      out.push(p);
    }
    return out;
  }

  /** The first `count` periods at or after `origin`. */
  periodsAfter(origin: number, count: number): Piece[] {
    const out: Piece[] = [];
    for (const p of this.#forward(origin)) {
      if (out.length >= count) break;
      out.push(p);
    }
    return out;
  }
}
