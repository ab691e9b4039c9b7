/**
 * Half-open time segments `[start, end)` in epoch milliseconds, and the two timeline walks biz
 * builds every calculation from, written literally (one segment at a time). The compiled
 * timeline answers the same questions with prefix sums; these are its reference and the slow
 * path for degenerate timelines.
 *
 * A segment with `start === end` is *zero-length* (kept); one with `start > end` is *disjoint*
 * (dropped wherever biz drops it).
 */

/** A time segment in epoch milliseconds. */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

/** `max(0, end - start)`. */
export function segmentDuration(segment: Segment): number {
  return Math.max(0, segment.end - segment.start);
}

/** `start <= time < end`. */
export function segmentContains(segment: Segment, time: number): boolean {
  return segment.start <= time && time < segment.end;
}

/** `[max(starts), min(ends)]`; disjoint (`start > end`) when they do not meet. */
export function segmentIntersect(a: Segment, b: Segment): Segment {
  return { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) };
}

/**
 * The parts of `segment` outside `other`, ascending: `[start, other.start]` and
 * `[other.end, end]`, each dropped when disjoint and then intersected with `segment`. A part
 * touching `other` may be zero-length.
 */
export function segmentSubtract(segment: Segment, other: Segment): Segment[] {
  const out: Segment[] = [];
  if (segment.start <= other.start) out.push(segmentIntersect(segment, { start: segment.start, end: other.start }));
  if (other.end <= segment.end) out.push(segmentIntersect(segment, { start: other.end, end: segment.end }));
  return out;
}

/**
 * biz's `timeline.until(terminus)`. Forward: stop once a period starts after the terminus,
 * otherwise emit `[start, min(end, terminus)]`. Backward: stop once a period ends at or before
 * the terminus, otherwise emit `[max(start, terminus), end]`.
 */
export function* timelineUntil(direction: 'forward' | 'backward', periods: Iterable<Segment>, terminus: number): Generator<Segment> {
  for (const period of periods) {
    if (direction === 'forward') {
      const clipped = { start: period.start, end: Math.min(period.end, terminus) };
      if (clipped.start > terminus) return;
      if (clipped.start <= clipped.end) yield clipped;
    } else {
      const clipped = { start: Math.max(period.start, terminus), end: period.end };
      if (clipped.end <= terminus) return;
      if (clipped.start <= clipped.end) yield clipped;
    }
  }
}

/**
 * biz's `timeline.for(duration)`: consumes `duration` ms of period time. Forward, a period whose
 * whole length equals what remains is emitted whole, the remainder becomes 0 and the walk goes
 * on, so the next period contributes a zero-length segment at its start (another zero-length
 * period counts as another exact fill). Backward has no such continuation. A negative duration
 * emits nothing.
 */
export function* timelineFor(direction: 'forward' | 'backward', periods: Iterable<Segment>, duration: number): Generator<Segment> {
  if (duration < 0) return;
  let remaining = duration;
  for (const period of periods) {
    if (direction === 'forward' && segmentDuration(period) === remaining) {
      remaining = 0;
      yield period;
      continue;
    }
    const scoped =
      direction === 'forward'
        ? segmentIntersect(period, { start: period.start, end: period.start + remaining })
        : segmentIntersect(period, { start: period.end - remaining, end: period.end });
    remaining -= segmentDuration(scoped);
    if (scoped.start <= scoped.end) yield scoped;
    if (!(remaining > 0)) return;
  }
}
