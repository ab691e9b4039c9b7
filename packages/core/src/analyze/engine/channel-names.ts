import type { Channel } from '../../ticket/channel.js';

/**
 * The channel names of `channelSchema` in `@rapport/core/ticket`, listed here so the analyzer does
 * not pull zod's classic API into browser bundles; the type below fails to compile if they drift.
 */
export const CHANNEL_NAMES = [
  'email',
  'portal',
  'chat',
  'phone',
  'sms',
  'social',
  'in_person',
  'remote_session',
  'status_page',
  'broadcast',
  'api',
  'other',
] as const satisfies readonly Channel[];

type AssertNone<T extends never> = T;
// A channel added to the ticket schema but missing here is a compile error.
export type ChannelNamesComplete = AssertNone<Exclude<Channel, (typeof CHANNEL_NAMES)[number]>>;

const channelSet: ReadonlySet<string> = new Set(CHANNEL_NAMES);

/** Whether `name` is a known channel. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && channelSet.has(name);
}
