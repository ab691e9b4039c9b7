import { match } from 'ts-pattern';
import type { Channel } from '../ticket/index.js';
import type { CommunicationModel } from './communication-model.js';

/**
 * The communication model a channel carries by default.
 *
 * Use it to tell what a conversation on a channel is *built for* before any message is sent: a
 * status page cannot take answers, an e-mail invites an answer some hours later, a phone call
 * gets one in seconds. {@link observeModel} tells what a conversation actually does.
 *
 * - `linear`: `status_page`, `broadcast` (one to many, no way to answer in the channel).
 * - `interactive`: `email`, `portal`, `social`, `sms`, `api`, and `other` (a channel Rapport
 *   cannot name is assumed to allow replies without promising speed).
 * - `transactional`: `chat`, `phone`, `in_person`, `remote_session`.
 *
 * A default, not a rule: a chat that gets one answer a day behaves interactively, and
 * {@link observeModel} will say so.
 *
 * @example
 * ```ts
 * import { channelDefaultModel } from '@rapport/core/model';
 *
 * channelDefaultModel('status_page'); // 'linear'
 * channelDefaultModel('email'); // 'interactive'
 * channelDefaultModel('remote_session'); // 'transactional'
 * ```
 * @since 0.1.0
 */
export function channelDefaultModel(channel: Channel): CommunicationModel {
  return match(channel)
    .returnType<CommunicationModel>()
    .with('status_page', 'broadcast', () => 'linear')
    .with('email', 'portal', 'social', 'sms', 'api', 'other', () => 'interactive')
    .with('chat', 'phone', 'in_person', 'remote_session', () => 'transactional')
    .exhaustive();
}
