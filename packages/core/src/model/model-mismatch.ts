import { match } from 'ts-pattern';
import type { Channel } from '../ticket/index.js';
import type { ModelAdvice } from './advise-model.js';
import { channelDefaultModel } from './channel-model.js';
import type { CommunicationModel } from './communication-model.js';
import { formatDuration } from './internal/latency.js';
import type { ObservationCore } from './observe-model.js';

/**
 * The ways a conversation can depart from its advised model.
 *
 * - `too_slow`: a live (transactional) exchange was advised, but replies take hours.
 * - `customer_unanswered`: only the customer is writing; nobody has answered.
 * - `no_response`: answers are expected, but only the agent side is writing.
 * - `one_sided`: both sides wrote, but one carries nearly the whole conversation.
 * - `replies_to_notice`: a one-way notice was advised, and a conversation is happening anyway.
 *
 * @example
 * ```ts
 * import type { ModelMismatchKind } from '@rapport/core/model';
 *
 * const kind: ModelMismatchKind = 'too_slow';
 * ```
 * @since 0.1.0
 */
export type ModelMismatchKind =
  | 'too_slow'
  | 'customer_unanswered'
  | 'no_response'
  | 'one_sided'
  | 'replies_to_notice';

/**
 * One departure of an observed conversation from its advised model, with what to do about it.
 *
 * @example
 * ```ts
 * import { observeModel, type ModelMismatch } from '@rapport/core/model';
 *
 * const mismatches: readonly ModelMismatch[] = observeModel(
 *   [{ createdAt: '2024-05-02T08:00:00Z', direction: 'inbound' }],
 *   { advice: 'interactive' },
 * ).mismatches;
 * console.log(mismatches[0]?.kind); // 'customer_unanswered'
 * ```
 * @since 0.1.0
 */
export interface ModelMismatch {
  /** What kind of departure this is. */
  readonly kind: ModelMismatchKind;
  /** `warning` when the customer is likely to suffer from it, `info` otherwise. */
  readonly severity: 'warning' | 'info';
  /** The advised model. */
  readonly advised: CommunicationModel;
  /** The observed model. */
  readonly observed: CommunicationModel;
  /** What is happening, with the figures behind it. */
  readonly message: string;
  /** What to do about it. */
  readonly suggestion: string;
  /** Channels that would fit the advised model better, best first (may be empty). */
  readonly channels: readonly Channel[];
}

/** Compares an observation with the advice; an empty list when they agree or nothing was seen. */
export function findModelMismatches(
  observation: ObservationCore,
  advice: ModelAdvice | CommunicationModel,
): ModelMismatch[] {
  const observed = observation.model;
  if (observed === null) return [];
  const advised = typeof advice === 'string' ? advice : advice.model;
  const adviceChannels = typeof advice === 'string' ? [] : advice.channels;
  const { messages, latency } = observation;

  if (advised === 'linear') {
    if (observed === 'linear') return [];
    const replies = messages.customer;
    return [
      {
        kind: 'replies_to_notice',
        severity: 'info',
        advised,
        observed,
        message: `A one-way notice was advised, but a conversation is under way: ${plural(replies, 'message')} from the customer side and ${observation.exchanges} ${observation.exchanges === 1 ? 'exchange' : 'exchanges'}.`,
        suggestion:
          'Answer each person one to one, in their own ticket, and put the questions that keep coming back into the next update.',
        channels: [],
      },
    ];
  }

  if (observed === 'linear') {
    if (messages.agent === 0) {
      return [
        {
          kind: 'customer_unanswered',
          severity: 'warning',
          advised,
          observed,
          message: `The customer has written ${plural(messages.customer, 'message')} and nobody has answered.`,
          suggestion: 'Answer now, and say what happens next and by when.',
          channels: preferred(adviceChannels, advised),
        },
      ];
    }
    if (messages.customer === 0) {
      const channels = preferred(adviceChannels, advised);
      return [
        {
          kind: 'no_response',
          severity: 'info',
          advised,
          observed,
          message: `${plural(messages.agent, 'message')} went to the customer and none was answered, but this situation expects answers.`,
          suggestion: `Ask one clear question and say how and by when to answer${channels[0] === undefined ? '' : `, or reach them by ${describeChannel(channels[0])}`}.`,
          channels,
        },
      ];
    }
    return [
      {
        kind: 'one_sided',
        severity: 'info',
        advised,
        observed,
        message: `One side carries the conversation: ${plural(messages.agent, 'message')} from the agent side, ${plural(messages.customer, 'message')} from the customer.`,
        suggestion:
          messages.agent > messages.customer
            ? 'Check the customer is still with you: ask a direct question and wait for the answer before writing again.'
            : 'The customer keeps writing between answers: reply to each point, and say when you will write next.',
        channels: preferred(adviceChannels, advised),
      },
    ];
  }

  if (advised === 'transactional' && observed === 'interactive') {
    const channels = preferred(adviceChannels, 'transactional');
    const figures = [
      latency.agent ? `the agent side answers in ${formatDuration(latency.agent.medianMs)}` : null,
      latency.customer ? `the customer in ${formatDuration(latency.customer.medianMs)}` : null,
    ].filter((part): part is string => part !== null);
    const offer = channels.slice(0, 2).map(describeChannel);
    return [
      {
        kind: 'too_slow',
        severity: 'warning',
        advised,
        observed,
        message: `This situation needs a live conversation, but it runs as slow written ping-pong: ${figures.join(', ')} (medians, over ${plural(observation.exchanges, 'exchange')}).`,
        suggestion: `Offer ${offer.length === 0 ? 'a live conversation' : offer.join(' or ')} to settle it in minutes, then confirm the outcome in writing.`,
        channels,
      },
    ];
  }
  return [];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The advice's channels that carry `model` by default, or a sensible default for the model. */
function preferred(channels: readonly Channel[], model: CommunicationModel): Channel[] {
  const fitting = channels.filter((channel) => channelDefaultModel(channel) === model);
  if (fitting.length > 0) return fitting;
  return match(model)
    .returnType<Channel[]>()
    .with('transactional', () => ['phone', 'chat'])
    .with('interactive', () => ['email', 'portal'])
    .with('linear', () => [])
    .exhaustive();
}

function describeChannel(channel: Channel): string {
  return match(channel)
    .with('phone', () => 'a phone call')
    .with('chat', () => 'a chat')
    .with('in_person', () => 'an in-person meeting')
    .with('remote_session', () => 'a remote session')
    .with('email', () => 'e-mail')
    .with('portal', () => 'the portal')
    .with('sms', () => 'a text message')
    .with('social', () => 'social media')
    .with('status_page', () => 'the status page')
    .with('broadcast', () => 'a broadcast')
    .with('api', () => 'the API')
    .with('other', () => 'another channel')
    .exhaustive();
}
