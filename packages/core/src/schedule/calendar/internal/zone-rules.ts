/**
 * UTC offsets of an IANA time zone, resolved once per ~year and cached as a transition table, so
 * that converting between instants and wall times is a binary search instead of an `Intl` call.
 *
 * Sources: native `Temporal` when the runtime has it (exact transitions through
 * `getTimeZoneTransition`), otherwise `Intl.DateTimeFormat` sampled once a day with a bisection
 * to the second wherever the offset changes. Two transitions less than a day apart would be seen
 * as one; the tz database has no such pair since 1970.
 */
import { DAY_MS, HOUR_MS, SECOND_MS } from './wall-clock.js';
import { createWallClockFormatter, wallClockFields } from '../../../internal/wall-clock-fields.js';

/** Minimal structural view of the `Temporal` API used here (native or a polyfill). */
export interface TemporalLike {
  Instant: {
    fromEpochMilliseconds(ms: number): {
      toZonedDateTimeISO(timeZone: string): TemporalZonedLike;
    };
  };
}

interface TemporalZonedLike {
  readonly epochMilliseconds: number;
  readonly offsetNanoseconds: number;
  getTimeZoneTransition(direction: 'next' | 'previous'): TemporalZonedLike | null;
}

/** Where offsets come from. */
export type OffsetSource = { kind: 'intl' } | { kind: 'temporal'; temporal: TemporalLike };

/** ~397 days: one cached transition table per bucket. */
const BUCKET_MS = 2 ** 35;
/** Bucket indexes run from about -8,000 (year 0) to 8,000 (year 9999); the bias makes them array indexes. */
const BUCKET_BIAS = 10_000;

interface Bucket {
  /** Instants where an offset starts to apply; `times[0]` is the bucket start. */
  readonly times: Float64Array;
  /** `offsets[k]` (wall minus UTC, in ms) applies from `times[k]`. */
  readonly offsets: Float64Array;
}

/**
 * Offsets of one zone. `offsetAt(ms)` is the wall-clock offset (local minus UTC, milliseconds)
 * in effect at instant `ms`.
 */
export class ZoneRules {
  readonly timeZone: string;
  readonly #source: OffsetSource;
  /** Buckets by index + BUCKET_BIAS (a sparse array is faster than a Map on the hot path). */
  readonly #buckets: (Bucket | undefined)[] = [];
  readonly #fixed: boolean;
  #formatter: Intl.DateTimeFormat | undefined;
  #lastIndex = Number.NaN;
  #last: Bucket | undefined;

  constructor(timeZone: string, source: OffsetSource = defaultSource()) {
    this.timeZone = timeZone;
    this.#source = source;
    this.#fixed = isUtcName(timeZone);
  }

  /** Offset (wall minus UTC, ms) at an instant. */
  offsetAt(ms: number): number {
    if (this.#fixed) return 0;
    const index = Math.floor(ms / BUCKET_MS);
    let bucket = index === this.#lastIndex ? this.#last : this.#buckets[index + BUCKET_BIAS];
    if (bucket === undefined) {
      if (!(index + BUCKET_BIAS >= 0 && index + BUCKET_BIAS < 2 * BUCKET_BIAS)) throw new RangeError(`instant ${ms} is outside the supported range`);
      bucket = this.#build(index);
      this.#buckets[index + BUCKET_BIAS] = bucket;
    }
    this.#lastIndex = index;
    this.#last = bucket;
    const { times, offsets } = bucket;
    let lo = 0;
    let hi = times.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((times[mid] as number) <= ms) lo = mid;
      else hi = mid - 1;
    }
    return offsets[lo] as number;
  }

  /** The wall time (local clock read as UTC) of an instant. */
  toWall(ms: number): number {
    return ms + this.offsetAt(ms);
  }

  /**
   * The instant of a wall time under biz's rules: an ambiguous wall time (a fall-back overlap)
   * resolves to its first occurrence; a wall time that does not exist (a spring-forward gap)
   * moves one hour later, repeatedly, until it exists.
   */
  fromWall(wallMs: number): number {
    let wall = wallMs;
    for (let attempt = 0; attempt < 48; attempt++) {
      const found = this.#firstInstantOf(wall);
      if (found !== undefined) return found;
      wall += HOUR_MS;
    }
    throw new RangeError(`no instant for wall time ${new Date(wallMs).toISOString()} in ${this.timeZone}`);
  }

  /** The earliest instant whose wall time is `wall`, if any. */
  #firstInstantOf(wall: number): number | undefined {
    const a = this.offsetAt(wall - DAY_MS);
    const b = this.offsetAt(wall);
    const c = this.offsetAt(wall + DAY_MS);
    let best: number | undefined;
    for (const offset of [a, b, c]) {
      const t = wall - offset;
      if (this.offsetAt(t) === offset && (best === undefined || t < best)) best = t;
    }
    return best;
  }

  #build(index: number): Bucket {
    const start = index * BUCKET_MS;
    const end = start + BUCKET_MS;
    const times: number[] = [start];
    const offsets: number[] = [];
    if (this.#source.kind === 'temporal') {
      let zoned = this.#source.temporal.Instant.fromEpochMilliseconds(start).toZonedDateTimeISO(this.timeZone);
      offsets.push(Math.round(zoned.offsetNanoseconds / 1e6));
      for (;;) {
        const next = zoned.getTimeZoneTransition('next');
        if (next === null || next.epochMilliseconds >= end) break;
        zoned = next;
        times.push(next.epochMilliseconds);
        offsets.push(Math.round(next.offsetNanoseconds / 1e6));
      }
    } else {
      let previous = this.#intlOffset(start);
      offsets.push(previous);
      let lastSample = start;
      for (let t = start + DAY_MS; ; t += DAY_MS) {
        const sample = Math.min(t, end - SECOND_MS);
        const current = this.#intlOffset(sample);
        if (current !== previous) {
          // Bisect (lastSample, sample] to the first second with the new offset.
          let lo = lastSample;
          let hi = sample;
          while (hi - lo > SECOND_MS) {
            const mid = Math.floor((lo + hi) / 2 / SECOND_MS) * SECOND_MS;
            if (mid <= lo) break;
            if (this.#intlOffset(mid) === previous) lo = mid;
            else hi = mid;
          }
          times.push(hi);
          offsets.push(current);
          previous = current;
        }
        lastSample = sample;
        if (sample >= end - SECOND_MS) break;
      }
    }
    return { times: Float64Array.from(times), offsets: Float64Array.from(offsets) };
  }

  #intlOffset(ms: number): number {
    const t = Math.floor(ms / SECOND_MS) * SECOND_MS;
    this.#formatter ??= createWallClockFormatter(this.timeZone);
    const { year, month, day, hour, minute, second } = wallClockFields(this.#formatter, t);
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(hour, minute, second, 0);
    return date.getTime() - t;
  }
}

function isUtcName(timeZone: string): boolean {
  const upper = timeZone.toUpperCase();
  return upper === 'UTC' || upper === 'ETC/UTC' || upper === 'ETC/GMT' || upper === 'GMT' || upper === 'ETC/UCT' || upper === 'UCT' || upper === 'ETC/ZULU' || upper === 'ZULU' || upper === 'ETC/UNIVERSAL' || upper === 'UNIVERSAL';
}

function defaultSource(): OffsetSource {
  const temporal = (globalThis as { Temporal?: TemporalLike }).Temporal;
  return temporal !== undefined && typeof temporal.Instant?.fromEpochMilliseconds === 'function'
    ? { kind: 'temporal', temporal }
    : { kind: 'intl' };
}

/**
 * The canonical form of an IANA zone name when this runtime knows it, else `undefined`. Offset
 * strings (`+05:00`) are refused: a calendar follows a region's rules, not a fixed offset.
 */
export function resolveTimeZoneName(timeZone: string): string | undefined {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return undefined;
  const first = timeZone.charCodeAt(0);
  if (first === 43 || first === 45 || (first >= 48 && first <= 57)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const shared = new Map<string, ZoneRules>();

/** The shared (cached) rules of a zone name that {@link resolveTimeZoneName} accepted. */
export function zoneRulesFor(timeZone: string): ZoneRules {
  let rules = shared.get(timeZone);
  if (rules === undefined) {
    rules = new ZoneRules(timeZone);
    shared.set(timeZone, rules);
  }
  return rules;
}
