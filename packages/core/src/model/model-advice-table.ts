import type { Channel } from '../ticket/index.js';
import type { CommunicationModel } from './communication-model.js';
import type {
  FeedbackNeed,
  ResolvedModelSituation,
  SituationPurpose,
} from './model-situation.js';

/**
 * One row of the purpose table: the model, the usual need for feedback and the reason for a
 * purpose, before any adjustment.
 *
 * @example
 * ```ts
 * import { modelAdviceTable, type ModelAdvicePurposeRow } from '@rapport/core/model';
 *
 * const row: ModelAdvicePurposeRow | undefined = modelAdviceTable.purposes.find((r) => r.purpose === 'policy');
 * ```
 * @since 0.1.0
 */
export interface ModelAdvicePurposeRow {
  /** The purpose this row is for. */
  readonly purpose: SituationPurpose;
  /** The model the purpose starts from. */
  readonly model: CommunicationModel;
  /** The need for feedback assumed when the situation does not say. */
  readonly feedback: FeedbackNeed;
  /** Why, citing the principle behind it, in words an agent can read. */
  readonly principle: string;
}

/**
 * What an adjustment rule does when it applies: raise the model to at least `model`, lower it to
 * at most `model`, or only add a note to the rationale.
 *
 * @example
 * ```ts
 * import type { ModelAdviceEffect } from '@rapport/core/model';
 *
 * const effect: ModelAdviceEffect = { kind: 'at_least', model: 'transactional' };
 * ```
 * @since 0.1.0
 */
export type ModelAdviceEffect =
  | {
      /** Raise the model to `model` if it is below. */
      readonly kind: 'at_least';
      /** The floor. */
      readonly model: CommunicationModel;
    }
  | {
      /** Lower the model to `model` if it is above. */
      readonly kind: 'at_most';
      /** The ceiling. */
      readonly model: CommunicationModel;
    }
  | {
      /** Leave the model as it is and add the principle to the rationale. */
      readonly kind: 'note';
    };

/**
 * One adjustment rule of the advice table. Rules run top to bottom after the purpose row; each
 * rule that applies moves the model (or notes something) and adds its principle to the rationale.
 *
 * @example
 * ```ts
 * import { modelAdviceTable, type ModelAdviceRule } from '@rapport/core/model';
 *
 * const ids = modelAdviceTable.rules.map((rule: ModelAdviceRule) => rule.id);
 * ```
 * @since 0.1.0
 */
export interface ModelAdviceRule {
  /** Stable identifier, cited in {@link ModelAdviceReason.source}. */
  readonly id: string;
  /** When the rule applies, in words (the docs table shows it). */
  readonly when: string;
  /** What the rule does. */
  readonly effect: ModelAdviceEffect;
  /** Why, citing the principle behind it. */
  readonly principle: string;
  /** Whether the rule applies to a situation, given the model reached so far. */
  readonly applies: (situation: ResolvedModelSituation, model: CommunicationModel) => boolean;
}

/**
 * One row of the channel table. After the model is settled, the first row whose model matches and
 * whose condition holds gives the suggested channels, best first.
 *
 * @example
 * ```ts
 * import { modelAdviceTable, type ModelAdviceChannelRow } from '@rapport/core/model';
 *
 * const rows: readonly ModelAdviceChannelRow[] = modelAdviceTable.channels;
 * ```
 * @since 0.1.0
 */
export interface ModelAdviceChannelRow {
  /** Stable identifier, cited in {@link ModelAdviceReason.source}. */
  readonly id: string;
  /** The model this row is for. */
  readonly model: CommunicationModel;
  /** When the row applies, in words (the docs table shows it). */
  readonly when: string;
  /** The suggested channels, best first. */
  readonly channels: readonly Channel[];
  /** Why these channels. */
  readonly principle: string;
  /** Whether the row applies to a situation. */
  readonly applies: (situation: ResolvedModelSituation) => boolean;
}

/**
 * The table behind {@link adviseModel}: purpose rows, adjustment rules (in order) and channel rows
 * (first match wins).
 *
 * @example
 * ```ts
 * import type { ModelAdviceTable } from '@rapport/core/model';
 *
 * const countRules = (table: ModelAdviceTable) => table.rules.length;
 * ```
 * @since 0.1.0
 */
export interface ModelAdviceTable {
  /** One row per purpose. */
  readonly purposes: readonly ModelAdvicePurposeRow[];
  /** Adjustment rules, applied top to bottom. */
  readonly rules: readonly ModelAdviceRule[];
  /** Channel rows, first match wins. */
  readonly channels: readonly ModelAdviceChannelRow[];
}

const always = (): boolean => true;

/**
 * The advice table {@link adviseModel} applies, exposed read-only so that tools can show it and
 * documentation can be generated from it.
 *
 * Use it to explain a recommendation in a UI, or to check a custom policy against the default one.
 *
 * The table is data plus small predicates; `docs/concepts/communication-models.md` prints it in
 * full and a test keeps that page and this table in step.
 *
 * @example
 * ```ts
 * import { modelAdviceTable } from '@rapport/core/model';
 *
 * for (const row of modelAdviceTable.purposes) {
 *   console.log(`${row.purpose}: ${row.model}`);
 * }
 * ```
 * @since 0.1.0
 */
export const modelAdviceTable: ModelAdviceTable = deepFreeze({
  purposes: [
    {
      purpose: 'announcement',
      model: 'linear',
      feedback: 'none',
      principle:
        'An announcement informs and expects no answer, which is what the linear model is for: one clear, direct message that can only be read one way.',
    },
    {
      purpose: 'policy',
      model: 'linear',
      feedback: 'none',
      principle:
        'A policy is shared, not negotiated in the message: linear, unambiguous, saying what changes for the reader and where questions go.',
    },
    {
      purpose: 'incident_update',
      model: 'linear',
      feedback: 'none',
      principle:
        'An incident update gives many people the same facts at once: linear, with what is affected, what is being done and when the next update comes.',
    },
    {
      purpose: 'troubleshooting',
      model: 'transactional',
      feedback: 'immediate',
      principle:
        'Fixing a problem is a fast loop of questions, answers and checks: IT service is mostly transactional, with both sides listening, clarifying and confirming understanding.',
    },
    {
      purpose: 'service_request',
      model: 'interactive',
      feedback: 'later',
      principle:
        'A standard request needs an answer, not in the same minute: interactive, each message self-contained and saying what happens next and by when.',
    },
    {
      purpose: 'question',
      model: 'interactive',
      feedback: 'later',
      principle:
        'A how-to or information question can be answered in one complete, self-contained message that invites a reply if anything is unclear: interactive.',
    },
    {
      purpose: 'complaint',
      model: 'transactional',
      feedback: 'immediate',
      principle:
        'A complaint is a crucial conversation: the relationship is at stake, so listen, acknowledge the specifics and agree the next step together, live.',
    },
    {
      purpose: 'feedback',
      model: 'interactive',
      feedback: 'later',
      principle:
        'Following up after a resolution confirms satisfaction and gathers feedback; the answer is welcome but optional and may come later: interactive.',
    },
  ],
  rules: [
    {
      id: 'feedback-immediate',
      when: 'an answer is needed at once (`feedback: immediate`)',
      effect: { kind: 'at_least', model: 'transactional' },
      principle:
        'Nothing moves until the other side answers, so use a channel where the answer comes back at once.',
      applies: (s) => s.feedback === 'immediate',
    },
    {
      id: 'feedback-later',
      when: 'an answer is expected later (`feedback: later`)',
      effect: { kind: 'at_least', model: 'interactive' },
      principle:
        'Answers are expected, so a one-way notice is the wrong tool: use a channel people can reply on and say how and by when to reply.',
      applies: (s) => s.feedback === 'later',
    },
    {
      id: 'emotion-high',
      when: 'feelings run high (`emotionalIntensity: high`)',
      effect: { kind: 'at_least', model: 'transactional' },
      principle:
        'Strong feelings make this a crucial conversation: talk in real time to listen, acknowledge the feelings and keep to a shared goal; slow written ping-pong lets frustration grow between messages.',
      applies: (s) => s.emotionalIntensity === 'high',
    },
    {
      id: 'emotion-medium',
      when: 'the person is worried or annoyed (`emotionalIntensity: medium`)',
      effect: { kind: 'at_least', model: 'interactive' },
      principle:
        'A worried or annoyed person needs a way to answer back and a specific acknowledgement, not a broadcast.',
      applies: (s) => s.emotionalIntensity === 'medium',
    },
    {
      id: 'complexity-high',
      when: 'the subject is hard (`complexity: high`) and answers are expected',
      effect: { kind: 'at_least', model: 'transactional' },
      principle:
        'A hard problem needs clarifying questions and checks of understanding; each takes a minute live and a day by e-mail.',
      applies: (s, model) => s.complexity === 'high' && model !== 'linear',
    },
    {
      id: 'urgency-urgent',
      when: 'every hour counts (`urgency: urgent`) and the model so far is interactive',
      effect: { kind: 'at_least', model: 'transactional' },
      principle:
        'When every hour counts, an exchange where each answer takes hours is too slow: move to a live channel.',
      applies: (s, model) => s.urgency === 'urgent' && model === 'interactive',
    },
    {
      id: 'audience-broad',
      when: 'more than 20 people receive it (`audienceSize > 20`)',
      effect: { kind: 'at_most', model: 'linear' },
      principle:
        'One message to many people cannot carry a conversation: broadcast it clearly, then answer individual replies one to one, in their own tickets.',
      applies: (s) => s.audience === 'broad',
    },
    {
      id: 'notice-complex',
      when: 'the model is linear and the subject is not simple (`complexity` medium or high)',
      effect: { kind: 'note' },
      principle:
        'A notice nobody can question must be plain: no jargon, what changes for the reader, and one place to ask.',
      applies: (s, model) => model === 'linear' && s.complexity !== 'low',
    },
    {
      id: 'notice-urgent',
      when: 'the model is linear and `urgency` is high or urgent',
      effect: { kind: 'note' },
      principle:
        'People will keep checking for news: say when the next update comes, and keep to it.',
      applies: (s, model) => model === 'linear' && (s.urgency === 'high' || s.urgency === 'urgent'),
    },
    {
      id: 'notice-emotion',
      when: 'the model is linear and feelings run medium or high',
      effect: { kind: 'note' },
      principle:
        'Readers are upset: acknowledge the impact on them in specific words; a scripted apology reads as insincere.',
      applies: (s, model) => model === 'linear' && s.emotionalIntensity !== 'low',
    },
    {
      id: 'interactive-timeline',
      when: 'the model is interactive and `urgency` is high',
      effect: { kind: 'note' },
      principle:
        'Between messages the customer can only wait: end every message with what happens next and by when.',
      applies: (s, model) => model === 'interactive' && s.urgency === 'high',
    },
  ],
  channels: [
    {
      id: 'linear-incident',
      model: 'linear',
      when: 'purpose is `incident_update`',
      channels: ['status_page', 'broadcast', 'email'],
      principle: 'A status page is where people look during an outage; a broadcast reaches those who do not.',
      applies: (s) => s.purpose === 'incident_update',
    },
    {
      id: 'linear-broad',
      model: 'linear',
      when: 'audience is broad',
      channels: ['broadcast', 'email', 'portal'],
      principle: 'A broadcast reaches everyone once; the portal keeps the notice where people can find it later.',
      applies: (s) => s.audience === 'broad',
    },
    {
      id: 'linear-default',
      model: 'linear',
      when: 'otherwise',
      channels: ['email', 'portal'],
      principle: 'A written notice to a few people, kept where they can find it again.',
      applies: always,
    },
    {
      id: 'interactive-urgent',
      model: 'interactive',
      when: '`urgency` is high or urgent',
      channels: ['email', 'sms', 'portal'],
      principle: 'Written replies, with a short text message to make sure an urgent one is seen.',
      applies: (s) => s.urgency === 'high' || s.urgency === 'urgent',
    },
    {
      id: 'interactive-default',
      model: 'interactive',
      when: 'otherwise',
      channels: ['email', 'portal'],
      principle: 'Written channels where a complete answer can wait for the reader.',
      applies: always,
    },
    {
      id: 'transactional-group',
      model: 'transactional',
      when: 'audience is a group',
      channels: ['phone', 'in_person', 'chat'],
      principle: 'A call or a meeting lets a small group talk it through together.',
      applies: (s) => s.audience === 'group',
    },
    {
      id: 'transactional-emotion',
      model: 'transactional',
      when: 'purpose is `complaint`, or feelings run high',
      channels: ['phone', 'chat', 'in_person'],
      principle: 'A voice carries tone both ways, so you can hear frustration and show you are listening; text hides both.',
      applies: (s) => s.purpose === 'complaint' || s.emotionalIntensity === 'high',
    },
    {
      id: 'transactional-diagnosis',
      model: 'transactional',
      when: 'purpose is `troubleshooting` and `complexity` is medium or high',
      channels: ['remote_session', 'phone', 'chat'],
      principle: 'Seeing the screen together replaces a dozen questions about what is on it.',
      applies: (s) => s.purpose === 'troubleshooting' && s.complexity !== 'low',
    },
    {
      id: 'transactional-default',
      model: 'transactional',
      when: 'otherwise',
      channels: ['chat', 'phone', 'remote_session'],
      principle: 'Chat gives an answer in minutes and keeps a written record; a call when typing gets in the way.',
      applies: always,
    },
  ],
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
