import { atLeast, boolean, int, withDefault } from '../../config/schema-kit.js';
import type { Channel } from '../../../ticket/channel.js';
import type { RuleContext } from '../../types.js';

/**
 * The channels whose default communication model is `transactional` (see `channelDefaultModel`
 * in `@rapport/core/model`): a reply is expected within seconds, so greetings and closing offers
 * are not expected. Listed here rather than calling `channelDefaultModel`, which branches with
 * ts-pattern: that would put ts-pattern (about 5 kB minified) into every browser bundle of
 * `@rapport/core/analyze` for one look-up. `transactional-channel.test.ts` checks it against
 * `channelDefaultModel` for every channel.
 */
const TRANSACTIONAL: ReadonlySet<Channel> = new Set<Channel>(['chat', 'phone', 'in_person', 'remote_session']);

/** Whether messages on `channel` are transactional by default (chat, phone, in person, remote session). */
export function isTransactionalChannel(channel: Channel | undefined): boolean {
  return TRANSACTIONAL.has(channel as Channel);
}

/**
 * The channels whose default model is `linear` (status page, broadcast): one notice to many
 * readers, with no one to greet by name and no reply expected. Checked against
 * `channelDefaultModel` by the same test.
 */
const LINEAR: ReadonlySet<Channel> = new Set<Channel>(['status_page', 'broadcast']);

/** Whether messages on `channel` are one-way broadcasts by default (status page, broadcast). */
export function isLinearChannel(channel: Channel | undefined): boolean {
  return LINEAR.has(channel as Channel);
}

/**
 * The options every greeting or closing rule shares, read by {@link skipsCourtesy}; each rule
 * spreads them into its own options object.
 */
export const courtesyOptions = {
  /** Messages with fewer words are follow-up turns that need no greeting or closing (default 12). */
  minWords: withDefault(int().check(atLeast(0)), 12),
  /**
   * Also check messages on transactional channels (chat, phone, remote session), where greeting
   * and closing belong to one turn of the conversation, not to each message (default `false`).
   */
  transactional: withDefault(boolean(), false),
};

/**
 * Whether a greeting or closing rule (options `minWords` and `transactional`) skips the message:
 * a follow-up turn shorter than `minWords` words, a message on a transactional channel unless
 * `transactional` is set, or a one-way notice on a linear channel.
 */
export function skipsCourtesy(ctx: RuleContext<string, { readonly minWords: number; readonly transactional: boolean }>): boolean {
  return ctx.view.wordCount < ctx.options.minWords || isLinearChannel(ctx.channel) || (!ctx.options.transactional && isTransactionalChannel(ctx.channel));
}
