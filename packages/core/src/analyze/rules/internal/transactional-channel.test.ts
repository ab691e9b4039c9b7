import { describe, expect, it } from 'vitest';
import { channelDefaultModel } from '../../../model/channel-model.js';
import { CHANNEL_NAMES } from '../../engine/channel-names.js';
import { isLinearChannel, isTransactionalChannel } from './transactional-channel.js';

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
