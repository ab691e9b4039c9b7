import type { FollowUp } from '../../follow-up/follow-up.js';
import type { FollowUpHandler, Scheduler } from '../scheduler.js';

/** What a contract check gets: a fresh scheduler whose handler is the given one, and a way to move time. */
export interface SchedulerUnderTest {
  readonly scheduler: Scheduler;
  /** Moves the scheduler's clock to `iso` (it never goes back). */
  readonly setTime: (iso: string) => void | Promise<void>;
}

/** Builds a fresh scheduler at `startIso` with `handler`. */
export type SchedulerFactory = (handler: FollowUpHandler, startIso: string) => SchedulerUnderTest | Promise<SchedulerUnderTest>;

/** One behaviour of the Scheduler contract: throws when the scheduler under test breaks it. */
export interface SchedulerContractCheck {
  readonly name: string;
  readonly run: (factory: SchedulerFactory) => Promise<void>;
}

function followUp(id: string, dueAt: string, ticketId = 'T-contract'): FollowUp {
  return { id, kind: 'auto_close', ticketId, dueAt, anchorAt: '2024-05-06T09:00:00.000Z', audience: 'system', model: null, reason: 'contract check' };
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Scheduler contract: ${message}`);
}

/**
 * The behaviours every {@link Scheduler} must have, as framework-agnostic checks: run each with a
 * factory for your implementation inside your test runner (`for (const c of schedulerContract) it(c.name, () => c.run(factory))`).
 * Queue adapters run the same checks as the in-memory scheduler.
 */
export const schedulerContract: readonly SchedulerContractCheck[] = [
  {
    name: 'runs due follow-ups in due order, each once, and nothing early',
    run: async (factory) => {
      const ran: string[] = [];
      const { scheduler, setTime } = await factory((f) => void ran.push(f.id), '2024-05-06T10:00:00.000Z');
      await scheduler.schedule(followUp('late', '2024-05-06T12:00:00.000Z'));
      await scheduler.schedule(followUp('early', '2024-05-06T11:00:00.000Z'));
      await scheduler.schedule(followUp('tomorrow', '2024-05-07T09:00:00.000Z'));
      await scheduler.runDue();
      check(ran.length === 0, 'ran a follow-up before it was due');
      await setTime('2024-05-06T12:00:00.000Z');
      await scheduler.runDue();
      await scheduler.runDue();
      check(ran.join() === 'early,late', `expected early,late, ran ${ran.join()}`);
      const held = (await scheduler.list()).map((e) => e.followUp.id);
      check(held.join() === 'tomorrow', `expected only tomorrow held, got ${held.join()}`);
    },
  },
  {
    name: 'schedules idempotently by id and never runs an id twice',
    run: async (factory) => {
      const ran: string[] = [];
      const { scheduler, setTime } = await factory((f) => void ran.push(f.id), '2024-05-06T10:00:00.000Z');
      check((await scheduler.schedule(followUp('a', '2024-05-06T11:00:00.000Z'))) === 'scheduled', 'first schedule is not "scheduled"');
      check((await scheduler.schedule(followUp('a', '2024-05-06T11:00:00.000Z'))) === 'unchanged', 'same follow-up twice is not "unchanged"');
      check((await scheduler.list()).length === 1, 'the same id is held twice');
      await setTime('2024-05-06T11:00:00.000Z');
      await scheduler.runDue();
      check((await scheduler.schedule(followUp('a', '2024-05-06T11:00:00.000Z'))) === 'already_run', 'a run id can be scheduled again');
      await setTime('2024-05-06T12:00:00.000Z');
      await scheduler.runDue();
      check(ran.join() === 'a', `expected a single run, ran ${ran.join()}`);
    },
  },
  {
    name: 'cancels idempotently, by id, only that follow-up',
    run: async (factory) => {
      const ran: string[] = [];
      const { scheduler, setTime } = await factory((f) => void ran.push(f.id), '2024-05-06T10:00:00.000Z');
      await scheduler.schedule(followUp('a', '2024-05-06T11:00:00.000Z'));
      await scheduler.schedule(followUp('b', '2024-05-06T11:00:00.000Z', 'T-other'));
      check((await scheduler.cancel('a')) === true, 'cancel of a held id returned false');
      check((await scheduler.cancel('a')) === false, 'second cancel returned true');
      await setTime('2024-05-06T12:00:00.000Z');
      await scheduler.runDue();
      check(ran.join() === 'b', `expected only b to run, ran ${ran.join()}`);
    },
  },
  {
    name: 'lists by ticket',
    run: async (factory) => {
      const { scheduler } = await factory(() => undefined, '2024-05-06T10:00:00.000Z');
      await scheduler.schedule(followUp('a', '2024-05-06T11:00:00.000Z', 'T-1'));
      await scheduler.schedule(followUp('b', '2024-05-06T11:00:00.000Z', 'T-2'));
      const held = (await scheduler.list({ ticketId: 'T-2' })).map((e) => e.followUp.id);
      check(held.join() === 'b', `expected b for T-2, got ${held.join()}`);
    },
  },
  {
    name: 'retries a failing handler and never loses the follow-up',
    run: async (factory) => {
      let calls = 0;
      const { scheduler, setTime } = await factory(() => {
        calls++;
        throw new Error('boom');
      }, '2024-05-06T10:00:00.000Z');
      await scheduler.schedule(followUp('a', '2024-05-06T10:00:00.000Z'));
      const report = await scheduler.runDue();
      check(report.failed.length === 1 && report.completed.length === 0, 'a throwing handler was not reported as failed');
      await setTime('2024-05-07T10:00:00.000Z');
      await scheduler.runDue();
      check(calls >= 2, 'a failed follow-up was not retried');
      check((await scheduler.list()).some((e) => e.followUp.id === 'a'), 'a failing follow-up disappeared');
    },
  },
];
