import { z } from 'zod';
import { match } from 'ts-pattern';

/**
 * The three communication models, from one-way to fully two-way.
 *
 * Use it to validate a model name at a boundary (a configuration file, a CLI flag).
 *
 * - `linear`: one-way, no feedback expected (announcements, policies, outage broadcasts).
 * - `interactive`: feedback expected, but delayed and optional (email, ticket portal, social).
 * - `transactional`: rapid, reciprocal feedback (chat, phone, in person, remote session).
 *
 * The order of the options is meaningful: each model expects faster feedback than the one before.
 *
 * @example
 * ```ts
 * import { communicationModelSchema } from '@rapport/core/model';
 *
 * communicationModelSchema.parse('transactional'); // 'transactional'
 * communicationModelSchema.options; // ['linear', 'interactive', 'transactional']
 * ```
 * @since 0.1.0
 */
export const communicationModelSchema = z.enum(['linear', 'interactive', 'transactional']);

/**
 * A communication model name, inferred from {@link communicationModelSchema}.
 *
 * @example
 * ```ts
 * import type { CommunicationModel } from '@rapport/core/model';
 *
 * const model: CommunicationModel = 'interactive';
 * ```
 * @since 0.1.0
 */
export type CommunicationModel = z.infer<typeof communicationModelSchema>;

/**
 * How fast feedback comes back in a model: `none` (linear), `delayed` (interactive, and optional)
 * or `immediate` (transactional).
 *
 * @example
 * ```ts
 * import type { FeedbackTiming } from '@rapport/core/model';
 *
 * const timing: FeedbackTiming = 'delayed';
 * ```
 * @since 0.1.0
 */
export type FeedbackTiming = 'none' | 'delayed' | 'immediate';

/**
 * What a communication model is and what good communication in it looks like, as returned by
 * {@link describeCommunicationModel}.
 *
 * @example
 * ```ts
 * import { describeCommunicationModel, type CommunicationModelProfile } from '@rapport/core/model';
 *
 * const profile: CommunicationModelProfile = describeCommunicationModel('linear');
 * ```
 * @since 0.1.0
 */
export interface CommunicationModelProfile {
  /** The model described. */
  readonly model: CommunicationModel;
  /** How fast feedback comes back. */
  readonly feedback: FeedbackTiming;
  /** One sentence saying what the model is. */
  readonly summary: string;
  /** What a message or conversation in this model must do well, most important first. */
  readonly practices: readonly string[];
}

/**
 * Describes a communication model: how fast feedback comes back, a one-sentence summary and the
 * practices that make communication in that model work.
 *
 * Use it to show an agent why a model was chosen and what it asks of them, next to
 * {@link adviseModel}'s recommendation.
 *
 * The texts are plain English written for agents; they are stable within a minor version.
 *
 * @example
 * ```ts
 * import { describeCommunicationModel } from '@rapport/core/model';
 *
 * const { feedback, practices } = describeCommunicationModel('interactive');
 * console.log(feedback); // 'delayed'
 * console.log(practices[0]); // 'Make every message self-contained: …'
 * ```
 * @since 0.1.0
 */
export function describeCommunicationModel(model: CommunicationModel): CommunicationModelProfile {
  return match(model)
    .with('linear', () => LINEAR)
    .with('interactive', () => INTERACTIVE)
    .with('transactional', () => TRANSACTIONAL)
    .exhaustive();
}

const LINEAR: CommunicationModelProfile = Object.freeze({
  model: 'linear',
  feedback: 'none',
  summary: 'One-way: the message goes out and no answer is expected.',
  practices: Object.freeze([
    'Be clear and direct: one reading only, no room for guesswork.',
    'Say what it means for the reader and what, if anything, they must do.',
    'Say where questions go, since this message is not the place for a conversation.',
  ]),
});

const INTERACTIVE: CommunicationModelProfile = Object.freeze({
  model: 'interactive',
  feedback: 'delayed',
  summary: 'Two-way but delayed: answers are expected, later and possibly not at all.',
  practices: Object.freeze([
    'Make every message self-contained: the reader should not need the earlier ones.',
    'Say how to respond and by when, and when you will write next.',
    'Ask all the questions you need in one message, so one reply is enough.',
  ]),
});

const TRANSACTIONAL: CommunicationModelProfile = Object.freeze({
  model: 'transactional',
  feedback: 'immediate',
  summary: 'Rapid and reciprocal: both sides listen and answer each other in real time.',
  practices: Object.freeze([
    'Listen actively: let the person finish, then paraphrase what you heard.',
    'Take turns: ask one clarifying question at a time and wait for the answer.',
    'Check understanding before you act, and again before you close.',
  ]),
});

/** Position of a model on the feedback scale: linear 0, interactive 1, transactional 2. */
export function modelRank(model: CommunicationModel): number {
  return match(model)
    .with('linear', () => 0)
    .with('interactive', () => 1)
    .with('transactional', () => 2)
    .exhaustive();
}
