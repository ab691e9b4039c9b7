import type { Channel } from '../../ticket/channel.js';
import { CHANNEL_NAMES } from '../../ticket/channel-names.js';

export { CHANNEL_NAMES };

const channelSet: ReadonlySet<string> = new Set(CHANNEL_NAMES);

/** Whether `name` is a known channel. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && channelSet.has(name);
}
