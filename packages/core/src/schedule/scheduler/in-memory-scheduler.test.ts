import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRapportError } from '../../errors.js';
import type { FollowUp } from '../follow-up/follow-up.js';
import { planFollowUps } from '../follow-up/plan-follow-ups.js';
import { buildTicket } from '../sla/internal/ticket-builder.js';
import { InMemoryScheduler } from './in-memory-scheduler.js';
import { ManualClock } from './scheduler-clock.js';
import { syncFollowUps } from './sync-follow-ups.js';

const created = '2024-05-06T09:00:00Z';
const pending = buildTicket({
  createdAt: created,
  steps: [
    { at: '2024-05-06T10:00:00Z', say: 'agent', text: 'Could you send the VPN client log?' },
    { at: '2024-05-06T10:00:00Z', status: 'pending' },
  ],
});

function followUp(id: string, dueAt: string, ticketId = 'T-1'): FollowUp {
  return { id, kind: 'auto_close', ticketId, dueAt, anchorAt: created, audience: 'system', model: null, reason: 'test' };
}

function recorder() {
  const ran: string[] = [];
  return { ran, handler: (f: FollowUp) => void ran.push(f.id) };
}

describe('InMemoryScheduler', () => {
  it('runs due follow-ups in due order with the injected clock, each once', async () => {
    const clock = new ManualClock('2024-05-06T10:00:00Z');
    const { ran, handler } = recorder();
    const scheduler = new InMemoryScheduler({ clock, handler });
    await scheduler.schedule(followUp('b', '2024-05-06T12:00:00Z'));
    await scheduler.schedule(followUp('a', '2024-05-06T11:00:00Z'));
    await scheduler.schedule(followUp('c', '2024-05-07T09:00:00Z'));
    expect((await scheduler.runDue()).completed).toEqual([]);
    clock.advance('2h');
    const report = await scheduler.runDue();
    expect(report.ranAt).toBe('2024-05-06T12:00:00.000Z');
    expect(ran).toEqual(['a', 'b']);
    expect((await scheduler.runDue()).completed).toEqual([]);
    expect((await scheduler.list()).map((e) => e.followUp.id)).toEqual(['c']);
  });

  it('schedules idempotently by id, and never runs an id twice', async () => {
    const clock = new ManualClock('2024-05-06T10:00:00Z');
    const { ran, handler } = recorder();
    const scheduler = new InMemoryScheduler({ clock, handler });
    expect(await scheduler.schedule(followUp('a', '2024-05-06T11:00:00Z'))).toBe('scheduled');
    expect(await scheduler.schedule(followUp('a', '2024-05-06T11:00:00Z'))).toBe('unchanged');
    expect(await scheduler.schedule(followUp('a', '2024-05-06T11:30:00Z'))).toBe('updated');
    await scheduler.runDue('2024-05-06T12:00:00Z');
    expect(await scheduler.schedule(followUp('a', '2024-05-06T11:30:00Z'))).toBe('already_run');
    await scheduler.runDue('2024-05-06T13:00:00Z');
    expect(ran).toEqual(['a']);
  });

  it('cancels by id, idempotently', async () => {
    const { ran, handler } = recorder();
    const scheduler = new InMemoryScheduler({ handler, clock: new ManualClock(created) });
    await scheduler.schedule(followUp('a', '2024-05-06T11:00:00Z'));
    expect(await scheduler.cancel('a')).toBe(true);
    expect(await scheduler.cancel('a')).toBe(false);
    await scheduler.runDue('2024-05-07T00:00:00Z');
    expect(ran).toEqual([]);
  });

  it('retries a failing handler after the retry delay, then keeps it as failed', async () => {
    const clock = new ManualClock('2024-05-06T11:00:00Z');
    let calls = 0;
    const scheduler = new InMemoryScheduler({
      clock,
      maxAttempts: 2,
      retryDelay: '5m',
      handler: () => {
        calls++;
        throw new Error('SMTP unavailable');
      },
    });
    await scheduler.schedule(followUp('a', '2024-05-06T11:00:00Z'));
    const first = await scheduler.runDue();
    expect(first.failed[0]).toMatchObject({ attempts: 1, willRetry: true });
    expect((await scheduler.runDue()).failed).toEqual([]); // not yet: retry in 5 minutes
    clock.advance('5m');
    const second = await scheduler.runDue();
    expect(second.failed[0]).toMatchObject({ attempts: 2, willRetry: false });
    clock.advance('1h');
    await scheduler.runDue();
    expect(calls).toBe(2);
    expect(await scheduler.list()).toEqual([
      expect.objectContaining({ state: 'failed', attempts: 2, lastError: 'SMTP unavailable' }),
    ]);
  });

  it('serializes overlapping runs, so a slow handler never runs a follow-up twice', async () => {
    let calls = 0;
    const scheduler = new InMemoryScheduler({
      clock: new ManualClock('2024-05-06T12:00:00Z'),
      handler: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    });
    await scheduler.schedule(followUp('a', '2024-05-06T11:00:00Z'));
    await Promise.all([scheduler.runDue(), scheduler.runDue(), scheduler.runDue()]);
    expect(calls).toBe(1);
  });

  it('a handler may cancel a later follow-up of the same run', async () => {
    const ran: string[] = [];
    const scheduler: InMemoryScheduler = new InMemoryScheduler({
      clock: new ManualClock('2024-05-06T12:00:00Z'),
      handler: async (f) => {
        ran.push(f.id);
        await scheduler.cancel('b');
      },
    });
    await scheduler.schedule(followUp('a', '2024-05-06T10:00:00Z'));
    await scheduler.schedule(followUp('b', '2024-05-06T11:00:00Z'));
    await scheduler.runDue();
    expect(ran).toEqual(['a']);
  });

  it('validates what it is given', async () => {
    const scheduler = new InMemoryScheduler({ handler: () => undefined });
    const bad = { ...followUp('a', 'tomorrow') };
    await expect(scheduler.schedule(bad)).rejects.toSatisfy((e) => isRapportError(e) && e.code === 'INVALID_INPUT' && e.issues[0]?.path.join('.') === 'dueAt');
    expect(() => new InMemoryScheduler({} as never)).toThrow(/handler/);
    expect(() => new InMemoryScheduler({ handler: () => undefined, retryDelay: '5 minutes' })).toThrow(/retryDelay/);
    expect(() => new ManualClock(created).set('2024-05-01T00:00:00Z')).toThrow(/before/);
  });

  describe('start / stop', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('polls runDue on a timer until stopped', async () => {
      vi.useFakeTimers();
      const clock = new ManualClock('2024-05-06T12:00:00Z');
      const { ran, handler } = recorder();
      const scheduler = new InMemoryScheduler({ clock, handler });
      await scheduler.schedule(followUp('a', '2024-05-06T12:00:01Z'));
      scheduler.start(1000);
      clock.advance('1s');
      await vi.advanceTimersByTimeAsync(1000);
      expect(ran).toEqual(['a']);
      scheduler.stop();
      await scheduler.schedule(followUp('b', '2024-05-06T12:00:02Z'));
      clock.advance('1s');
      await vi.advanceTimersByTimeAsync(5000);
      expect(ran).toEqual(['a']);
    });
  });
});

describe('syncFollowUps', () => {
  it('replans a ticket end to end: schedule, cancel on the requester’s answer, run what is due', async () => {
    const clock = new ManualClock('2024-05-06T10:05:00Z');
    const { ran, handler } = recorder();
    const scheduler = new InMemoryScheduler({ clock, handler });
    await scheduler.schedule(followUp('other-ticket', '2024-05-06T10:30:00Z', 'T-2'));

    const first = await syncFollowUps(scheduler, planFollowUps(pending, {}, null, clock.now()));
    expect(first.add.map((f) => f.kind)).toEqual(['pending_reminder', 'pending_reminder', 'auto_resolve']);
    expect((await syncFollowUps(scheduler, planFollowUps(pending, {}, null, clock.now()))).add).toEqual([]);

    clock.set('2024-05-07T10:00:00Z');
    const report = await scheduler.runDue();
    expect(report.completed.map((f) => f.kind)).toEqual(['auto_close', 'pending_reminder']);

    // The scheduler remembers the reminder ran: replanning does not send it again.
    const again = await syncFollowUps(scheduler, planFollowUps(pending, {}, null, clock.now()));
    expect(again.alreadyRun.map((f) => f.kind)).toEqual(['pending_reminder']);
    expect(again.add).toEqual([]);

    const answered = buildTicket({
      createdAt: created,
      steps: [
        { at: '2024-05-06T10:00:00Z', say: 'agent' },
        { at: '2024-05-06T10:00:00Z', status: 'pending' },
        { at: '2024-05-07T11:00:00Z', say: 'requester', text: 'Here is the log.' },
        { at: '2024-05-07T11:00:00Z', status: 'open' },
      ],
    });
    clock.set('2024-05-07T11:00:00Z');
    const afterAnswer = await syncFollowUps(scheduler, planFollowUps(answered, {}, null, clock.now()));
    expect(afterAnswer.cancel.map((f) => f.kind)).toEqual(['pending_reminder', 'auto_resolve']);
    expect(await scheduler.list()).toEqual([]);
    clock.set('2024-05-20T00:00:00Z');
    await scheduler.runDue();
    expect(ran.filter((id) => id !== 'other-ticket')).toHaveLength(1);
  });
});

describe('revalidatingHandler', () => {
  it('skips a reminder when the requester answered after planning, though nobody re-synced', async () => {
    const { revalidatingHandler } = await import('./revalidating-handler.js');
    const tickets = new Map([[pending.id, pending]]);
    const sent: string[] = [];
    const stale: string[] = [];
    const clock = new ManualClock('2024-05-06T10:05:00Z');
    const scheduler = new InMemoryScheduler({
      clock,
      handler: revalidatingHandler({
        load: (id) => tickets.get(id),
        plan: (ticket, now) => planFollowUps(ticket, {}, null, now),
        run: (f) => void sent.push(f.kind),
        onStale: (f) => void stale.push(f.kind),
      }),
    });
    await syncFollowUps(scheduler, planFollowUps(pending, {}, null, clock.now()));
    clock.set('2024-05-07T10:00:00Z');
    await scheduler.runDue();
    expect(sent).toEqual(['pending_reminder']);

    tickets.set(
      pending.id,
      buildTicket({
        createdAt: created,
        steps: [
          { at: '2024-05-06T10:00:00Z', say: 'agent' },
          { at: '2024-05-06T10:00:00Z', status: 'pending' },
          { at: '2024-05-08T09:00:00Z', say: 'requester' },
          { at: '2024-05-08T09:00:00Z', status: 'open' },
        ],
      }),
    );
    clock.set('2024-05-11T10:00:00Z');
    const report = await scheduler.runDue();
    expect(report.completed.map((f) => f.kind)).toEqual(['pending_reminder']);
    expect(sent).toEqual(['pending_reminder']);
    expect(stale).toEqual(['pending_reminder']);
  });

  it('treats a ticket that no longer exists as stale', async () => {
    const { revalidatingHandler } = await import('./revalidating-handler.js');
    const stale: string[] = [];
    const handler = revalidatingHandler({ load: () => undefined, plan: () => { throw new Error('not called'); }, run: () => { throw new Error('not called'); }, onStale: (f) => void stale.push(f.id) });
    await handler(followUp('gone', '2024-05-06T11:00:00Z'), { now: '2024-05-06T12:00:00.000Z', attempt: 1 });
    expect(stale).toEqual(['gone']);
  });
});

describe('the Scheduler contract (shared with queue adapters)', async () => {
  const { schedulerContract } = await import('./testing/scheduler-contract.js');
  for (const check of schedulerContract) {
    it(check.name, () =>
      check.run((handler, startIso) => {
        const clock = new ManualClock(startIso);
        return { scheduler: new InMemoryScheduler({ clock, handler, maxAttempts: 5 }), setTime: (iso) => clock.set(iso) };
      }),
    );
  }
});
