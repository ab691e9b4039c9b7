import { z } from 'zod';
import { prioritySchema, type Priority } from '../ticket/index.js';

/**
 * Why a message or conversation happens, the first input of {@link adviseModel}.
 *
 * Use it to validate a purpose given by a user or a configuration file.
 *
 * - `announcement`: news for many (a new service, planned maintenance).
 * - `policy`: a rule people must follow (password rotation, acceptable use).
 * - `incident_update`: the state of an ongoing outage or degradation.
 * - `troubleshooting`: finding and fixing someone's problem.
 * - `service_request`: asking for something standard (access, a laptop, a licence).
 * - `question`: asking how to do something or for information.
 * - `complaint`: the customer is unhappy with the service itself.
 * - `feedback`: asking how the service went, usually after a resolution.
 *
 * @example
 * ```ts
 * import { situationPurposeSchema } from '@rapport/core/model';
 *
 * situationPurposeSchema.parse('incident_update'); // 'incident_update'
 * ```
 * @since 0.1.0
 */
export const situationPurposeSchema = z.enum([
  'announcement',
  'policy',
  'incident_update',
  'troubleshooting',
  'service_request',
  'question',
  'complaint',
  'feedback',
]);

/**
 * A situation purpose, inferred from {@link situationPurposeSchema}.
 *
 * @example
 * ```ts
 * import type { SituationPurpose } from '@rapport/core/model';
 *
 * const purpose: SituationPurpose = 'troubleshooting';
 * ```
 * @since 0.1.0
 */
export type SituationPurpose = z.infer<typeof situationPurposeSchema>;

/**
 * A three-step level (`low`, `medium`, `high`) used for emotional intensity and complexity.
 *
 * @example
 * ```ts
 * import { situationLevelSchema } from '@rapport/core/model';
 *
 * situationLevelSchema.options; // ['low', 'medium', 'high']
 * ```
 * @since 0.1.0
 */
export const situationLevelSchema = z.enum(['low', 'medium', 'high']);

/**
 * A situation level, inferred from {@link situationLevelSchema}.
 *
 * @example
 * ```ts
 * import type { SituationLevel } from '@rapport/core/model';
 *
 * const level: SituationLevel = 'high';
 * ```
 * @since 0.1.0
 */
export type SituationLevel = z.infer<typeof situationLevelSchema>;

/**
 * How soon an answer is needed: `none` (nobody is expected to answer), `later` (an answer is
 * expected, in hours or days) or `immediate` (the conversation cannot move without it).
 *
 * @example
 * ```ts
 * import { feedbackNeedSchema } from '@rapport/core/model';
 *
 * feedbackNeedSchema.parse('later'); // 'later'
 * ```
 * @since 0.1.0
 */
export const feedbackNeedSchema = z.enum(['none', 'later', 'immediate']);

/**
 * A feedback need, inferred from {@link feedbackNeedSchema}.
 *
 * @example
 * ```ts
 * import type { FeedbackNeed } from '@rapport/core/model';
 *
 * const need: FeedbackNeed = 'immediate';
 * ```
 * @since 0.1.0
 */
export type FeedbackNeed = z.infer<typeof feedbackNeedSchema>;

/**
 * The situation {@link adviseModel} reads. Only `purpose` is required; unknown keys are rejected
 * so a misspelt field is an error, not a silently ignored input.
 *
 * Use it to validate a situation read from a file or an API before advising on it
 * (`adviseModel` validates with it too).
 *
 * Defaults: `audienceSize` 1, `urgency` `normal` (the ticket priorities: `low`, `normal`, `high`,
 * `urgent`, so a ticket's priority can be passed as is), `emotionalIntensity` `low`, `complexity`
 * `low`, and `feedback` the purpose's usual need (see the advice table in
 * `docs/concepts/communication-models.md`).
 *
 * @example
 * ```ts
 * import { modelSituationSchema } from '@rapport/core/model';
 *
 * const situation = modelSituationSchema.parse({ purpose: 'complaint', emotionalIntensity: 'high' });
 * console.log(situation.audienceSize); // 1
 * ```
 * @since 0.1.0
 */
export const modelSituationSchema = z.strictObject({
  /** Why the communication happens. */
  purpose: situationPurposeSchema,
  /** How many people receive it: 1 for one customer, hundreds for a company-wide notice. */
  audienceSize: z.number().int().min(1).default(1),
  /** How soon things must move; the same scale as a ticket's priority. */
  urgency: prioritySchema.default('normal'),
  /** How strongly the people involved feel (frustration, anger, anxiety). */
  emotionalIntensity: situationLevelSchema.default('low'),
  /** How hard the subject is to explain or diagnose. */
  complexity: situationLevelSchema.default('low'),
  /** How soon an answer is needed; defaults to the purpose's usual need. */
  feedback: feedbackNeedSchema.optional(),
});

/**
 * A situation as callers write it (only `purpose` required), the input of {@link adviseModel}.
 *
 * @example
 * ```ts
 * import type { ModelSituation } from '@rapport/core/model';
 *
 * const situation: ModelSituation = { purpose: 'troubleshooting', urgency: 'high' };
 * ```
 * @since 0.1.0
 */
export type ModelSituation = z.input<typeof modelSituationSchema>;

/**
 * Size band of an audience: `individual` (1 person), `group` (2 to 20, still able to talk
 * together) or `broad` (more than 20: a conversation no longer scales).
 *
 * @example
 * ```ts
 * import type { AudienceBand } from '@rapport/core/model';
 *
 * const band: AudienceBand = 'broad';
 * ```
 * @since 0.1.0
 */
export type AudienceBand = 'individual' | 'group' | 'broad';

/**
 * A situation with every default filled in, as {@link adviseModel} used it.
 *
 * @example
 * ```ts
 * import { adviseModel, type ResolvedModelSituation } from '@rapport/core/model';
 *
 * const used: ResolvedModelSituation = adviseModel({ purpose: 'policy', audienceSize: 400 }).situation;
 * console.log(used.audience, used.feedback); // 'broad' 'none'
 * ```
 * @since 0.1.0
 */
export interface ResolvedModelSituation {
  /** Why the communication happens. */
  readonly purpose: SituationPurpose;
  /** How many people receive it. */
  readonly audienceSize: number;
  /** The size band of {@link ResolvedModelSituation.audienceSize}. */
  readonly audience: AudienceBand;
  /** How soon things must move. */
  readonly urgency: Priority;
  /** How strongly the people involved feel. */
  readonly emotionalIntensity: SituationLevel;
  /** How hard the subject is. */
  readonly complexity: SituationLevel;
  /** How soon an answer is needed (given, or the purpose's usual need). */
  readonly feedback: FeedbackNeed;
}

/** Largest audience that still counts as a group that can hold one conversation. */
export const GROUP_AUDIENCE_MAX = 20;

/** The size band of an audience of `size` people. */
export function audienceBand(size: number): AudienceBand {
  if (size <= 1) return 'individual';
  return size <= GROUP_AUDIENCE_MAX ? 'group' : 'broad';
}
