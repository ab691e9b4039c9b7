import type { FollowUp } from './follow-up.js';

/**
 * What re-planning changed: follow-ups to add to the scheduler, to cancel, and to keep as they
 * are. Ids decide: a follow-up whose anchor or due time moved has a new id (so it is one `cancel`
 * and one `add`).
 *
 * @since 0.1.0
 */
export interface FollowUpChanges {
  /** New follow-ups: schedule them. */
  readonly add: readonly FollowUp[];
  /** Follow-ups that no longer apply: cancel them by id. */
  readonly cancel: readonly FollowUp[];
  /** Follow-ups still planned, unchanged. */
  readonly keep: readonly FollowUp[];
}

/**
 * Compares a previous set of follow-ups with a new plan by id: what to add, cancel and keep.
 *
 * Use it when you keep the last plan yourself; {@link planFollowUps} does it for you with
 * `options.previous`, and `syncFollowUps` with a scheduler's list. When `ticketId` is given,
 * previous follow-ups of other tickets are left alone (never cancelled).
 *
 * @example
 * ```ts
 * import { diffFollowUps, type FollowUp } from '@rapport/core/schedule';
 *
 * const before: FollowUp[] = [];
 * const after: FollowUp[] = [];
 * const { add, cancel, keep } = diffFollowUps(before, after);
 * ```
 * @since 0.1.0
 */
export function diffFollowUps(previous: readonly FollowUp[], next: readonly FollowUp[], ticketId?: string): FollowUpChanges {
  const relevant = ticketId === undefined ? previous : previous.filter((f) => f.ticketId === ticketId);
  const before = new Set(relevant.map((f) => f.id));
  const after = new Set(next.map((f) => f.id));
  const seen = new Set<string>();
  const cancel = relevant.filter((f) => !after.has(f.id) && !seen.has(f.id) && seen.add(f.id));
  return {
    add: next.filter((f) => !before.has(f.id)),
    cancel,
    keep: next.filter((f) => before.has(f.id)),
  };
}
