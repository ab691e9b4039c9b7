/**
 * Test helper: the shortest of `runs` timings of `work` (milliseconds), so one garbage collection
 * or a busy neighbour on a shared machine does not decide a linear-time test. Call `work` once
 * before to warm it up when that matters. Used by tests only; not exported from any entry point.
 */
export function bestTime(work: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
