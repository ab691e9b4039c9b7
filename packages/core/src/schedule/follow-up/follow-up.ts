import { z } from 'zod';
import { isoInstantSchema } from '../sla/internal/instant.js';
import { slaMetricSchema } from '../sla/sla-metric.js';

const base = {
  /** Deterministic id: the same ticket state always yields the same id (safe as a queue job id). */
  id: z.string().min(1),
  /** The ticket the follow-up is about. */
  ticketId: z.string().min(1),
  /** When it is due, ISO 8601 UTC. */
  dueAt: isoInstantSchema,
  /** The event it hangs on (status change, reply, promise), ISO 8601 UTC. */
  anchorAt: isoInstantSchema,
  /** Who it is for: the requester, the assigned agent, the subscribers of a broadcast, or the system (a status change). */
  audience: z.enum(['requester', 'agent', 'subscribers', 'system']),
  /** The communication model of the message to send, or `null` for an action without a message. */
  model: z.enum(['linear', 'interactive', 'transactional']).nullable(),
  /** Why it exists, in one plain sentence (for logs, agent views and audits). */
  reason: z.string(),
};

/**
 * A follow-up: something due at an instant about a ticket, planned by {@link planFollowUps} and
 * run by a {@link Scheduler}. A union discriminated on `kind`:
 *
 * - `pending_reminder` (to the requester, `step` of `steps`) and `auto_resolve` (system) while the
 *   ticket waits on the requester;
 * - `satisfaction_survey` (to the requester) and `auto_close` (system) after resolution;
 * - `incident_update`: the next periodic broadcast of an incident (linear model);
 * - `sla_warning` / `sla_breach`: to the agent, before and at an SLA target;
 * - `commitment`: to the agent, before the time they promised the requester.
 *
 * Use the schema to validate follow-ups read back from a queue or a database.
 *
 * @example
 * ```ts
 * import { followUpSchema } from '@rapport/core/schedule';
 *
 * const followUp = followUpSchema.parse({
 *   id: 'fu_satisfaction_survey_0a1b2c3d4e5f6789',
 *   kind: 'satisfaction_survey',
 *   ticketId: 'T-1',
 *   dueAt: '2024-05-08T10:00:00.000Z',
 *   anchorAt: '2024-05-07T10:00:00.000Z',
 *   audience: 'requester',
 *   model: 'interactive',
 *   reason: 'Ask whether the resolution worked, 24h after it was resolved',
 * });
 * ```
 * @since 0.1.0
 */
export const followUpSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    /** A reminder to a requester who has not answered. */
    kind: z.literal('pending_reminder'),
    /** 1-based position among the reminders of this pending period. */
    step: z.number().int().positive(),
    /** How many reminders the policy sends in a pending period. */
    steps: z.number().int().positive(),
  }),
  z.strictObject({
    ...base,
    /** Resolve a ticket whose requester stayed silent. */
    kind: z.literal('auto_resolve'),
  }),
  z.strictObject({
    ...base,
    /** Ask the requester whether the resolution worked and how the service was. */
    kind: z.literal('satisfaction_survey'),
  }),
  z.strictObject({
    ...base,
    /** Close a resolved ticket nobody reopened. */
    kind: z.literal('auto_close'),
  }),
  z.strictObject({
    ...base,
    /** The next periodic update of an incident broadcast. */
    kind: z.literal('incident_update'),
    /** 1-based number of this update in the incident. */
    sequence: z.number().int().positive(),
  }),
  z.strictObject({
    ...base,
    /** An SLA target is getting close. */
    kind: z.literal('sla_warning'),
    /** The metric concerned. */
    metric: slaMetricSchema,
    /** The metric's cycle (1-based). */
    cycle: z.number().int().positive(),
    /** The percentage of the target reached at `dueAt`. */
    percent: z.number().gt(0).lt(100),
    /** When the target itself is due. */
    slaDueAt: isoInstantSchema,
  }),
  z.strictObject({
    ...base,
    /** An SLA target is reached. */
    kind: z.literal('sla_breach'),
    /** The metric concerned. */
    metric: slaMetricSchema,
    /** The metric's cycle (1-based). */
    cycle: z.number().int().positive(),
  }),
  z.strictObject({
    ...base,
    /** A time the agent promised is near and no update has been sent since. */
    kind: z.literal('commitment'),
    /** The commitment's id (given, or derived from its message and range). */
    commitmentId: z.string().min(1),
    /** The promised instant. */
    promisedAt: isoInstantSchema,
    /** The message in which the promise was made, when known. */
    messageId: z.string().min(1).optional(),
    /** The words of the promise, when known. */
    text: z.string().optional(),
  }),
]);

/**
 * A planned follow-up; see {@link followUpSchema}.
 *
 * @since 0.1.0
 */
export type FollowUp = z.infer<typeof followUpSchema>;

/**
 * The kind of a {@link FollowUp}.
 *
 * @since 0.1.0
 */
export type FollowUpKind = FollowUp['kind'];
