/**
 * The compiled form of a business calendar: its periods as a UTC timeline of epoch
 * milliseconds, generated lazily in blocks of weeks and cached, with prefix sums of business
 * time so that `add`, `subtract` and `within` are binary searches instead of walks.
 *
 * Period generation follows biz exactly (see the fixtures README): per local week (Sunday
 * first), each weekly interval becomes `[fromWall(date, start), fromWall(date, end)]`; on a date
 * with shifts the shifts replace that date's weekly periods; disjoint periods (a DST gap can
 * make one) are dropped; breaks are subtracted (touching pieces may be zero-length); a piece
 * whose start lies on a holiday is dropped.
 *
 * Queries depend on the origin only in the ways biz does: the walk starts with the origin's
 * local week (a period of the previous week that runs past the origin is not seen, except a
 * shift), the first piece is clipped to the origin, and the holiday test of a clipped piece uses
 * the origin. Pieces are stored with their holiday flag and kept in the timeline, because a
 * clipped piece's holiday status can differ from the whole piece's.
 *
 * The fast paths assume a block is *well ordered* (each piece starts at or after the previous
 * one's end), which only pathological DST configurations break; those blocks take the literal
 * walk in `segments.ts`, which is the definition.
 */
import type { CalendarRules } from './calendar-rules.js';
import { segmentSubtract, timelineFor, timelineUntil, type Segment } from './segments.js';
import { DAY_MS, EPOCH_MS, MAX_INSTANT_MS, MIN_INSTANT_MS, WEEK_MS, wallOf } from './wall-clock.js';

const BLOCK_WEEKS = 26;
const HOLIDAY = 1;
const SHIFT = 2;
/** Weeks between year 1000 and 9999 bound every walk. */
const MIN_WEEK = Math.floor((MIN_INSTANT_MS - EPOCH_MS) / WEEK_MS) - 2;
const MAX_WEEK = Math.floor((MAX_INSTANT_MS - EPOCH_MS) / WEEK_MS) + 2;
/** Makes every block index in range a non-negative array index. */
const BLOCK_BIAS = Math.ceil(-MIN_WEEK / BLOCK_WEEKS) + 2;

/** Thrown when a walk runs past the supported range (years 1000 to 9999). */
export class TimelineRangeError extends RangeError {}

interface Block {
  readonly index: number;
  readonly firstWeek: number;
  readonly n: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly flags: Uint8Array;
  readonly weeks: Int32Array;
  /** `cum[k]`: business time of pieces `0..k-1` (holiday pieces count 0). Length `n + 1`. */
  readonly cum: Float64Array;
  /** `weekFirst[w - firstWeek]`: index of the first piece of week `w`; last entry is `n`. */
  readonly weekFirst: Int32Array;
  readonly wellOrdered: boolean;
}

/** First index in `[from, to)` with `array[index] >= value`, or `to`. */
function lowerBound(array: Float64Array, value: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((array[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in `[from, to)` with `array[index] > value`, or `to`. */
function upperBound(array: Float64Array, value: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((array[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Thrown internally when a fast path meets a block it cannot handle. */
const SLOW = Symbol('slow');

export class Timeline {
  readonly rules: CalendarRules;
  /** Blocks by index + BLOCK_BIAS (a sparse array is faster than a Map on the hot path). */
  readonly #blocks: (Block | undefined)[] = [];
  #lastBlock: Block | undefined;

  constructor(rules: CalendarRules) {
    this.rules = rules;
  }

  /** The local week (0 = the week of 2006-01-01) of an instant. */
  weekOf(ms: number): number {
    return Math.floor((this.rules.zone.toWall(ms) - EPOCH_MS) / WEEK_MS);
  }

  /** Whether an instant lies in a holiday `[local midnight, next local midnight)`. */
  holidayAt(ms: number): boolean {
    return containing(this.rules.holidays, ms, 2 * 86_400_000);
  }

  /** Whether an instant lies in a break `[start, end)`. */
  breakAt(ms: number): boolean {
    return containing(this.rules.breaks, ms, this.rules.maxBreakSpan);
  }

  #block(index: number): Block {
    const last = this.#lastBlock;
    if (last !== undefined && last.index === index) return last;
    let block = this.#blocks[index + BLOCK_BIAS];
    if (block === undefined) {
      const firstWeek = index * BLOCK_WEEKS;
      if (firstWeek + BLOCK_WEEKS < MIN_WEEK || firstWeek > MAX_WEEK) {
        throw new TimelineRangeError('business time runs outside the supported years 1000 to 9999');
      }
      block = this.#build(index);
      this.#blocks[index + BLOCK_BIAS] = block;
    }
    this.#lastBlock = block;
    return block;
  }

  #blockOfWeek(week: number): Block {
    return this.#block(Math.floor(week / BLOCK_WEEKS));
  }

  #build(index: number): Block {
    const { zone, intervalsByWeekday, shiftsByDay } = this.rules;
    const firstWeek = index * BLOCK_WEEKS;
    const starts: number[] = [];
    const ends: number[] = [];
    const flags: number[] = [];
    const weeks: number[] = [];
    const weekFirst = new Int32Array(BLOCK_WEEKS + 1);
    const push = (period: Segment, week: number, shift: boolean) => {
      for (const piece of this.#subtractBreaks(period)) {
        starts.push(piece.start);
        ends.push(piece.end);
        flags.push((this.holidayAt(piece.start) ? HOLIDAY : 0) | (shift ? SHIFT : 0));
        weeks.push(week);
      }
    };
    // biz merges the weekly periods with the shifts by *date* (its `Periods::Linear`): a weekly
    // period is replaced when a shift exists on its date, and the two sequences interleave in
    // date order. biz dates a weekly period by the UTC date of its start, and a shift by its
    // configured local date; both are reproduced (see the guide, "Shifts in zones away from
    // UTC").
    const periods: { start: number; end: number; key: number; week: number; shift: boolean }[] = [];
    for (let w = 0; w < BLOCK_WEEKS; w++) {
      const week = firstWeek + w;
      for (let weekday = 0; weekday < 7; weekday++) {
        const day = week * 7 + weekday;
        for (const interval of intervalsByWeekday[weekday] as CalendarRules['intervalsByWeekday'][number]) {
          const start = zone.fromWall(wallOf(day, interval.startSecond));
          const end = zone.fromWall(wallOf(day, interval.endSecond));
          const key = Math.floor((start - EPOCH_MS) / DAY_MS);
          if (start <= end && !shiftsByDay.has(key)) periods.push({ start, end, key, week, shift: false });
        }
        for (const shift of shiftsByDay.get(day) ?? []) {
          if (shift.start <= shift.end) periods.push({ start: shift.start, end: shift.end, key: day, week, shift: true });
        }
      }
    }
    periods.sort((a, b) => a.key - b.key); // stable: each sequence keeps its own order
    let w = 0;
    for (const period of periods) {
      while (w <= period.week - firstWeek) weekFirst[w++] = starts.length;
      push(period, period.week, period.shift);
    }
    while (w < BLOCK_WEEKS) weekFirst[w++] = starts.length;
    const n = starts.length;
    weekFirst[BLOCK_WEEKS] = n;
    const cum = new Float64Array(n + 1);
    let wellOrdered = true;
    for (let k = 0; k < n; k++) {
      const s = starts[k] as number;
      const e = ends[k] as number;
      cum[k + 1] = (cum[k] as number) + ((flags[k] as number) & HOLIDAY ? 0 : Math.max(0, e - s));
      if (e < s || (k > 0 && s < (ends[k - 1] as number))) wellOrdered = false;
    }
    return {
      index,
      firstWeek,
      n,
      starts: Float64Array.from(starts),
      ends: Float64Array.from(ends),
      flags: Uint8Array.from(flags),
      weeks: Int32Array.from(weeks),
      cum,
      weekFirst,
      wellOrdered,
    };
  }

  /** biz's `active_periods`: every break subtracted in turn, keeping zero-length pieces. */
  #subtractBreaks(period: Segment): Segment[] {
    const { breaks, maxBreakSpan } = this.rules;
    if (breaks.length === 0) return [period];
    let pieces: Segment[] = [period];
    // Breaks are sorted by start; only those within maxBreakSpan of the period can meet it.
    let lo = 0;
    let hi = breaks.length;
    const from = period.start - maxBreakSpan;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((breaks[mid] as Segment).start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < breaks.length; k++) {
      const brk = breaks[k] as Segment;
      if (brk.start > period.end + maxBreakSpan) break;
      if (Math.min(brk.start, brk.end) > period.end || Math.max(brk.start, brk.end) < period.start) continue;
      const next: Segment[] = [];
      for (const piece of pieces) for (const part of segmentSubtract(piece, brk)) if (part.start <= part.end) next.push(part);
      pieces = next;
    }
    return pieces;
  }

  // ---------------------------------------------------------------------------------------------
  // Literal walks (the definition; used for lists of periods and as the slow path).

  /** Periods at or after `origin`, ascending, as biz yields them (first one clipped). */
  *forward(origin: number): Generator<Segment> {
    const W = this.weekOf(origin);
    let block = this.#blockOfWeek(W - 1);
    let i = block.weekFirst[W - 1 - block.firstWeek] as number;
    for (;;) {
      if (i >= block.n) {
        block = this.#block(block.index + 1);
        i = 0;
        continue;
      }
      const s = block.starts[i] as number;
      const e = block.ends[i] as number;
      const f = block.flags[i] as number;
      if (e >= origin && ((block.weeks[i] as number) >= W || f & SHIFT)) {
        if (s < origin) {
          if (!this.holidayAt(origin)) yield { start: origin, end: e };
        } else if (!(f & HOLIDAY)) {
          yield { start: s, end: e };
        }
      }
      i++;
    }
  }

  /** Periods at or before `origin`, descending, as biz yields them (first one clipped). */
  *backward(origin: number): Generator<Segment> {
    const W = this.weekOf(origin);
    let block = this.#blockOfWeek(W);
    let i = (block.weekFirst[W + 1 - block.firstWeek] as number) - 1;
    for (;;) {
      if (i < 0) {
        block = this.#block(block.index - 1);
        i = block.n - 1;
        continue;
      }
      const s = block.starts[i] as number;
      const e = block.ends[i] as number;
      if (s <= origin && !((block.flags[i] as number) & HOLIDAY) && (block.weeks[i] as number) <= W) {
        yield { start: s, end: Math.min(e, origin) };
      }
      i--;
    }
  }

  /** Literal `add`: biz's forward `timeline.for`, then the end of the last segment. */
  addSlow(origin: number, businessMs: number): number {
    let last = origin;
    for (const segment of timelineFor('forward', this.forward(origin), businessMs)) last = segment.end;
    return last;
  }

  /** Literal `subtract`: biz's backward `timeline.for`, then the start of the last segment. */
  subtractSlow(origin: number, businessMs: number): number {
    let last = origin;
    for (const segment of timelineFor('backward', this.backward(origin), businessMs)) last = segment.start;
    return last;
  }

  /** Literal `within`: total length of the forward timeline from `start` until `end`. */
  withinSlow(start: number, end: number): number {
    let total = 0;
    for (const segment of timelineUntil('forward', this.forward(start), end)) total += Math.max(0, segment.end - segment.start);
    return total;
  }

  // ---------------------------------------------------------------------------------------------
  // Fast paths: binary searches over the prefix sums of well-ordered blocks.

  /** `add(origin, businessMs)` with biz semantics (see the fixtures README). */
  add(origin: number, businessMs: number): number {
    // Business time never runs faster than the clock: refuse at once what must end past 9999.
    if (origin + businessMs > MAX_INSTANT_MS) throw new TimelineRangeError('business time runs outside the supported years 1000 to 9999');
    try {
      return this.#addFast(origin, businessMs);
    } catch (error) {
      if (error === SLOW) return this.addSlow(origin, businessMs);
      throw error;
    }
  }

  /** `subtract(origin, businessMs)` with biz semantics. */
  subtract(origin: number, businessMs: number): number {
    if (origin - businessMs < MIN_INSTANT_MS) throw new TimelineRangeError('business time runs outside the supported years 1000 to 9999');
    if (businessMs === 0) return this.subtractSlow(origin, 0);
    try {
      return this.#subtractFast(origin, businessMs);
    } catch (error) {
      if (error === SLOW) return this.subtractSlow(origin, businessMs);
      throw error;
    }
  }

  /** Business time between `start` and `end` (0 when `end <= start`). */
  within(start: number, end: number): number {
    if (!(end > start)) return 0;
    try {
      return this.#withinFast(start, end);
    } catch (error) {
      if (error === SLOW) return this.withinSlow(start, end);
      throw error;
    }
  }

  /** The block after `block`, when the pair keeps the well-ordered invariant. */
  #nextOrdered(block: Block): Block {
    let next = this.#block(block.index + 1);
    const previousEnd = block.n > 0 ? (block.ends[block.n - 1] as number) : -Infinity;
    while (next.n === 0) next = this.#block(next.index + 1);
    if (!next.wellOrdered || (next.starts[0] as number) < previousEnd) throw SLOW;
    return next;
  }

  #previousOrdered(block: Block): Block {
    let previous = this.#block(block.index - 1);
    while (previous.n === 0) previous = this.#block(previous.index - 1);
    if (!previous.wellOrdered || (block.n > 0 && (block.starts[0] as number) < (previous.ends[previous.n - 1] as number))) throw SLOW;
    return previous;
  }

  /** Start of the first piece with positive business time at index `i` or later. */
  #firstPositiveStart(block: Block, i: number): number {
    let b = block;
    let from = i;
    for (;;) {
      if (!b.wellOrdered) throw SLOW;
      const base = b.cum[from] as number;
      const m = upperBound(b.cum, base, from + 1, b.n + 1);
      if (m <= b.n) return b.starts[m - 1] as number;
      b = this.#nextOrdered(b);
      from = 0;
    }
  }

  #addFast(origin: number, amount: number): number {
    const W = this.weekOf(origin);
    let block = this.#blockOfWeek(W - 1);
    if (!block.wellOrdered) throw SLOW;
    let i = lowerBound(block.ends, origin, block.weekFirst[W - 1 - block.firstWeek] as number, block.n);
    while (i >= block.n) {
      block = this.#nextOrdered(block);
      i = lowerBound(block.ends, origin, 0, block.n);
    }
    let remaining = amount;
    // Leading pieces: clipped at the origin, or of the previous week (only shifts count there).
    for (;;) {
      const s = block.starts[i] as number;
      const week = block.weeks[i] as number;
      if (week >= W && s >= origin) break;
      const e = block.ends[i] as number;
      const f = block.flags[i] as number;
      if (e >= origin && (week >= W || f & SHIFT)) {
        const clipped = s < origin ? origin : s;
        const holiday = s < origin ? this.holidayAt(origin) : (f & HOLIDAY) !== 0;
        if (!holiday) {
          const length = e - clipped;
          if (length > remaining) return clipped + remaining;
          if (length === remaining) return i + 1 < block.n ? this.#firstPositiveStart(block, i + 1) : this.#firstPositiveStart(this.#nextOrdered(block), 0);
          remaining -= length;
        }
      }
      i++;
      if (i >= block.n) {
        block = this.#nextOrdered(block);
        i = 0;
      }
    }
    // Every later piece starts at or after the origin, in the origin's week or later.
    for (;;) {
      const target = (block.cum[i] as number) + remaining;
      const total = block.cum[block.n] as number;
      if (total < target) {
        remaining = target - total;
        block = this.#nextOrdered(block);
        i = 0;
        continue;
      }
      const k = lowerBound(block.cum, target, i + 1, block.n + 1);
      const j = k - 1;
      const reached = block.cum[k] as number;
      if (reached > target) return (block.starts[j] as number) + (target - (block.cum[j] as number));
      // Used up exactly at the end of piece j: biz moves on to the next period's start.
      return k < block.n ? this.#firstPositiveStart(block, k) : this.#firstPositiveStart(this.#nextOrdered(block), 0);
    }
  }

  #subtractFast(origin: number, amount: number): number {
    const W = this.weekOf(origin);
    let block = this.#blockOfWeek(W);
    if (!block.wellOrdered) throw SLOW;
    // Last piece of the origin's week or earlier that starts at or before the origin.
    let i = upperBound(block.starts, origin, 0, block.weekFirst[W + 1 - block.firstWeek] as number) - 1;
    while (i < 0) {
      block = this.#previousOrdered(block);
      i = block.n - 1;
    }
    let remaining = amount;
    const e = Math.min(block.ends[i] as number, origin);
    if (!((block.flags[i] as number) & HOLIDAY)) {
      const s = block.starts[i] as number;
      const length = e - s;
      if (length >= remaining) return e - remaining;
      remaining -= length;
    }
    // Earlier pieces end at or before this one's start: no clipping.
    let top = i;
    for (;;) {
      const base = block.cum[top] as number;
      const target = base - remaining;
      if (target < 0) {
        remaining -= base;
        block = this.#previousOrdered(block);
        top = block.n;
        continue;
      }
      const j = upperBound(block.cum, target, 0, top + 1) - 1;
      return (block.ends[j] as number) - ((block.cum[j + 1] as number) - target);
    }
  }

  #withinFast(start: number, end: number): number {
    const W = this.weekOf(start);
    let block = this.#blockOfWeek(W - 1);
    if (!block.wellOrdered) throw SLOW;
    let i = lowerBound(block.ends, start, block.weekFirst[W - 1 - block.firstWeek] as number, block.n);
    while (i >= block.n) {
      block = this.#nextOrdered(block);
      i = lowerBound(block.ends, start, 0, block.n);
    }
    let total = 0;
    for (;;) {
      const s = block.starts[i] as number;
      const week = block.weeks[i] as number;
      if (week >= W && s >= start) break;
      const e = block.ends[i] as number;
      const f = block.flags[i] as number;
      if (e >= start && (week >= W || f & SHIFT)) {
        const clipped = s < start ? start : s;
        if (clipped > end) return total;
        const holiday = s < start ? this.holidayAt(start) : (f & HOLIDAY) !== 0;
        if (!holiday) total += Math.max(0, Math.min(e, end) - clipped);
      }
      i++;
      if (i >= block.n) {
        block = this.#nextOrdered(block);
        i = 0;
      }
    }
    for (;;) {
      const k = upperBound(block.starts, end, i, block.n);
      total += (block.cum[k] as number) - (block.cum[i] as number);
      if (k > i) {
        const last = k - 1;
        const e = block.ends[last] as number;
        if (e > end) {
          if (!((block.flags[last] as number) & HOLIDAY)) total -= e - end;
          return total;
        }
      }
      if (k < block.n) return total;
      block = this.#nextOrdered(block);
      i = 0;
      if ((block.starts[0] as number) > end) return total;
    }
  }
}

/** Whether some segment of a list sorted by start contains `ms` (`start <= ms < end`). */
function containing(list: readonly Segment[], ms: number, maxSpan: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Segment).start <= ms) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const segment = list[k] as Segment;
    if (segment.start < ms - maxSpan) break;
    if (segment.start <= ms && ms < segment.end) return true;
  }
  return false;
}
