import { match } from 'ts-pattern';
import { parseOrThrow } from '../internal/parse.js';
import type { Channel } from '../ticket/index.js';
import {
  describeCommunicationModel,
  modelRank,
  type CommunicationModel,
} from './communication-model.js';
import { modelAdviceTable } from './model-advice-table.js';
import {
  audienceBand,
  modelSituationSchema,
  type ModelSituation,
  type ResolvedModelSituation,
} from './model-situation.js';

/**
 * One step of the reasoning behind a {@link ModelAdvice}: which row of the advice table applied,
 * what it did, and why.
 *
 * @example
 * ```ts
 * import { adviseModel, type ModelAdviceReason } from '@rapport/core/model';
 *
 * const reasons: readonly ModelAdviceReason[] = adviseModel({ purpose: 'question' }).reasons;
 * console.log(reasons[0]?.source); // 'purpose:question'
 * ```
 * @since 0.1.0
 */
export interface ModelAdviceReason {
  /**
   * The table row: `purpose:<purpose>` for the starting row, a rule id (`emotion-high`) for an
   * adjustment, `channels:<row id>` for the channel choice.
   */
  readonly source: string;
  /**
   * What the row did: `start` (the purpose row), `raised` or `lowered` (the model changed),
   * `confirmed` (a rule applied but the model already satisfied it), `note` (advice only), or
   * `channels` (the channel choice).
   */
  readonly outcome: 'start' | 'raised' | 'lowered' | 'confirmed' | 'note' | 'channels';
  /** The model after this step. */
  readonly model: CommunicationModel;
  /** The principle, in words an agent can read. */
  readonly text: string;
}

/**
 * The recommendation of {@link adviseModel}.
 *
 * @example
 * ```ts
 * import { adviseModel, type ModelAdvice } from '@rapport/core/model';
 *
 * const advice: ModelAdvice = adviseModel({ purpose: 'announcement', audienceSize: 300 });
 * console.log(advice.model, advice.channels[0]); // 'linear' 'broadcast'
 * ```
 * @since 0.1.0
 */
export interface ModelAdvice {
  /** The recommended communication model. */
  readonly model: CommunicationModel;
  /** Suitable channels for that model and situation, best first. */
  readonly channels: readonly Channel[];
  /** The situation with every default filled in. */
  readonly situation: ResolvedModelSituation;
  /** Every table row that applied, in order, each with its principle. */
  readonly reasons: readonly ModelAdviceReason[];
  /** What communication in the recommended model must do well (see {@link describeCommunicationModel}). */
  readonly practices: readonly string[];
  /** The whole reasoning as one paragraph a person can read. */
  readonly rationale: string;
}

/**
 * Recommends a communication model and channels for a situation, with the reasons.
 *
 * Use it before writing: when a ticket comes in, when an incident starts, when a team plans a
 * notice, or in a bot deciding whether to answer by e-mail or offer a call.
 *
 * The advice is deterministic and table-driven (see {@link modelAdviceTable}): the purpose gives
 * a starting model and the usual need for feedback; adjustment rules then run top to bottom
 * (feedback needed at once, strong feelings, complexity, urgency raise the model; an audience of
 * more than 20 caps it at linear); finally the first matching channel row picks the channels.
 * Every row that applied is listed in `reasons` with its principle, and `rationale` joins them
 * into one paragraph. Throws a `RapportError` with code `INVALID_SITUATION` and the path of the
 * bad field when the situation does not match {@link modelSituationSchema}.
 *
 * @example
 * ```ts
 * import { adviseModel } from '@rapport/core/model';
 *
 * const advice = adviseModel({
 *   purpose: 'troubleshooting',
 *   emotionalIntensity: 'high',
 *   complexity: 'high',
 * });
 * console.log(advice.model); // 'transactional'
 * console.log(advice.channels); // ['phone', 'chat', 'in_person']
 * console.log(advice.rationale);
 * ```
 * @since 0.1.0
 */
export function adviseModel(situation: ModelSituation): ModelAdvice {
  const parsed = parseOrThrow(modelSituationSchema, situation, 'INVALID_SITUATION', 'situation');
  const row = modelAdviceTable.purposes.find((candidate) => candidate.purpose === parsed.purpose);
  /* c8 ignore next -- the table has a row for every purpose the schema accepts (tested). */
  if (row === undefined) throw new Error(`No advice row for purpose ${parsed.purpose}`);

  const resolved: ResolvedModelSituation = {
    purpose: parsed.purpose,
    audienceSize: parsed.audienceSize,
    audience: audienceBand(parsed.audienceSize),
    urgency: parsed.urgency,
    emotionalIntensity: parsed.emotionalIntensity,
    complexity: parsed.complexity,
    feedback: parsed.feedback ?? row.feedback,
  };

  let model = row.model;
  const reasons: ModelAdviceReason[] = [
    { source: `purpose:${row.purpose}`, outcome: 'start', model, text: row.principle },
  ];

  for (const rule of modelAdviceTable.rules) {
    if (!rule.applies(resolved, model)) continue;
    const before = model;
    const outcome = match(rule.effect)
      .returnType<ModelAdviceReason['outcome']>()
      .with({ kind: 'at_least' }, (effect) => {
        if (modelRank(model) >= modelRank(effect.model)) return 'confirmed';
        model = effect.model;
        return 'raised';
      })
      .with({ kind: 'at_most' }, (effect) => {
        if (modelRank(model) <= modelRank(effect.model)) return 'confirmed';
        model = effect.model;
        return 'lowered';
      })
      .with({ kind: 'note' }, () => 'note')
      .exhaustive();
    const text =
      outcome === 'raised' || outcome === 'lowered'
        ? `${capitalize(outcome)} from ${before} to ${model}: ${rule.principle.charAt(0).toLowerCase()}${rule.principle.slice(1)}`
        : rule.principle;
    reasons.push({ source: rule.id, outcome, model, text });
  }

  const channelRow = modelAdviceTable.channels.find(
    (candidate) => candidate.model === model && candidate.applies(resolved),
  );
  /* c8 ignore next -- every model ends with an unconditional row (tested). */
  if (channelRow === undefined) throw new Error(`No channel row for model ${model}`);
  reasons.push({
    source: `channels:${channelRow.id}`,
    outcome: 'channels',
    model,
    text: `${listChannels(channelRow.channels)}: ${channelRow.principle}`,
  });

  const rationale = [
    `${capitalize(model)}, on ${listChannels(channelRow.channels)}.`,
    ...reasons.filter((reason) => reason.outcome !== 'channels').map((reason) => reason.text),
    channelRow.principle,
  ].join(' ');

  return {
    model,
    channels: channelRow.channels,
    situation: resolved,
    reasons,
    practices: describeCommunicationModel(model).practices,
    rationale,
  };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function listChannels(channels: readonly Channel[]): string {
  const words = channels.map((channel) => channel.replace('_', ' '));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}
