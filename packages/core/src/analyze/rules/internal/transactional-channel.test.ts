import { describe, expect, it } from 'vitest';
import { channelDefaultModel } from '../../../model/channel-model.js';
import { CHANNEL_NAMES } from '../../engine/channel-names.js';
import type { Channel } from '../../../ticket/channel.js';
import { isLinearChannel, isTransactionalChannel, skipsCourtesy } from './transactional-channel.js';

describe('isTransactionalChannel', () => {
  it.each(CHANNEL_NAMES.map((c) => [c]))('agrees with channelDefaultModel for %s', (channel) => {
    expect(isTransactionalChannel(channel)).toBe(channelDefaultModel(channel) === 'transactional');
  });

  it('is false without a channel', () => {
    expect(isTransactionalChannel(undefined)).toBe(false);
  });
});

describe('isLinearChannel', () => {
  it.each(CHANNEL_NAMES.map((c) => [c]))('agrees with channelDefaultModel for %s', (channel) => {
    expect(isLinearChannel(channel)).toBe(channelDefaultModel(channel) === 'linear');
  });

  it('is false without a channel', () => {
    expect(isLinearChannel(undefined)).toBe(false);
  });
});

describe('skipsCourtesy', () => {
  const ctx = (words: number, channel: Channel | undefined, transactional = false, minWords = 12) =>
    ({ view: { wordCount: words }, channel, options: { minWords, transactional } }) as unknown as Parameters<typeof skipsCourtesy>[0];

  it('skips short turns, transactional channels unless asked, and linear channels', () => {
    expect(skipsCourtesy(ctx(20, 'email'))).toBe(false);
    expect(skipsCourtesy(ctx(20, undefined))).toBe(false);
    expect(skipsCourtesy(ctx(11, 'email'))).toBe(true);
    expect(skipsCourtesy(ctx(20, 'chat'))).toBe(true);
    expect(skipsCourtesy(ctx(20, 'chat', true))).toBe(false);
    expect(skipsCourtesy(ctx(20, 'broadcast', true))).toBe(true);
    expect(skipsCourtesy(ctx(0, 'email', false, 0))).toBe(false);
  });
});
