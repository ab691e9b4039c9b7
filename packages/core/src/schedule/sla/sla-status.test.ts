import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRapportError } from '../../errors.js';
import { createBusinessCalendar } from '../calendar/create-business-calendar.js';
import type { TicketStatus } from '../../ticket/ticket-status.js';
import { buildTicket, type HistoryStep } from './internal/ticket-builder.js';
import { weekdayHoursClock } from './internal/weekday-hours-clock.js';
import type { SlaPolicy } from './sla-policy.js';
import { slaStatus, type SlaMetricStatus } from './sla-status.js';
import { thrown } from '../../internal/thrown.js';

const HOUR = 3_600_000;
const allMetrics: SlaPolicy = {
  id: 'all',
  warnAt: [50, 75],
  metrics: {
    first_reply_time: { targets: { high: '4h', urgent: '1h' } },
    next_reply_time: { targets: { high: '8h' } },
    periodic_update_time: { targets: { high: '24h' } },
    pausable_update_time: { targets: { high: '24h' } },
    requester_wait_time: { targets: { high: '48h' } },
    agent_work_time: { targets: { high: '16h' } },
  },
};

function metric(status: ReturnType<typeof slaStatus>, name: SlaMetricStatus['metric']): SlaMetricStatus {
  const found = status.metrics.find((m) => m.metric === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}


describe('slaStatus — first reply time', () => {
  const created = '2024-05-06T09:00:00Z';

  it('counts from creation, reports due and remaining while waiting', () => {
    const ticket = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T09:05:00Z', status: 'open' }] });
    const frt = metric(slaStatus(ticket, allMetrics, null, '2024-05-06T12:00:00Z'), 'first_reply_time');
    expect(frt).toMatchObject({ state: 'running', paused: false, targetMs: 4 * HOUR, elapsedMs: 3 * HOUR, remainingMs: HOUR });
    expect(frt.dueAt).toBe('2024-05-06T13:00:00.000Z');
    expect(frt.breached).toBe(false);
    expect(frt.warnings).toEqual([
      { percent: 50, at: '2024-05-06T11:00:00.000Z', reached: true },
      { percent: 75, at: '2024-05-06T12:00:00.000Z', reached: true },
    ]);
  });

  it('is fulfilled by the first public agent reply; internal notes and bot replies do not count', () => {
    const ticket = buildTicket({
      createdAt: created,
      steps: [
        { at: '2024-05-06T09:30:00Z', say: 'agent', internal: true },
        { at: '2024-05-06T10:00:00Z', say: 'bot' },
        { at: '2024-05-06T11:00:00Z', say: 'agent' },
      ],
    });
    const frt = metric(slaStatus(ticket, allMetrics, null, '2024-05-07T00:00:00Z'), 'first_reply_time');
    expect(frt).toMatchObject({ state: 'fulfilled', fulfilledAt: '2024-05-06T11:00:00.000Z', elapsedMs: 2 * HOUR, breached: false, dueAt: null });
    const withBots = metric(slaStatus(ticket, { ...allMetrics, countBotReplies: true }, null, '2024-05-07T00:00:00Z'), 'first_reply_time');
    expect(withBots.fulfilledAt).toBe('2024-05-06T10:00:00.000Z');
  });

  it('breaches when the reply comes late, with a breach event at the due instant', () => {
    const ticket = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T14:00:00Z', say: 'agent' }] });
    const status = slaStatus(ticket, allMetrics, null, '2024-05-06T15:00:00Z');
    const frt = metric(status, 'first_reply_time');
    expect(frt).toMatchObject({ state: 'fulfilled', breached: true, breachedAt: '2024-05-06T13:00:00.000Z', remainingMs: -HOUR, breaches: 1 });
    expect(status.events.filter((e) => e.metric === 'first_reply_time')).toEqual([
      { type: 'sla_warning', metric: 'first_reply_time', cycle: 1, percent: 50, at: '2024-05-06T11:00:00.000Z' },
      { type: 'sla_warning', metric: 'first_reply_time', cycle: 1, percent: 75, at: '2024-05-06T12:00:00.000Z' },
      { type: 'sla_breach', metric: 'first_reply_time', cycle: 1, percent: 100, at: '2024-05-06T13:00:00.000Z' },
    ]);
    expect(status.breached).toBe(true);
  });

  it('ignores the future: evaluating an earlier instant replays the past', () => {
    const ticket = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T14:00:00Z', say: 'agent' }] });
    const frt = metric(slaStatus(ticket, allMetrics, null, '2024-05-06T10:00:00Z'), 'first_reply_time');
    expect(frt).toMatchObject({ state: 'running', elapsedMs: HOUR, fulfilledAt: null });
  });

  it('selects targets by priority and leaves out metrics without one', () => {
    const ticket = buildTicket({ createdAt: created, priority: 'urgent' });
    const status = slaStatus(ticket, allMetrics, null, '2024-05-06T09:30:00Z');
    expect(status.metrics.map((m) => m.metric)).toEqual(['first_reply_time']);
    expect(status.metrics[0]?.targetMs).toBe(HOUR);
    expect(status.nextEventAt).toBe('2024-05-06T09:45:00.000Z');
  });
});

describe('slaStatus — next reply and updates', () => {
  const created = '2024-05-06T09:00:00Z';
  const steps: HistoryStep[] = [
    { at: '2024-05-06T09:10:00Z', status: 'open' },
    { at: '2024-05-06T10:00:00Z', say: 'agent' },
    { at: '2024-05-06T11:00:00Z', say: 'requester' },
    { at: '2024-05-06T11:30:00Z', say: 'requester' },
    { at: '2024-05-06T13:00:00Z', say: 'agent' },
    { at: '2024-05-06T15:00:00Z', say: 'requester' },
  ];

  it('starts a next-reply cycle at the oldest unanswered requester message', () => {
    const ticket = buildTicket({ createdAt: created, steps });
    const nrt = metric(slaStatus(ticket, allMetrics, null, '2024-05-06T16:00:00Z'), 'next_reply_time');
    expect(nrt).toMatchObject({ state: 'running', cycle: 2, startedAt: '2024-05-06T15:00:00.000Z', elapsedMs: HOUR });
    expect(nrt.history[0]).toMatchObject({ startedAt: '2024-05-06T11:00:00.000Z', endedAt: '2024-05-06T13:00:00.000Z', endedBy: 'reply', elapsedMs: 2 * HOUR });
  });

  it('is idle before the first reply (first reply time covers that)', () => {
    const ticket = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T09:30:00Z', say: 'requester' }] });
    const nrt = metric(slaStatus(ticket, allMetrics, null, '2024-05-06T10:00:00Z'), 'next_reply_time');
    expect(nrt).toMatchObject({ state: 'idle', cycle: 0, elapsedMs: 0, remainingMs: 8 * HOUR, dueAt: null });
  });

  it('measures periodic updates between agent replies; pausable update pauses while pending', () => {
    const ticket = buildTicket({
      createdAt: created,
      steps: [
        { at: '2024-05-06T10:00:00Z', say: 'agent' },
        { at: '2024-05-06T10:00:00Z', status: 'pending' },
        { at: '2024-05-06T20:00:00Z', status: 'open' },
      ],
    });
    const status = slaStatus(ticket, allMetrics, null, '2024-05-06T22:00:00Z');
    expect(metric(status, 'periodic_update_time')).toMatchObject({ state: 'running', elapsedMs: 12 * HOUR, dueAt: '2024-05-07T10:00:00.000Z' });
    expect(metric(status, 'pausable_update_time')).toMatchObject({ state: 'running', elapsedMs: 2 * HOUR, dueAt: '2024-05-07T20:00:00.000Z' });
  });
});

describe('slaStatus — requester wait and agent work time', () => {
  const created = '2024-05-06T09:00:00Z';
  const history: HistoryStep[] = [
    { at: '2024-05-06T10:00:00Z', status: 'open' },
    { at: '2024-05-06T12:00:00Z', status: 'pending' },
    { at: '2024-05-06T18:00:00Z', status: 'open' },
    { at: '2024-05-06T19:00:00Z', status: 'on_hold' },
    { at: '2024-05-06T23:00:00Z', status: 'open' },
  ];

  it('pause by state category: requester wait pauses on pending only, agent work also on hold', () => {
    const ticket = buildTicket({ createdAt: created, steps: history });
    const status = slaStatus(ticket, allMetrics, null, '2024-05-07T01:00:00Z');
    // 09-12 active (3h), 12-18 pending, 18-19 active (1h), 19-23 on hold (4h), 23-01 active (2h)
    expect(metric(status, 'requester_wait_time').elapsedMs).toBe(10 * HOUR);
    expect(metric(status, 'agent_work_time').elapsedMs).toBe(6 * HOUR);
  });

  it('reports paused with no due instant while the pause lasts', () => {
    const ticket = buildTicket({ createdAt: created, steps: history.slice(0, 2) });
    const awt = metric(slaStatus(ticket, allMetrics, null, '2024-05-06T15:00:00Z'), 'agent_work_time');
    expect(awt).toMatchObject({ state: 'paused', paused: true, dueAt: null, elapsedMs: 3 * HOUR });
  });

  it('is fulfilled when solved and resumes, cumulatively, when reopened', () => {
    const solved = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T11:00:00Z', status: 'resolved' }] });
    expect(metric(slaStatus(solved, allMetrics, null, '2024-05-07T00:00:00Z'), 'requester_wait_time')).toMatchObject({
      state: 'fulfilled',
      fulfilledAt: '2024-05-06T11:00:00.000Z',
      elapsedMs: 2 * HOUR,
    });
    const reopened = buildTicket({
      createdAt: created,
      steps: [
        { at: '2024-05-06T11:00:00Z', status: 'resolved' },
        { at: '2024-05-07T11:00:00Z', say: 'requester' },
        { at: '2024-05-07T11:00:00Z', status: 'open' },
      ],
    });
    expect(metric(slaStatus(reopened, allMetrics, null, '2024-05-07T12:00:00Z'), 'requester_wait_time')).toMatchObject({
      state: 'running',
      elapsedMs: 3 * HOUR,
    });
  });

  it('a pending ticket that breached before the pause stays breached', () => {
    const ticket = buildTicket({ createdAt: created, steps: [{ at: '2024-05-07T02:00:00Z', status: 'pending' }] });
    const awt = metric(slaStatus(ticket, allMetrics, null, '2024-05-08T00:00:00Z'), 'agent_work_time');
    expect(awt).toMatchObject({ state: 'paused', breached: true, breachedAt: '2024-05-07T01:00:00.000Z', dueAt: '2024-05-07T01:00:00.000Z' });
  });

  it('honours a per-metric pauseOn override', () => {
    const ticket = buildTicket({ createdAt: created, steps: history });
    const policy: SlaPolicy = { id: 'p', metrics: { requester_wait_time: { targets: { high: '48h' }, pauseOn: ['waiting_requester', 'waiting_third_party'] } } };
    expect(metric(slaStatus(ticket, policy, null, '2024-05-07T01:00:00Z'), 'requester_wait_time').elapsedMs).toBe(6 * HOUR);
  });
});

describe('slaStatus — business hours', () => {
  // Monday 2024-05-06, a 09:00-17:00 UTC weekday clock.
  const clock = weekdayHoursClock(9, 17);
  const policy: SlaPolicy = { id: 'biz', hours: 'business', metrics: { first_reply_time: { targets: { high: '8h' } } } };

  it('counts only business hours and carries a due instant over the weekend', () => {
    const ticket = buildTicket({ createdAt: '2024-05-10T15:00:00Z' }); // Friday 15:00
    const frt = metric(slaStatus(ticket, policy, clock, '2024-05-11T12:00:00Z'), 'first_reply_time');
    expect(frt.elapsedMs).toBe(2 * HOUR);
    expect(frt.dueAt).toBe('2024-05-13T15:00:00.000Z'); // Monday 15:00
  });

  it('requires a calendar for business-hours targets, naming the field', () => {
    const ticket = buildTicket({ createdAt: '2024-05-10T15:00:00Z' });
    const error = thrown(() => slaStatus(ticket, policy, null, '2024-05-10T16:00:00Z'));
    expect(isRapportError(error) && error.code).toBe('INVALID_INPUT');
    expect(isRapportError(error) && error.issues[0]?.path).toEqual(['calendar']);
  });
});

describe('slaStatus — bad input', () => {
  const ticket = buildTicket({ createdAt: '2024-05-06T09:00:00Z' });

  it.each([
    [{ id: 'p', metrics: { first_reply_time: { targets: { high: '-4h' } } } }, 'INVALID_DURATION', ['metrics', 'first_reply_time', 'targets', 'high']],
    [{ id: 'p', metrics: { first_reply_time: { targets: { high: '4 hours' } } } }, 'INVALID_DURATION', ['metrics', 'first_reply_time', 'targets', 'high']],
    [{ id: 'p', metrics: { first_reply_time: { targets: { high: 'P1M' } } } }, 'INVALID_DURATION', ['metrics', 'first_reply_time', 'targets', 'high']],
    [{ id: 'p', metrics: { first_reply_time: { targets: { high: '0m' } } } }, 'INVALID_DURATION', ['metrics', 'first_reply_time', 'targets', 'high']],
    [{ id: 'p', hours: 'business', metrics: { first_reply_time: { targets: { high: '2d' } } } }, 'INVALID_DURATION', ['metrics', 'first_reply_time', 'targets', 'high']],
    [{ id: 'p', metrics: { first_reply_time: { targets: { critical: '4h' } } } }, 'INVALID_POLICY', ['metrics', 'first_reply_time', 'targets']],
    [{ id: 'p', metrics: { first_response: { targets: { high: '4h' } } } }, 'INVALID_POLICY', ['metrics']],
    [{ id: 'p', metrics: {} }, 'INVALID_POLICY', ['metrics']],
    [{ id: 'p', warnAt: [100], metrics: { first_reply_time: { targets: { high: '4h' } } } }, 'INVALID_POLICY', ['warnAt', 0]],
    [{ id: 'p', metrics: { agent_work_time: { targets: { high: '4h' }, pauseOn: ['active'] } } }, 'INVALID_POLICY', ['metrics', 'agent_work_time', 'pauseOn', 0]],
  ])('rejects policy %j with %s at the field', (policy, code, path) => {
    const error = thrown(() => slaStatus(ticket, policy as SlaPolicy, null, '2024-05-06T10:00:00Z'));
    expect(isRapportError(error) && error.code).toBe(code);
    expect(isRapportError(error) && error.issues[0]?.path).toEqual(path);
  });

  it('rejects an invalid or offset-less now, and a now before creation', () => {
    for (const now of ['2024-05-06T10:00:00', 'yesterday', Number.NaN, new Date('x'), '2024-05-06T08:00:00Z']) {
      const error = thrown(() => slaStatus(ticket, allMetrics, null, now));
      expect(isRapportError(error) && error.code).toBe('INVALID_INPUT');
      expect(isRapportError(error) && error.issues[0]?.path).toEqual(['now']);
    }
  });

  it('rejects a malformed ticket with INVALID_TICKET', () => {
    const error = thrown(() => slaStatus({ ...ticket, priority: 'critical' } as never, allMetrics, null, '2024-05-06T10:00:00Z'));
    expect(isRapportError(error) && error.code).toBe('INVALID_TICKET');
    expect(isRapportError(error) && error.issues[0]?.path).toEqual(['priority']);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const START = Date.parse('2024-05-06T00:00:00Z');
const statuses: TicketStatus[] = ['open', 'pending', 'on_hold', 'open', 'resolved'];

/** A random, schema-valid history over two weeks: status changes and public messages. */
const historyArbitrary = fc
  .array(
    fc.record({
      offsetMin: fc.integer({ min: 1, max: 14 * 24 * 60 }),
      step: fc.oneof(
        fc.constantFrom(...statuses).map((status) => ({ status })),
        fc.constantFrom('agent' as const, 'requester' as const).map((say) => ({ say })),
      ),
    }),
    { maxLength: 14 },
  )
  .map((raw) =>
    raw
      .sort((a, b) => a.offsetMin - b.offsetMin)
      .map(({ offsetMin, step }) => ({ ...step, at: new Date(START + offsetMin * 60_000).toISOString() }) as HistoryStep),
  );

const day = [['09:00', '17:00']] as [string, string][];
const berlin = createBusinessCalendar({ timeZone: 'Europe/Berlin', hours: { mon: day, tue: day, wed: day, thu: day, fri: day } });
const clocks = [
  ['calendar hours', null, 'calendar'],
  ['business hours, UTC weekday clock', weekdayHoursClock(9, 17), 'business'],
  ['business hours, Europe/Berlin calendar', berlin, 'business'],
] as const;

describe.each(clocks)('slaStatus properties (%s)', (_name, clock, hours) => {
  const policy: SlaPolicy = {
    id: 'prop',
    hours,
    metrics: {
      first_reply_time: { targets: { high: '4h' } },
      next_reply_time: { targets: { high: '8h' } },
      periodic_update_time: { targets: { high: '24h' } },
      pausable_update_time: { targets: { high: '24h' } },
      requester_wait_time: { targets: { high: '40h' } },
      agent_work_time: { targets: { high: '16h' } },
    },
  };

  it('elapsed is monotonic in now (within a cycle) and never exceeds wall time', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.integer({ min: 0, max: 20 * 24 * 60 }), fc.integer({ min: 0, max: 3 * 24 * 60 }), (steps, a, d) => {
        const ticket = buildTicket({ createdAt: new Date(START).toISOString(), steps });
        const t1 = START + a * 60_000;
        const t2 = t1 + d * 60_000;
        const s1 = slaStatus(ticket, policy, clock, t1);
        const s2 = slaStatus(ticket, policy, clock, t2);
        for (const m1 of s1.metrics) {
          const m2 = s2.metrics.find((m) => m.metric === m1.metric);
          expect(m2).toBeDefined();
          if (!m2) continue;
          expect(m1.elapsedMs).toBeLessThanOrEqual(t1 - START);
          // The same cycle (or its history entry later) has counted at least as much.
          const later = m2.history[m1.cycle - 1];
          if (m1.cycle > 0) expect(later?.elapsedMs ?? 0).toBeGreaterThanOrEqual(m1.elapsedMs);
          expect(m2.breaches).toBeGreaterThanOrEqual(m1.breaches);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('pausing never brings a due time earlier', () => {
    fc.assert(
      fc.property(
        historyArbitrary,
        fc.integer({ min: 1, max: 10 * 24 * 60 }),
        fc.integer({ min: 1, max: 3 * 24 * 60 }),
        fc.integer({ min: 0, max: 4 * 24 * 60 }),
        fc.constantFrom<TicketStatus>('pending', 'on_hold'),
        (steps, startMin, pauseMin, afterMin, pauseStatus) => {
          // Only open tickets with no other status change after the pause start: the pause is the
          // one difference between the two histories.
          const pauseAt = START + startMin * 60_000;
          const resumeAt = pauseAt + pauseMin * 60_000;
          const before = steps.filter((s) => Date.parse(s.at) < pauseAt);
          const base = buildTicket({ createdAt: new Date(START).toISOString(), steps: [...before, { at: new Date(pauseAt).toISOString(), status: 'open' }] });
          const paused = buildTicket({
            createdAt: new Date(START).toISOString(),
            steps: [...before, { at: new Date(pauseAt).toISOString(), status: pauseStatus }, { at: new Date(resumeAt).toISOString(), status: 'open' }],
          });
          const now = resumeAt + afterMin * 60_000;
          const a = slaStatus(base, policy, clock, now);
          const b = slaStatus(paused, policy, clock, now);
          for (const ma of a.metrics) {
            const mb = b.metrics.find((m) => m.metric === ma.metric);
            if (!mb || ma.cycle !== mb.cycle) continue;
            expect(mb.elapsedMs).toBeLessThanOrEqual(ma.elapsedMs);
            if (ma.dueAt !== null && mb.dueAt !== null) expect(Date.parse(mb.dueAt)).toBeGreaterThanOrEqual(Date.parse(ma.dueAt));
            if (!ma.breached) expect(mb.breached).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same input gives the same status', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.integer({ min: 0, max: 20 * 24 * 60 }), (steps, a) => {
        const ticket = buildTicket({ createdAt: new Date(START).toISOString(), steps });
        const now = START + a * 60_000;
        expect(slaStatus(ticket, policy, clock, now)).toEqual(slaStatus(structuredClone(ticket), policy, clock, new Date(now)));
      }),
      { numRuns: 50 },
    );
  });
});

describe('slaStatus policy memo', () => {
  it('never serves a stale policy when the caller mutates the object between calls', () => {
    const ticket = buildTicket({ createdAt: '2024-05-06T09:00:00Z' });
    const policy = { id: 'm', metrics: { first_reply_time: { targets: { high: '4h' } } } } satisfies SlaPolicy;
    expect(slaStatus(ticket, policy, null, '2024-05-06T10:00:00Z').metrics[0]?.targetMs).toBe(4 * HOUR);
    policy.metrics.first_reply_time.targets.high = '2h';
    expect(slaStatus(ticket, policy, null, '2024-05-06T10:00:00Z').metrics[0]?.targetMs).toBe(2 * HOUR);
    (policy.metrics.first_reply_time.targets as Record<string, string>).high = 'soon';
    expect(() => slaStatus(ticket, policy, null, '2024-05-06T10:00:00Z')).toThrow(/Invalid SLA policy at metrics.first_reply_time.targets.high/);
  });
});
