import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Message } from '../ticket/index.js';
import { adviseModel } from './advise-model.js';
import { modelRank } from './communication-model.js';
import { observeModel, type ObservableMessage } from './observe-model.js';
import { thrown } from '../internal/thrown.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.parse('2024-05-06T08:00:00Z');

type Side = 'customer' | 'agent';

/** Builds ticket messages from (side, minutes since the start) pairs, on one channel. */
function thread(channel: Message['channel'], steps: readonly [Side, number][]): Message[] {
  return steps.map(([side, minutes], index) => ({
    id: `m-${index + 1}`,
    visibility: 'public',
    direction: side === 'customer' ? 'inbound' : 'outbound',
    channel,
    author: side === 'customer' ? { kind: 'requester', id: 'u-1' } : { kind: 'agent', id: 'a-1' },
    text: '',
    createdAt: new Date(T0 + minutes * MIN).toISOString(),
  }));
}


describe('observeModel on realistic threads', () => {
  it('a password reset over chat is transactional and matches the advice', () => {
    const chat = thread('chat', [
      ['customer', 0],
      ['agent', 1],
      ['customer', 2],
      ['agent', 4],
      ['customer', 6],
      ['agent', 7],
      ['customer', 9],
    ]);
    const observation = observeModel(chat, { advice: adviseModel({ purpose: 'troubleshooting' }) });
    expect(observation.model).toBe('transactional');
    expect(observation.confidence).toBeGreaterThan(0.8);
    expect(observation.alternation).toBe(1);
    expect(observation.reciprocity).toBe(0.75);
    expect(observation.latency.agent?.medianMs).toBe(MIN); // 1, 2 and 1 minutes
    expect(observation.channel).toBe('chat');
    expect(observation.channelModel).toBe('transactional');
    expect(observation.mismatches).toEqual([]);
  });

  it('a frustrated customer in slow e-mail ping-pong: interactive, and a call or chat is suggested', () => {
    const email = thread('email', [
      ['customer', 0],
      ['agent', 7 * 60],
      ['customer', 7 * 60 + 12],
      ['customer', 9 * 60],
      ['agent', 26 * 60],
      ['customer', 26 * 60 + 4],
      ['agent', 50 * 60],
    ]);
    const advice = adviseModel({ purpose: 'troubleshooting', emotionalIntensity: 'high' });
    const observation = observeModel(email, { advice });
    expect(observation.model).toBe('interactive');
    expect(observation.latency.agent?.count).toBe(3);
    expect(observation.latency.agent?.medianMs).toBe(17 * HOUR);
    expect(observation.latency.customer?.medianMs).toBe(8 * MIN);
    expect(observation.paceMs).toBe(17 * HOUR);
    expect(observation.alternation).toBeLessThan(1);
    expect(observation.mismatches).toHaveLength(1);
    const [mismatch] = observation.mismatches;
    expect(mismatch?.kind).toBe('too_slow');
    expect(mismatch?.severity).toBe('warning');
    expect(mismatch?.channels.slice(0, 2)).toEqual(['phone', 'chat']);
    expect(mismatch?.suggestion).toMatch(/phone call or a chat/);
    expect(mismatch?.message).toContain('17 h');
  });

  it('an outage broadcast is linear and fits a linear advice', () => {
    const updates = thread('status_page', [
      ['agent', 0],
      ['agent', 30],
      ['agent', 90],
      ['agent', 150],
    ]);
    const advice = adviseModel({ purpose: 'incident_update', audienceSize: 900, urgency: 'urgent' });
    const observation = observeModel(updates, { advice });
    expect(observation.model).toBe('linear');
    expect(observation.confidence).toBeGreaterThan(0.9);
    expect(observation.reciprocity).toBe(0);
    expect(observation.channelModel).toBe('linear');
    expect(observation.mismatches).toEqual([]);
    expect(observation.summary).toContain('only the agent side wrote');
  });

  it('a notice that drew a conversation is reported', () => {
    const replies = thread('email', [
      ['agent', 0],
      ['customer', 40],
      ['agent', 200],
      ['customer', 260],
    ]);
    const [mismatch] = observeModel(replies, { advice: 'linear' }).mismatches;
    expect(mismatch?.kind).toBe('replies_to_notice');
    expect(mismatch?.suggestion).toMatch(/one to one/);
  });

  it('a customer nobody answers is a warning', () => {
    const unanswered = thread('portal', [
      ['customer', 0],
      ['customer', 24 * 60],
    ]);
    const observation = observeModel(unanswered, { advice: adviseModel({ purpose: 'question' }) });
    expect(observation.model).toBe('linear');
    expect(observation.mismatches[0]?.kind).toBe('customer_unanswered');
    expect(observation.mismatches[0]?.severity).toBe('warning');
    expect(observation.mismatches[0]?.message).toContain('2 messages');
  });

  it('agent messages without any answer when answers are expected', () => {
    const silent = thread('email', [
      ['agent', 0],
      ['agent', 3 * DAY / MIN],
    ]);
    const [mismatch] = observeModel(silent, { advice: adviseModel({ purpose: 'service_request' }) }).mismatches;
    expect(mismatch?.kind).toBe('no_response');
    expect(mismatch?.suggestion).toContain('how and by when');
  });

  it('one side carrying the conversation', () => {
    const bursts = thread('email', [
      ['agent', 0],
      ['agent', 60],
      ['agent', 120],
      ['agent', 180],
      ['agent', 240],
      ['customer', 300],
    ]);
    const observation = observeModel(bursts, { advice: 'interactive' });
    expect(observation.model).toBe('linear');
    expect(observation.mismatches[0]?.kind).toBe('one_sided');
  });

  it('a pending ticket that goes quiet: waiting on the customer since the question', () => {
    const pending = thread('email', [
      ['customer', 0],
      ['agent', 45],
    ]);
    const now = new Date(T0 + 45 * MIN + 5 * DAY);
    const observation = observeModel(pending, { now });
    expect(observation.waiting).toEqual({ on: 'customer', sinceMs: 5 * DAY });
    expect(observation.model).toBe('interactive');
    // One exchange is little evidence.
    expect(observation.confidence).toBeLessThan(0.8);
  });

  it('observes the thread as it stood at `now`', () => {
    const chat = thread('chat', [
      ['customer', 0],
      ['agent', 2],
      ['customer', 3],
      ['agent', 600],
    ]);
    const early = observeModel(chat, { now: new Date(T0 + 10 * MIN).toISOString() });
    expect(early.model).toBe('transactional');
    expect(early.messages).toEqual({ customer: 2, agent: 1 });
    expect(early.waiting).toEqual({ on: 'agent', sinceMs: 7 * MIN });
    expect(observeModel(chat).model).toBe('interactive');
  });

  it('skips internal notes and system messages, and accepts a ticket-like object', () => {
    const messages: ObservableMessage[] = [
      ...thread('chat', [
        ['customer', 0],
        ['agent', 2],
      ]),
      { createdAt: new Date(T0 + 1 * MIN), author: { kind: 'agent' }, visibility: 'internal' },
      { createdAt: new Date(T0 + 1 * MIN), author: { kind: 'system' }, direction: 'outbound' },
      { createdAt: new Date(T0 + 3 * MIN), author: { kind: 'bot' } },
    ];
    const observation = observeModel({ messages });
    expect(observation.messages).toEqual({ customer: 1, agent: 2 });
    expect(observation.turns).toBe(2);
  });

  it('falls back on direction when there is no author', () => {
    const observation = observeModel([
      { createdAt: '2024-05-06T08:00:00Z', direction: 'inbound' },
      { createdAt: '2024-05-06T08:01:00+00:00', direction: 'outbound' },
    ]);
    expect(observation.messages).toEqual({ customer: 1, agent: 1 });
    expect(observation.latency.agent?.medianMs).toBe(MIN);
  });

  it('returns no model, and no mismatch, for an empty thread', () => {
    const observation = observeModel([], { advice: 'transactional', now: '2024-05-06T08:00:00Z' });
    expect(observation.model).toBeNull();
    expect(observation.confidence).toBe(0);
    expect(observation.mismatches).toEqual([]);
    expect(observation.waiting).toBeNull();
    expect(observation.advised).toBe('transactional');
  });

  it('computes p90 by interpolation', () => {
    const steps: [Side, number][] = [];
    let t = 0;
    for (const gap of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      steps.push(['customer', t]);
      t += gap;
      steps.push(['agent', t]);
      t += 1;
    }
    const agent = observeModel(thread('chat', steps)).latency.agent;
    expect(agent?.count).toBe(10);
    expect(agent?.medianMs).toBe(5.5 * MIN);
    expect(agent?.p90Ms).toBeCloseTo(9.1 * MIN, 6);
    expect(agent?.minMs).toBe(MIN);
    expect(agent?.maxMs).toBe(10 * MIN);
  });
});

describe('observeModel input validation', () => {
  it('names the message without a side', () => {
    const error = thrown(() => observeModel([{ createdAt: '2024-05-06T08:00:00Z' }]));
    expect(error.code).toBe('INVALID_THREAD');
    expect(error.issues[0]?.path).toEqual([0, 'author']);
  });

  it('names a bad timestamp, inside a ticket-like object too', () => {
    const error = thrown(() =>
      observeModel({ messages: [{ createdAt: 'yesterday', direction: 'inbound' }] }),
    );
    expect(error.code).toBe('INVALID_THREAD');
    expect(error.issues[0]?.path).toEqual(['messages', 0, 'createdAt']);
  });

  it('rejects an invalid `now`', () => {
    expect(thrown(() => observeModel([], { now: new Date(Number.NaN) })).code).toBe('INVALID_THREAD');
    expect(thrown(() => observeModel([], { now: 'soon' })).code).toBe('INVALID_THREAD');
    // A time without an offset would silently be read in the machine's zone: refused.
    expect(thrown(() => observeModel([], { now: '2024-05-06T08:00:00' })).code).toBe('INVALID_THREAD');
  });
});

describe('observeModel properties', () => {
  const stepsArb = fc.array(
    fc.record({
      side: fc.constantFrom<Side>('customer', 'agent'),
      gapMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
    }),
    { minLength: 0, maxLength: 30 },
  );
  const build = (steps: readonly { side: Side; gapMinutes: number }[], scale = 1, shift = 0) => {
    let t = 0;
    return steps.map(({ side, gapMinutes }) => {
      t += gapMinutes * scale;
      return {
        createdAt: new Date(T0 + shift + t * MIN),
        author: { kind: side === 'customer' ? ('requester' as const) : ('agent' as const) },
      };
    });
  };

  it('scaling every latency up never makes a thread more transactional', () => {
    fc.assert(
      fc.property(stepsArb, fc.double({ min: 1, max: 50, noNaN: true }), (steps, scale) => {
        const before = observeModel(build(steps));
        const after = observeModel(build(steps, scale));
        if (before.model === null || after.model === null) return;
        expect(modelRank(after.model)).toBeLessThanOrEqual(modelRank(before.model));
        if (before.model === 'transactional' && after.model === 'transactional') {
          expect(after.confidence).toBeLessThanOrEqual(before.confidence);
        }
      }),
    );
  });

  it('does not depend on input order or on when the thread happened', () => {
    fc.assert(
      fc.property(stepsArb, fc.integer({ min: -1e6, max: 1e6 }), (steps, shiftMinutes) => {
        const messages = build(steps);
        const reversed = [...messages].reverse();
        // Equal timestamps keep their input order, so only compare when all times differ.
        const distinct = new Set(messages.map((m) => m.createdAt.getTime())).size === messages.length;
        if (distinct) expect(observeModel(reversed)).toEqual(observeModel(messages));
        expect(observeModel(build(steps, 1, shiftMinutes * MIN))).toEqual(observeModel(messages));
      }),
    );
  });

  it('keeps its figures in range and consistent', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const o = observeModel(build(steps));
        for (const value of [o.confidence, o.reciprocity, o.alternation]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(o.messages.customer + o.messages.agent).toBe(steps.length);
        expect(o.exchanges).toBe(Math.max(0, o.turns - 1));
        expect((o.latency.agent?.count ?? 0) + (o.latency.customer?.count ?? 0)).toBe(o.exchanges);
        expect(o.model === null).toBe(steps.length === 0);
      }),
    );
  });
});
