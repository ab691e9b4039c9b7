import { diffFollowUps, type FollowUpChanges } from '../follow-up/diff-follow-ups.js';
import type { FollowUp } from '../follow-up/follow-up.js';
import type { FollowUpPlan } from '../follow-up/plan-follow-ups.js';
import type { Scheduler } from './scheduler.js';

/**
 * What {@link syncFollowUps} did: the changes it applied, and the follow-ups it did not schedule
 * because they already ran.
 *
 * @since 0.1.0
 */
export interface FollowUpSync extends FollowUpChanges {
  /** Planned follow-ups the scheduler had already run (it never runs an id twice). */
  readonly alreadyRun: readonly FollowUp[];
}

/**
 * Brings a scheduler in line with a plan for one ticket: cancels the ticket's follow-ups the plan
 * no longer contains, schedules the new ones, keeps the rest.
 *
 * Use it after every {@link planFollowUps} call; it is the whole bookkeeping of "re-plan after
 * any event". Works with any {@link Scheduler}. Other tickets' follow-ups are not touched.
 *
 * @example
 * ```ts
 * import { InMemoryScheduler, planFollowUps, syncFollowUps } from '@rapport/core/schedule';
 * import type { Ticket } from '@rapport/core/ticket';
 *
 * declare const ticket: Ticket;
 * const scheduler = new InMemoryScheduler({ handler: (f) => console.log(f.kind) });
 * const sync = await syncFollowUps(scheduler, planFollowUps(ticket, {}, null, new Date()));
 * console.log(sync.add.length, 'scheduled', sync.cancel.length, 'cancelled');
 * ```
 * @since 0.1.0
 */
export async function syncFollowUps(scheduler: Scheduler, plan: FollowUpPlan): Promise<FollowUpSync> {
  const held = await scheduler.list({ ticketId: plan.ticketId });
  const changes = diffFollowUps(
    held.map((entry) => entry.followUp),
    plan.followUps,
    plan.ticketId,
  );
  for (const followUp of changes.cancel) await scheduler.cancel(followUp.id);
  const add: FollowUp[] = [];
  const alreadyRun: FollowUp[] = [];
  for (const followUp of changes.add) {
    const outcome = await scheduler.schedule(followUp);
    if (outcome === 'already_run') alreadyRun.push(followUp);
    else add.push(followUp);
  }
  return { add, cancel: changes.cancel, keep: changes.keep, alreadyRun };
}
