import type { Ticket } from '../../ticket/ticket.js';
import type { FollowUp } from '../follow-up/follow-up.js';
import type { FollowUpPlan } from '../follow-up/plan-follow-ups.js';
import type { FollowUpHandler, FollowUpRunContext } from './scheduler.js';

/**
 * Options of {@link revalidatingHandler}.
 *
 * @since 0.1.0
 */
export interface RevalidatingHandlerOptions {
  /** Loads the ticket as it is now; `undefined` when it no longer exists. */
  readonly load: (ticketId: string) => Ticket | undefined | Promise<Ticket | undefined>;
  /** Plans the ticket's follow-ups at `now` (usually `planFollowUps` with your policy, calendar and commitments). */
  readonly plan: (ticket: Ticket, now: string) => FollowUpPlan | Promise<FollowUpPlan>;
  /** Runs a follow-up that is still planned. */
  readonly run: FollowUpHandler;
  /** Called instead of `run` for a follow-up the fresh plan no longer contains (default: nothing). */
  readonly onStale?: (followUp: FollowUp, context: FollowUpRunContext) => void | Promise<void>;
}

/**
 * Wraps a handler so that each follow-up is re-validated when it fires: the ticket is loaded and
 * planned again, and the follow-up runs only if the fresh plan still contains its id.
 *
 * Use it as the `handler` of any {@link Scheduler}. Events can reach the ticket between planning
 * and firing without anyone re-syncing the scheduler (a requester replies by email while the
 * bot is down); the reminder then no longer exists in the plan, and is skipped instead of sent.
 * Because ids are deterministic, "still planned" is a plain id comparison. A stale follow-up
 * completes normally (it is not retried).
 *
 * @example
 * ```ts
 * import { InMemoryScheduler, planFollowUps, revalidatingHandler } from '@rapport/core/schedule';
 * import type { Ticket } from '@rapport/core/ticket';
 *
 * const tickets = new Map<string, Ticket>();
 * const scheduler = new InMemoryScheduler({
 *   handler: revalidatingHandler({
 *     load: (id) => tickets.get(id),
 *     plan: (ticket, now) => planFollowUps(ticket, {}, null, now),
 *     run: (followUp) => console.log('send', followUp.kind, 'for', followUp.ticketId),
 *     onStale: (followUp) => console.log('skip', followUp.kind, ': no longer applies'),
 *   }),
 * });
 * ```
 * @since 0.1.0
 */
export function revalidatingHandler(options: RevalidatingHandlerOptions): FollowUpHandler {
  return async (followUp, context) => {
    const ticket = await options.load(followUp.ticketId);
    const plan = ticket === undefined ? undefined : await options.plan(ticket, context.now);
    if (plan?.followUps.some((planned) => planned.id === followUp.id)) {
      await options.run(followUp, context);
    } else {
      await options.onStale?.(followUp, context);
    }
  };
}
