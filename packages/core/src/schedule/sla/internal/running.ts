import type { BusinessClock } from '../business-clock.js';

/** A half-open interval `[from, to)` of epoch milliseconds; `to` may be `Infinity`. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Business time counted by `clock` over `spans`, up to `until`. Monotonic in `until`. */
export function elapsedUntil(spans: readonly Span[], until: number, clock: BusinessClock): number {
  let total = 0;
  for (const span of spans) {
    if (span.from >= until) break;
    const end = Math.min(span.to, until);
    if (end > span.from) total += clock.elapsed(span.from, end);
  }
  return total;
}

/**
 * The instant at which the business time counted over `spans` reaches `amount`, or `null` when the
 * spans end before it does. `amount <= 0` is reached at the first span's start.
 *
 * Ties follow the clock: a calendar with biz semantics reports the next opening when business time
 * runs out exactly at a closing. When that opening lies beyond the span (the clock stopped at the
 * closing), the target is reached at the first business instant of the next running span, so a
 * pause can only move the instant later, never earlier.
 */
export function reachedAt(spans: readonly Span[], amount: number, clock: BusinessClock): number | null {
  const first = spans[0];
  if (!first) return null;
  if (amount <= 0) return first.from;
  let total = 0;
  let carried = false;
  for (const span of spans) {
    if (carried) {
      // The first business instant of this span: add(from, 1ms) - 1ms is the next opening at or after `from`.
      const opening = clock.add(span.from, 1) - 1;
      if (opening < span.to) return Math.max(opening, span.from);
      continue;
    }
    const length = span.to === Infinity ? Infinity : clock.elapsed(span.from, span.to);
    if (total + length >= amount) {
      const at = clock.add(span.from, amount - total);
      if (at <= span.to) return Math.max(at, span.from);
      carried = true;
      continue;
    }
    total += length;
  }
  return null;
}

/** Intersects sorted, disjoint `spans` with `[from, to)`. */
export function clip(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const a = Math.max(span.from, from);
    const b = Math.min(span.to, to);
    if (b > a) out.push({ from: a, to: b });
  }
  return out;
}
