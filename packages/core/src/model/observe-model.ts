import { z } from 'zod';
import { match } from 'ts-pattern';
import { parseOrThrow } from '../internal/parse.js';
import {
  channelSchema,
  messageDirectionSchema,
  messageVisibilitySchema,
  partyKindSchema,
  type Channel,
} from '../ticket/index.js';
import { isoTimestampSchema } from '../ticket/internal/timestamp.js';
import type { ModelAdvice } from './advise-model.js';
import { channelDefaultModel } from './channel-model.js';
import type { CommunicationModel } from './communication-model.js';
import { formatDuration, summarizeLatencies } from './internal/latency.js';
import { findModelMismatches, type ModelMismatch } from './model-mismatch.js';

/**
 * The fields of a message that {@link observeModel} reads. A ticket `Message` from
 * `@rapport/core/ticket` has all of them; other shapes work as long as they carry a timestamp and
 * an author kind or a direction.
 *
 * Use it to validate messages from your own store before observing them.
 *
 * The side of a message comes from `author.kind` (`requester` is the customer; `agent` and `bot`
 * speak for the service desk; `system` messages are skipped), or from `direction` when there is no
 * author. Internal notes (`visibility: 'internal'`) are skipped: the customer never saw them.
 *
 * @example
 * ```ts
 * import { observableMessageSchema } from '@rapport/core/model';
 *
 * observableMessageSchema.parse({ createdAt: '2024-05-02T08:12:00Z', direction: 'inbound' });
 * ```
 * @since 0.1.0
 */
export const observableMessageSchema = z
  .object({
    /** Identifier, quoted in nothing but kept for your own mapping. */
    id: z.string().optional(),
    /** When the message was written (ISO 8601 with offset, or a valid `Date`). */
    createdAt: z.union([isoTimestampSchema, z.date()]),
    /** Who wrote it; only `kind` is read. */
    author: z
      .object({
        /** What kind of party wrote it: `requester`, `agent`, `bot` or `system`. */
        kind: partyKindSchema,
      })
      .optional(),
    /** Inbound (customer side) or outbound (service side), used when there is no author. */
    direction: messageDirectionSchema.optional(),
    /** `internal` notes are skipped. */
    visibility: messageVisibilitySchema.optional(),
    /** The channel it travelled on. */
    channel: channelSchema.optional(),
  })
  .refine((message) => message.author !== undefined || message.direction !== undefined, {
    message: 'A message needs an author or a direction to tell whose side it is on',
    path: ['author'],
  });

/**
 * A message as {@link observeModel} reads it (a ticket `Message` qualifies).
 *
 * @example
 * ```ts
 * import type { ObservableMessage } from '@rapport/core/model';
 *
 * const message: ObservableMessage = { createdAt: new Date('2024-05-02T08:12:00Z'), author: { kind: 'agent' } };
 * ```
 * @since 0.1.0
 */
export type ObservableMessage = z.input<typeof observableMessageSchema>;

/**
 * What {@link observeModel} accepts: a list of messages, or anything with a `messages` list (a
 * ticket from `@rapport/core/ticket`).
 *
 * @example
 * ```ts
 * import type { ObservableThread } from '@rapport/core/model';
 *
 * const thread: ObservableThread = { messages: [{ createdAt: '2024-05-02T08:12:00Z', direction: 'inbound' }] };
 * ```
 * @since 0.1.0
 */
export type ObservableThread =
  | readonly ObservableMessage[]
  | {
      /** The messages, in any order (they are sorted by time). */
      readonly messages: readonly ObservableMessage[];
    };

/**
 * The two sides of a service conversation: the `customer` (requester side) and the `agent`
 * (service side, bots included).
 *
 * @example
 * ```ts
 * import type { ConversationSide } from '@rapport/core/model';
 *
 * const side: ConversationSide = 'customer';
 * ```
 * @since 0.1.0
 */
export type ConversationSide = 'customer' | 'agent';

/**
 * Response times of one side: how long it took to answer the other side's last message.
 *
 * @example
 * ```ts
 * import type { ResponseLatency } from '@rapport/core/model';
 *
 * const minutes = (latency: ResponseLatency) => latency.medianMs / 60_000;
 * ```
 * @since 0.1.0
 */
export interface ResponseLatency {
  /** How many responses were measured. */
  readonly count: number;
  /** Median response time in milliseconds (interpolated for an even count). */
  readonly medianMs: number;
  /** 90th percentile response time in milliseconds (linear interpolation between ranks). */
  readonly p90Ms: number;
  /** Fastest response in milliseconds. */
  readonly minMs: number;
  /** Slowest response in milliseconds. */
  readonly maxMs: number;
}

/**
 * Options of {@link observeModel}.
 *
 * @example
 * ```ts
 * import type { ObserveModelOptions } from '@rapport/core/model';
 *
 * const options: ObserveModelOptions = { advice: 'transactional', now: '2024-05-03T09:00:00Z' };
 * ```
 * @since 0.1.0
 */
export interface ObserveModelOptions {
  /**
   * The model the conversation should use: the result of `adviseModel`, or a model name. When
   * given, {@link ModelObservation.mismatches} compares the two.
   */
  readonly advice?: ModelAdvice | CommunicationModel;
  /**
   * Observe the thread as it stood at this instant: later messages are ignored, and
   * {@link ModelObservation.waiting} says who has been waiting since when. Pass the ticket's own
   * clock (its last event) for a reproducible result; omit it to skip `waiting`.
   */
  readonly now?: string | Date;
}

/**
 * Who the conversation is waiting on at `now`, and for how long.
 *
 * @example
 * ```ts
 * import type { ConversationWait } from '@rapport/core/model';
 *
 * const wait: ConversationWait = { on: 'customer', sinceMs: 3 * 86_400_000 };
 * ```
 * @since 0.1.0
 */
export interface ConversationWait {
  /** The side expected to write next (the other side wrote last). */
  readonly on: ConversationSide;
  /** Milliseconds since the last message. */
  readonly sinceMs: number;
}

/**
 * The result of {@link observeModel}: the model a conversation actually uses, the evidence, and
 * the mismatches with the advised model.
 *
 * @example
 * ```ts
 * import { observeModel, type ModelObservation } from '@rapport/core/model';
 *
 * const observation: ModelObservation = observeModel([]);
 * console.log(observation.model); // null: nothing to observe
 * ```
 * @since 0.1.0
 */
export interface ModelObservation {
  /** The observed model, or `null` when there is no public message from either side. */
  readonly model: CommunicationModel | null;
  /** How sure the classification is, in [0, 1] (two decimals); 0 when `model` is `null`. */
  readonly confidence: number;
  /** Public messages from each side that were observed. */
  readonly messages: {
    /** Messages from the customer side. */
    readonly customer: number;
    /** Messages from the agent side (bots included). */
    readonly agent: number;
  };
  /** Runs of consecutive messages from one side. */
  readonly turns: number;
  /** How many times the speaking side changed, i.e. how many responses were measured. */
  readonly exchanges: number;
  /** Response times by responding side, and over both; `null` for a side that never responded. */
  readonly latency: {
    /** How fast the agent side answered the customer. */
    readonly agent: ResponseLatency | null;
    /** How fast the customer answered the agent side. */
    readonly customer: ResponseLatency | null;
    /** Every response, both sides. */
    readonly all: ResponseLatency | null;
  };
  /**
   * The pace of the conversation: the slower side's median response time, in milliseconds
   * (`null` without responses). A conversation is only as fast as its slower side.
   */
  readonly paceMs: number | null;
  /**
   * How evenly both sides take part, in [0, 1]: the quieter side's message count over the busier
   * side's. 0 when only one side writes (a broadcast), 1 when both write as much.
   */
  readonly reciprocity: number;
  /**
   * How regularly the sides take turns, in [0, 1]: the share of messages answered by the other
   * side before their author wrote again (speaker changes over message pairs). 1 for strict
   * back-and-forth, low when one side sends bursts.
   */
  readonly alternation: number;
  /** The channel most messages used (the latest on a tie), or `null` when none is known. */
  readonly channel: Channel | null;
  /** The default model of {@link ModelObservation.channel}, or `null`. */
  readonly channelModel: CommunicationModel | null;
  /** Who has been waiting since the last message; `null` without `options.now` or messages. */
  readonly waiting: ConversationWait | null;
  /** The advised model the observation was compared with, or `null` when none was given. */
  readonly advised: CommunicationModel | null;
  /** Where the conversation departs from the advised model, most serious first. */
  readonly mismatches: readonly ModelMismatch[];
  /** The observation in one or two sentences a person can read. */
  readonly summary: string;
}

/** Longest pace (slower side's median response time) that still counts as transactional. */
const TRANSACTIONAL_PACE_MS = 15 * 60 * 1000;
/** Below this reciprocity, a thread with a busy side of at least LINEAR_MIN_MESSAGES is linear. */
const LINEAR_RECIPROCITY = 0.25;
const LINEAR_MIN_MESSAGES = 4;

interface SideMessage {
  readonly side: ConversationSide;
  readonly at: number;
  readonly channel: Channel | undefined;
  readonly index: number;
}

const arraySchema = z.array(observableMessageSchema);
const objectSchema = z.object({ messages: arraySchema });

/**
 * Tells which communication model a conversation actually uses, from its messages' authors and
 * timestamps, and where that departs from the advised model.
 *
 * Use it on a ticket's messages to see whether a conversation that needs a live exchange is stuck
 * in slow e-mail ping-pong, whether a notice is drawing replies nobody planned for, or whether a
 * customer's messages go unanswered; pass `adviseModel`'s result as `options.advice` to get the
 * mismatches with a suggestion.
 *
 * Public messages are sorted by time and grouped into turns (runs of one side). Each change of
 * side is a response whose latency runs from the last message of one turn to the first of the
 * next. Classification: **linear** when only one side writes, or when reciprocity is below 0.25
 * with at least 4 messages on the busy side; otherwise **transactional** when the pace (the
 * slower side's median response time) is at most 15 minutes, else **interactive**. Confidence
 * grows with the number of responses and with the distance of the pace from the 15-minute line
 * (full at ten times or a tenth of it). Deterministic; the wall clock is never read. Throws a
 * `RapportError` with code `INVALID_THREAD` and the path of the bad field when a message is
 * malformed.
 *
 * @example
 * ```ts
 * import { adviseModel, observeModel } from '@rapport/core/model';
 *
 * const at = (hour: number, minute = 0) => new Date(Date.UTC(2024, 4, 2, hour, minute));
 * const observation = observeModel(
 *   [
 *     { createdAt: at(8, 0), author: { kind: 'requester' } },
 *     { createdAt: at(13, 0), author: { kind: 'agent' } },
 *     { createdAt: at(13, 5), author: { kind: 'requester' } },
 *     { createdAt: at(18, 30), author: { kind: 'agent' } },
 *   ],
 *   { advice: adviseModel({ purpose: 'complaint', emotionalIntensity: 'high' }) },
 * );
 * console.log(observation.model); // 'interactive'
 * console.log(observation.mismatches[0]?.suggestion); // 'Offer a phone call or in-person …'
 * ```
 * @since 0.1.0
 */
export function observeModel(
  thread: ObservableThread,
  options: ObserveModelOptions = {},
): ModelObservation {
  const parsed = Array.isArray(thread)
    ? parseOrThrow(arraySchema, thread, 'INVALID_THREAD', 'thread')
    : parseOrThrow(objectSchema, thread, 'INVALID_THREAD', 'thread').messages;
  const now = options.now === undefined ? undefined : parseNow(options.now);

  const messages: SideMessage[] = [];
  parsed.forEach((message, index) => {
    if (message.visibility === 'internal') return;
    const side = sideOf(message);
    if (side === null) return;
    const at = message.createdAt instanceof Date ? message.createdAt.getTime() : Date.parse(message.createdAt);
    if (now !== undefined && at > now) return;
    messages.push({ side, at, channel: message.channel, index });
  });
  messages.sort((a, b) => a.at - b.at || a.index - b.index);

  const counts = { customer: 0, agent: 0 };
  for (const message of messages) counts[message.side] += 1;

  const agentLatencies: number[] = [];
  const customerLatencies: number[] = [];
  let turns = messages.length === 0 ? 0 : 1;
  for (let i = 1; i < messages.length; i++) {
    const previous = messages[i - 1];
    const current = messages[i];
    if (previous === undefined || current === undefined || previous.side === current.side) continue;
    turns += 1;
    (current.side === 'agent' ? agentLatencies : customerLatencies).push(current.at - previous.at);
  }
  const exchanges = turns === 0 ? 0 : turns - 1;

  const agent = summarizeLatencies(agentLatencies);
  const customer = summarizeLatencies(customerLatencies);
  const all = summarizeLatencies([...agentLatencies, ...customerLatencies]);
  const paceMs =
    agent === null && customer === null
      ? null
      : Math.max(agent?.medianMs ?? 0, customer?.medianMs ?? 0);

  const busiest = Math.max(counts.customer, counts.agent);
  const quietest = Math.min(counts.customer, counts.agent);
  const reciprocity = busiest === 0 ? 0 : quietest / busiest;
  const alternation = messages.length < 2 ? 0 : exchanges / (messages.length - 1);

  const { model, confidence } = classify(messages.length, busiest, exchanges, reciprocity, paceMs);

  const channel = dominantChannel(messages);
  const last = messages.at(-1);
  const waiting: ConversationWait | null =
    now === undefined || last === undefined
      ? null
      : { on: last.side === 'agent' ? 'customer' : 'agent', sinceMs: now - last.at };

  const observationCore = {
    model,
    confidence,
    messages: counts,
    turns,
    exchanges,
    latency: { agent, customer, all },
    paceMs,
    reciprocity: round2(reciprocity),
    alternation: round2(alternation),
    channel,
    channelModel: channel === null ? null : channelDefaultModel(channel),
    waiting,
  };

  const advice = options.advice;
  const advised = advice === undefined ? null : typeof advice === 'string' ? advice : advice.model;
  const mismatches =
    advice === undefined ? [] : findModelMismatches(observationCore, advice);

  return {
    ...observationCore,
    advised,
    mismatches,
    summary: summarize(observationCore),
  };
}

const instantSchema = z.union([isoTimestampSchema, z.date()]);

/** Epoch milliseconds of `now`; an offset-less or unparsable string is an error, not a local time. */
function parseNow(now: string | Date): number {
  const parsed = parseOrThrow(instantSchema, now, 'INVALID_THREAD', 'observation time');
  return parsed instanceof Date ? parsed.getTime() : Date.parse(parsed);
}

function sideOf(message: z.output<typeof observableMessageSchema>): ConversationSide | null {
  if (message.author !== undefined) {
    return match(message.author.kind)
      .returnType<ConversationSide | null>()
      .with('requester', () => 'customer')
      .with('agent', 'bot', () => 'agent')
      .with('system', () => null)
      .exhaustive();
  }
  return message.direction === 'outbound' ? 'agent' : 'customer';
}

function classify(
  total: number,
  busiest: number,
  exchanges: number,
  reciprocity: number,
  paceMs: number | null,
): { model: CommunicationModel | null; confidence: number } {
  if (total === 0) return { model: null, confidence: 0 };
  if (exchanges === 0 || paceMs === null) {
    return { model: 'linear', confidence: round2(1 - 0.5 ** busiest) };
  }
  if (reciprocity < LINEAR_RECIPROCITY && busiest >= LINEAR_MIN_MESSAGES) {
    const oneSidedness = 1 - reciprocity / LINEAR_RECIPROCITY;
    return { model: 'linear', confidence: round2((1 - 0.5 ** busiest) * (0.5 + 0.5 * oneSidedness)) };
  }
  const sample = 1 - 0.5 ** (exchanges + 1);
  const margin = Math.min(1, Math.abs(Math.log10(paceMs / TRANSACTIONAL_PACE_MS)));
  const confidence = round2(sample * (0.5 + 0.5 * margin));
  return paceMs <= TRANSACTIONAL_PACE_MS
    ? { model: 'transactional', confidence }
    : { model: 'interactive', confidence };
}

function dominantChannel(messages: readonly SideMessage[]): Channel | null {
  const counts = new Map<Channel, number>();
  let best: Channel | null = null;
  let bestCount = 0;
  for (const message of messages) {
    if (message.channel === undefined) continue;
    const count = (counts.get(message.channel) ?? 0) + 1;
    counts.set(message.channel, count);
    if (count >= bestCount) {
      best = message.channel;
      bestCount = count;
    }
  }
  return best;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The parts of an observation the summary and the mismatch finder read. */
export interface ObservationCore {
  readonly model: CommunicationModel | null;
  readonly confidence: number;
  readonly messages: { readonly customer: number; readonly agent: number };
  readonly turns: number;
  readonly exchanges: number;
  readonly latency: ModelObservation['latency'];
  readonly paceMs: number | null;
  readonly reciprocity: number;
  readonly alternation: number;
  readonly channel: Channel | null;
  readonly channelModel: CommunicationModel | null;
  readonly waiting: ConversationWait | null;
}

function summarize(observation: ObservationCore): string {
  const { model, messages, latency } = observation;
  if (model === null) return 'No public message from either side yet: nothing to observe.';
  const total = messages.customer + messages.agent;
  const head = `${model[0]?.toUpperCase() ?? ''}${model.slice(1)} (confidence ${observation.confidence.toFixed(2)})`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [`${plural(total, 'message')} in ${plural(observation.turns, 'turn')}`];
  if (observation.exchanges === 0) {
    const side = messages.agent > 0 ? 'the agent side' : 'the customer';
    parts.push(`only ${side} wrote`);
  } else {
    if (latency.agent) parts.push(`the agent answers in ${formatDuration(latency.agent.medianMs)} (median)`);
    if (latency.customer) parts.push(`the customer in ${formatDuration(latency.customer.medianMs)}`);
  }
  return `${head}: ${parts.join('; ')}.`;
}
