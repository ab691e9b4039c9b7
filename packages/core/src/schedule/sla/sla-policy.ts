import { z } from 'zod';
import { prioritySchema, type Priority } from '../../ticket/priority.js';
import { stateCategorySchema, type StateCategory } from '../../ticket/ticket-status.js';
import { DURATION_ISSUE, durationSchema } from './internal/duration.js';
import { parsePolicyOrThrow } from './internal/parse-policy.js';
import { policyMemo } from './internal/policy-cache.js';
import { slaMetricPauseDefaults, slaMetricSchema, type SlaMetric } from './sla-metric.js';

/**
 * Whether a target counts every hour (`calendar`) or only the hours of a business calendar
 * (`business`).
 *
 * @example
 * ```ts
 * import { slaHoursSchema } from '@rapport/core/schedule';
 *
 * slaHoursSchema.parse('business');
 * ```
 * @since 0.1.0
 */
export const slaHoursSchema = z.enum(['business', 'calendar']);

/**
 * `business` or `calendar`; see {@link slaHoursSchema}.
 *
 * @since 0.1.0
 */
export type SlaHours = z.infer<typeof slaHoursSchema>;

const percentListSchema = z
  .array(z.number().gt(0, 'a warning percentage is above 0').lt(100, 'a warning percentage is below 100 (100 % is the breach)'))
  .max(10)
  .refine((list) => new Set(list).size === list.length, 'warning percentages must be distinct');

const pauseCategorySchema = stateCategorySchema.refine((category) => category !== 'active', {
  message: 'pausing on the active category would stop the clock whenever work happens',
});

const metricPolicySchema = z.strictObject({
  /** Target per priority, as a duration (`'30m'`, `'4h'`, `'PT8H'`); priorities left out have no target. */
  targets: z.partialRecord(prioritySchema, durationSchema({ positive: true })),
  /** Overrides the policy's `hours` for this metric. */
  hours: slaHoursSchema.optional(),
  /** Overrides the categories that pause this metric (see `slaMetricPauseDefaults`). */
  pauseOn: z.array(pauseCategorySchema).optional(),
  /** Overrides the policy's warning percentages for this metric. */
  warnAt: percentListSchema.optional(),
});

/**
 * An SLA policy: targets per metric and priority, in business or calendar hours, with pause rules
 * and warning thresholds. It plays the role of one Zendesk SLA policy (or one ServiceNow SLA
 * definition per metric) for the tickets you apply it to.
 *
 * Use it to validate a policy loaded from configuration; {@link slaStatus} and
 * {@link planFollowUps} validate again on every call. Durations are strings: compact (`'30m'`,
 * `'4h'`, `'1h30m'`, `'2d'`) or ISO 8601 (`'PT4H'`, `'P1DT12H'`); years and months are refused.
 * A business-hours target must be written in hours and minutes, because a business day's length
 * depends on the calendar (`INVALID_DURATION` otherwise).
 *
 * Defaults: `hours: 'calendar'`; `warnAt: [50, 75]` (ServiceNow's default SLA flow notifies at 50 %
 * and 75 % of the target, then at breach); `countBotReplies: false` (Zendesk does not count bot
 * replies as first replies); `pauseOn` per metric from {@link slaMetricPauseDefaults}.
 *
 * @example
 * ```ts
 * import { slaPolicySchema } from '@rapport/core/schedule';
 *
 * const policy = slaPolicySchema.parse({
 *   id: 'standard',
 *   hours: 'business',
 *   metrics: {
 *     first_reply_time: { targets: { urgent: '1h', high: '4h', normal: '8h', low: '24h' } },
 *     requester_wait_time: { targets: { urgent: '8h', high: '24h' }, hours: 'calendar' },
 *   },
 * });
 * ```
 * @since 0.1.0
 */
export const slaPolicySchema = z
  .strictObject({
    /** Identifier of the policy, reported in every status. */
    id: z.string().min(1),
    /** Display name. */
    name: z.string().optional(),
    /** Whether targets count business or calendar hours (default `calendar`); metrics can override it. */
    hours: slaHoursSchema.default('calendar'),
    /** Percentages of a target at which a warning is raised (default `[50, 75]`). */
    warnAt: percentListSchema.default([50, 75]),
    /** Whether a public reply by a bot fulfils reply metrics (default `false`, as in Zendesk). */
    countBotReplies: z.boolean().default(false),
    /** The metrics this policy measures, each with its targets. */
    metrics: z.partialRecord(slaMetricSchema, metricPolicySchema),
  })
  .superRefine((policy, ctx) => {
    const entries = Object.entries(policy.metrics) as [SlaMetric, z.output<typeof metricPolicySchema>][];
    if (entries.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['metrics'], message: 'a policy needs at least one metric' });
    }
    for (const [metric, config] of entries) {
      const hours = config.hours ?? policy.hours;
      const targets = Object.entries(config.targets);
      if (targets.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['metrics', metric, 'targets'], message: 'a metric needs a target for at least one priority' });
      }
      for (const [priority, target] of targets) {
        if (hours === 'business' && target?.usesDays) {
          ctx.addIssue({
            code: 'custom',
            path: ['metrics', metric, 'targets', priority],
            message: `business-hours target "${target.text}" uses days or weeks; write it in hours (a business day's length depends on the calendar)`,
            params: DURATION_ISSUE,
          });
        }
      }
      if (config.pauseOn && new Set(config.pauseOn).size !== config.pauseOn.length) {
        ctx.addIssue({ code: 'custom', path: ['metrics', metric, 'pauseOn'], message: 'categories must be distinct' });
      }
    }
  });

/**
 * An SLA policy as you write it (durations as strings, defaults optional); see
 * {@link slaPolicySchema}.
 *
 * @since 0.1.0
 */
export type SlaPolicy = z.input<typeof slaPolicySchema>;

/** One metric of a validated policy, resolved for use by the clocks. */
export interface ResolvedSlaMetric {
  readonly metric: SlaMetric;
  readonly hours: 'business' | 'calendar';
  readonly targets: Partial<Record<Priority, number>>;
  readonly pauseOn: ReadonlySet<StateCategory>;
  readonly warnAt: readonly number[];
}

/** A validated policy with defaults applied and durations in milliseconds. */
export interface ResolvedSlaPolicy {
  readonly id: string;
  readonly countBotReplies: boolean;
  readonly metrics: readonly ResolvedSlaMetric[];
  readonly usesBusinessHours: boolean;
}

/** Canonical order of metrics in statuses and plans. */
export const METRIC_ORDER: readonly SlaMetric[] = slaMetricSchema.options;

/**
 * Validates `input` (`INVALID_POLICY`, or `INVALID_DURATION` for a bad duration, naming the path)
 * and resolves defaults. Memoized on the policy's JSON text.
 */
export const resolveSlaPolicy: (input: unknown) => ResolvedSlaPolicy = policyMemo(resolveSlaPolicyUncached);

function resolveSlaPolicyUncached(input: unknown): ResolvedSlaPolicy {
  const policy = parsePolicyOrThrow(slaPolicySchema, input, 'SLA policy');
  const metrics: ResolvedSlaMetric[] = [];
  for (const metric of METRIC_ORDER) {
    const config = policy.metrics[metric];
    if (!config) continue;
    const targets: Partial<Record<Priority, number>> = {};
    for (const [priority, target] of Object.entries(config.targets)) {
      if (target) targets[priority as Priority] = target.ms;
    }
    metrics.push({
      metric,
      hours: config.hours ?? policy.hours,
      targets,
      pauseOn: new Set(config.pauseOn ?? slaMetricPauseDefaults[metric]),
      warnAt: [...(config.warnAt ?? policy.warnAt)].sort((a, b) => a - b),
    });
  }
  return {
    id: policy.id,
    countBotReplies: policy.countBotReplies,
    metrics,
    usesBusinessHours: metrics.some((m) => m.hours === 'business'),
  };
}
