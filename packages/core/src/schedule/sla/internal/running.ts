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
 */
export function reachedAt(spans: readonly Span[], amount: number, clock: BusinessClock): number | null {
  const first = spans[0];
  if (!first) return null;
  if (amount <= 0) return first.from;
  let total = 0;
  for (const span of spans) {
    const length = span.to === Infinity ? Infinity : clock.elapsed(span.from, span.to);
    if (total + length >= amount) {
      const at = clock.add(span.from, amount - total);
      return Math.min(Math.max(at, span.from), span.to);
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
