import { z } from 'zod';
import { prioritySchema, type Priority } from '../../ticket/priority.js';
import { DURATION_ISSUE, durationSchema, type ParsedDuration } from '../sla/internal/duration.js';
import { parsePolicyOrThrow } from '../sla/internal/parse-policy.js';
import { policyMemo } from '../sla/internal/policy-cache.js';
import { slaHoursSchema, slaPolicySchema, type SlaHours } from '../sla/sla-policy.js';

const positive = () => durationSchema({ positive: true });

const pendingRemindersSchema = z.strictObject({
  /** Whether to remind a requester who has not answered (default `true`). */
  enabled: z.boolean().default(true),
  /** Delays after the ticket went pending (or the agent's last reply while pending), ascending (default `['24h', '5d']`). */
  after: z.array(positive()).max(10).prefault(['24h', '5d']),
  /** Overrides the policy's `hours`. */
  hours: slaHoursSchema.optional(),
});

const delaySchema = (after: string) =>
  z.strictObject({
    /** Whether this follow-up is planned (default `true`). */
    enabled: z.boolean().default(true),
    /** The delay after its anchor. */
    after: positive().prefault(after),
    /** Overrides the policy's `hours`. */
    hours: slaHoursSchema.optional(),
  });

const incidentUpdatesSchema = z.strictObject({
  /** Whether incidents get periodic broadcast updates (default `true`). */
  enabled: z.boolean().default(true),
  /** Interval between updates, per priority (default urgent 30m, high 1h, normal 2h, low 4h). */
  every: z
    .strictObject({
      /** Interval for urgent incidents. */
      urgent: positive().prefault('30m'),
      /** Interval for high-priority incidents. */
      high: positive().prefault('1h'),
      /** Interval for normal-priority incidents. */
      normal: positive().prefault('2h'),
      /** Interval for low-priority incidents. */
      low: positive().prefault('4h'),
    })
    .prefault({}),
  /** Priorities that make any ticket an incident (default none: pass `incident: true` to the planner). */
  priorities: z.array(prioritySchema).default([]),
  /** Overrides the policy's `hours` (default calendar: outages do not wait for office hours). */
  hours: slaHoursSchema.optional(),
});

const slaWarningsSchema = z.strictObject({
  /** Whether to plan SLA warnings when the policy has an `sla` (default `true`). */
  enabled: z.boolean().default(true),
  /** Whether to plan a follow-up at the breach instant too (default `true`). */
  breach: z.boolean().default(true),
});

const commitmentsSchema = z.strictObject({
  /** Whether to plan follow-ups for agents' time promises (default `true`). */
  enabled: z.boolean().default(true),
  /** How long before the promised instant to remind the agent, in calendar time (default `1h`). */
  lead: durationSchema({ positive: false }).prefault('1h'),
  /** Whether any later public agent reply counts as keeping the promise (default `true`). */
  fulfilledByReply: z.boolean().default(true),
});

/**
 * A follow-up policy: which follow-ups {@link planFollowUps} plans and when. Every part is
 * optional; the defaults are documented against what Zendesk, ServiceNow, Jira Service Management
 * and Freshdesk ship (see the follow-ups guide for sources):
 *
 * - `pendingReminders.after: ['24h', '5d']`: Zendesk's standard "Pending notification 24 hours"
 *   and "5 days" automations; JSM's "Prompt customer for comment" template also waits 5 days.
 * - `autoResolve.after: '7d'` after the last agent reply while pending (Rapport's choice: two days
 *   after the last reminder; none of the four resolves silent pending tickets out of the box).
 * - `satisfaction.after: '24h'` after resolution (Zendesk's satisfaction automation).
 * - `autoClose.after: '4d'` after resolution (Zendesk's "Close ticket 4 days after status is set
 *   to solved"; ServiceNow closes resolved incidents after 7 days, JSM's template after 10).
 * - `incidentUpdates.every`: urgent 30m, high 1h, normal 2h, low 4h (Rapport's choice).
 * - `slaWarnings`: at the SLA policy's `warnAt` thresholds, and at breach.
 * - `commitments.lead: '1h'` before the promised instant.
 * - `hours: 'calendar'` (Zendesk's automations count calendar hours unless told otherwise).
 *
 * @example
 * ```ts
 * import { followUpPolicySchema } from '@rapport/core/schedule';
 *
 * const policy = followUpPolicySchema.parse({
 *   pendingReminders: { after: ['48h'] },
 *   autoClose: { after: '7d' },
 *   sla: { id: 'standard', metrics: { first_reply_time: { targets: { high: '4h' } } } },
 * });
 * policy.satisfaction.enabled; // true
 * ```
 * @since 0.1.0
 */
export const followUpPolicySchema = z
  .strictObject({
    /** Identifier of the policy (default `'default'`). */
    id: z.string().min(1).default('default'),
    /** Whether delays count business or calendar hours (default `calendar`); each part can override it. */
    hours: slaHoursSchema.default('calendar'),
    /** Reminders to a requester who has not answered a pending ticket. */
    pendingReminders: pendingRemindersSchema.prefault({}),
    /** Resolving a pending ticket whose requester stayed silent. */
    autoResolve: delaySchema('7d').prefault({}),
    /** The satisfaction follow-up after resolution (once per ticket, as Zendesk and ServiceNow do). */
    satisfaction: delaySchema('24h').prefault({}),
    /** Closing a resolved ticket nobody reopened. */
    autoClose: delaySchema('4d').prefault({}),
    /** Periodic updates of incidents (linear broadcasts). */
    incidentUpdates: incidentUpdatesSchema.prefault({}),
    /** Warnings before SLA targets, from `sla`. */
    slaWarnings: slaWarningsSchema.prefault({}),
    /** Follow-ups before the times agents promised. */
    commitments: commitmentsSchema.prefault({}),
    /** The SLA policy to warn about (optional). */
    sla: slaPolicySchema.optional(),
  })
  .superRefine((policy, ctx) => {
    const businessDays = (path: (string | number)[], hours: SlaHours | undefined, value: ParsedDuration) => {
      if ((hours ?? policy.hours) === 'business' && value.usesDays) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `business-hours delay "${value.text}" uses days or weeks; write it in hours (a business day's length depends on the calendar)`,
          params: DURATION_ISSUE,
        });
      }
    };
    const reminders = policy.pendingReminders;
    reminders.after.forEach((delay, index) => {
      businessDays(['pendingReminders', 'after', index], reminders.hours, delay);
      const previous = reminders.after[index - 1];
      if (previous && previous.ms >= delay.ms) {
        ctx.addIssue({ code: 'custom', path: ['pendingReminders', 'after', index], message: 'reminder delays must be strictly ascending' });
      }
    });
    businessDays(['autoResolve', 'after'], policy.autoResolve.hours, policy.autoResolve.after);
    businessDays(['satisfaction', 'after'], policy.satisfaction.hours, policy.satisfaction.after);
    businessDays(['autoClose', 'after'], policy.autoClose.hours, policy.autoClose.after);
    for (const priority of prioritySchema.options) {
      businessDays(['incidentUpdates', 'every', priority], policy.incidentUpdates.hours, policy.incidentUpdates.every[priority]);
    }
    const lastReminder = reminders.after[reminders.after.length - 1];
    const sameHours = (reminders.hours ?? policy.hours) === (policy.autoResolve.hours ?? policy.hours);
    if (reminders.enabled && policy.autoResolve.enabled && lastReminder && sameHours && lastReminder.ms >= policy.autoResolve.after.ms) {
      ctx.addIssue({ code: 'custom', path: ['autoResolve', 'after'], message: 'auto-resolve must come after the last pending reminder' });
    }
    const sameSolvedHours = (policy.satisfaction.hours ?? policy.hours) === (policy.autoClose.hours ?? policy.hours);
    if (policy.satisfaction.enabled && policy.autoClose.enabled && sameSolvedHours && policy.satisfaction.after.ms >= policy.autoClose.after.ms) {
      ctx.addIssue({ code: 'custom', path: ['satisfaction', 'after'], message: 'the satisfaction follow-up must come before auto-close (closed tickets get no follow-ups)' });
    }
  });

/**
 * A follow-up policy as you write it; see {@link followUpPolicySchema}.
 *
 * @since 0.1.0
 */
export type FollowUpPolicy = z.input<typeof followUpPolicySchema>;

/** A validated follow-up policy with defaults applied. */
export type ResolvedFollowUpPolicy = z.output<typeof followUpPolicySchema>;

/** Validates a follow-up policy (`INVALID_POLICY` / `INVALID_DURATION` naming the path); memoized on its JSON text. */
export const resolveFollowUpPolicy: (input: unknown) => ResolvedFollowUpPolicy = policyMemo((input) =>
  parsePolicyOrThrow(followUpPolicySchema, input ?? {}, 'follow-up policy'),
);

/** The hours a part of the policy counts. */
export function hoursOf(policy: ResolvedFollowUpPolicy, part: { readonly hours?: SlaHours | undefined }): SlaHours {
  return part.hours ?? policy.hours;
}

/** The incident update interval for `priority`, in milliseconds. */
export function incidentEveryMs(policy: ResolvedFollowUpPolicy, priority: Priority): number {
  return policy.incidentUpdates.every[priority].ms;
}
