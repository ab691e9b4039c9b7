import { z } from 'zod';
import type { StateCategory } from '../../ticket/ticket-status.js';

/**
 * The SLA metrics Rapport measures, named as in Zendesk's SLA policy API:
 *
 * - `first_reply_time`: from ticket creation to the first public agent reply.
 * - `next_reply_time`: from the oldest unanswered public requester message to the next public
 *   agent reply (each exchange after the first reply is a new cycle).
 * - `periodic_update_time`: between consecutive public agent replies.
 * - `pausable_update_time`: the same, paused while the ticket waits on the requester.
 * - `requester_wait_time`: total time the requester waits (paused while pending).
 * - `agent_work_time`: total time the ticket is active (paused while pending or on hold).
 *
 * Use it to key targets in an {@link SlaPolicy} and to read an {@link SlaStatus}.
 *
 * @example
 * ```ts
 * import { slaMetricSchema } from '@rapport/core/schedule';
 *
 * slaMetricSchema.parse('first_reply_time');
 * ```
 * @since 0.1.0
 */
export const slaMetricSchema = z.enum([
  'first_reply_time',
  'next_reply_time',
  'periodic_update_time',
  'pausable_update_time',
  'requester_wait_time',
  'agent_work_time',
]);

/**
 * One SLA metric; see {@link slaMetricSchema}.
 *
 * @since 0.1.0
 */
export type SlaMetric = z.infer<typeof slaMetricSchema>;

/**
 * Which state categories pause each metric by default, following Zendesk: reply and periodic
 * update metrics never pause; pausable update and requester wait time pause while the ticket waits
 * on the requester (`pending`); agent work time also pauses while it waits on a third party
 * (`on_hold`). No clock runs while the ticket is `solved` or `terminal`, whatever this says.
 * Override per metric with `pauseOn` in the policy.
 *
 * @example
 * ```ts
 * import { slaMetricPauseDefaults } from '@rapport/core/schedule';
 *
 * slaMetricPauseDefaults.agent_work_time; // ['waiting_requester', 'waiting_third_party']
 * ```
 * @since 0.1.0
 */
export const slaMetricPauseDefaults: Readonly<Record<SlaMetric, readonly StateCategory[]>> = Object.freeze({
  first_reply_time: Object.freeze([]),
  next_reply_time: Object.freeze([]),
  periodic_update_time: Object.freeze([]),
  pausable_update_time: Object.freeze(['waiting_requester']),
  requester_wait_time: Object.freeze(['waiting_requester']),
  agent_work_time: Object.freeze(['waiting_requester', 'waiting_third_party']),
} satisfies Record<SlaMetric, readonly StateCategory[]>);
