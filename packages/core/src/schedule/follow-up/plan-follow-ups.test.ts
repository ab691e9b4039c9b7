import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRapportError } from '../../errors.js';
import { createBusinessCalendar } from '../calendar/create-business-calendar.js';
import type { TicketStatus } from '../../ticket/ticket-status.js';
import { buildTicket, type HistoryStep } from '../sla/internal/ticket-builder.js';
import { weekdayHoursClock } from '../sla/internal/weekday-hours-clock.js';
import type { FollowUpPolicy } from './follow-up-policy.js';
import { planFollowUps } from './plan-follow-ups.js';
import { thrown } from '../../internal/thrown.js';

const created = '2024-05-06T09:00:00Z'; // Monday
const kinds = (plan: ReturnType<typeof planFollowUps>) => plan.followUps.map((f) => [f.kind, f.dueAt]);


describe('planFollowUps — pending reminders and auto-resolve', () => {
  const waiting: HistoryStep[] = [
    { at: '2024-05-06T10:00:00Z', say: 'agent', text: 'Could you send the VPN client log?' },
    { at: '2024-05-06T10:00:00Z', status: 'pending' },
  ];

  it('plans Zendesk-like reminders at 24h and 5 days, and auto-resolve at 7 days', () => {
    const plan = planFollowUps(buildTicket({ createdAt: created, steps: waiting }), {}, null, '2024-05-06T10:05:00Z');
    expect(kinds(plan)).toEqual([
      ['pending_reminder', '2024-05-07T10:00:00.000Z'],
      ['pending_reminder', '2024-05-11T10:00:00.000Z'],
      ['auto_resolve', '2024-05-13T10:00:00.000Z'],
    ]);
    expect(plan.followUps[0]).toMatchObject({ audience: 'requester', model: 'interactive', step: 1, steps: 2, ticketId: 'T-1' });
    expect(plan.changes.add).toHaveLength(3);
  });

  it('cancels them all when the requester answers', () => {
    const before = planFollowUps(buildTicket({ createdAt: created, steps: waiting }), {}, null, '2024-05-06T10:05:00Z');
    const answered = buildTicket({
      createdAt: created,
      steps: [...waiting, { at: '2024-05-06T15:00:00Z', say: 'requester' }, { at: '2024-05-06T15:00:00Z', status: 'open' }],
    });
    const after = planFollowUps(answered, {}, null, '2024-05-06T15:01:00Z', { previous: before.followUps });
    expect(after.followUps).toEqual([]);
    expect(after.changes.cancel.map((f) => f.id)).toEqual(before.followUps.map((f) => f.id));
    expect(after.changes.add).toEqual([]);
  });

  it('restarts the silence from the agent’s latest nudge while pending', () => {
    const nudged = buildTicket({ createdAt: created, steps: [...waiting, { at: '2024-05-08T09:00:00Z', say: 'agent' }] });
    const plan = planFollowUps(nudged, { pendingReminders: { after: ['24h'] }, autoResolve: { after: '3d' } }, null, '2024-05-08T09:30:00Z');
    expect(kinds(plan)).toEqual([
      ['pending_reminder', '2024-05-09T09:00:00.000Z'],
      ['auto_resolve', '2024-05-11T09:00:00.000Z'],
    ]);
  });

  it('counts business hours when asked, with a calendar', () => {
    const plan = planFollowUps(
      buildTicket({ createdAt: created, steps: waiting }),
      { hours: 'business', pendingReminders: { after: ['8h', '24h'] }, autoResolve: { after: '40h' }, autoClose: { after: '32h' } },
      weekdayHoursClock(9, 17),
      '2024-05-06T10:05:00Z',
    );
    expect(kinds(plan)).toEqual([
      ['pending_reminder', '2024-05-07T10:00:00.000Z'],
      ['pending_reminder', '2024-05-09T10:00:00.000Z'],
      ['auto_resolve', '2024-05-13T10:00:00.000Z'],
    ]);
  });
});

describe('planFollowUps — after resolution', () => {
  it('plans the satisfaction follow-up 24h after resolution and auto-close after 4 days', () => {
    const solved = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T11:00:00Z', say: 'agent' }, { at: '2024-05-06T11:00:00Z', status: 'resolved' }] });
    expect(kinds(planFollowUps(solved, {}, null, '2024-05-06T11:00:00Z'))).toEqual([
      ['satisfaction_survey', '2024-05-07T11:00:00.000Z'],
      ['auto_close', '2024-05-10T11:00:00.000Z'],
    ]);
  });

  it('asks for satisfaction once per ticket: not again after a reopen once the first survey went out', () => {
    const steps: HistoryStep[] = [
      { at: '2024-05-06T11:00:00Z', status: 'resolved' },
      { at: '2024-05-08T09:00:00Z', say: 'requester' },
      { at: '2024-05-08T09:00:00Z', status: 'open' },
      { at: '2024-05-08T12:00:00Z', status: 'resolved' },
    ];
    expect(kinds(planFollowUps(buildTicket({ createdAt: created, steps }), {}, null, '2024-05-08T12:00:00Z'))).toEqual([
      ['auto_close', '2024-05-12T12:00:00.000Z'],
    ]);
    // Reopened before the first survey was due: the survey is planned for the new resolution.
    const quick = [{ ...steps[0]! }, { ...steps[1]!, at: '2024-05-06T12:00:00Z' }, { ...steps[2]!, at: '2024-05-06T12:00:00Z' }, steps[3]!] as HistoryStep[];
    expect(kinds(planFollowUps(buildTicket({ createdAt: created, steps: quick }), {}, null, '2024-05-08T12:00:00Z'))[0]).toEqual([
      'satisfaction_survey',
      '2024-05-09T12:00:00.000Z',
    ]);
  });

  it('plans nothing for closed or canceled tickets', () => {
    const closed = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T11:00:00Z', status: 'resolved' }, { at: '2024-05-10T11:00:00Z', status: 'closed' }] });
    expect(planFollowUps(closed, {}, null, '2024-05-10T12:00:00Z', { incident: true }).followUps).toEqual([]);
  });
});

describe('planFollowUps — incident updates', () => {
  const steps: HistoryStep[] = [
    { at: '2024-05-06T09:05:00Z', status: 'open' },
    { at: '2024-05-06T09:10:00Z', say: 'agent', text: 'We are investigating the outage.' },
  ];

  it('plans the next linear broadcast at the priority’s cadence from the last update', () => {
    const ticket = buildTicket({ createdAt: created, priority: 'urgent', steps });
    const plan = planFollowUps(ticket, {}, null, '2024-05-06T09:15:00Z', { incident: true });
    expect(plan.followUps).toHaveLength(1);
    expect(plan.followUps[0]).toMatchObject({ kind: 'incident_update', dueAt: '2024-05-06T09:40:00.000Z', audience: 'subscribers', model: 'linear', sequence: 2 });
    const next = buildTicket({ createdAt: created, priority: 'urgent', steps: [...steps, { at: '2024-05-06T09:38:00Z', say: 'agent' }] });
    const replanned = planFollowUps(next, {}, null, '2024-05-06T09:39:00Z', { incident: true, previous: plan.followUps });
    expect(replanned.changes.cancel.map((f) => f.id)).toEqual([plan.followUps[0]?.id]);
    expect(replanned.changes.add.map((f) => [f.kind, f.dueAt])).toEqual([['incident_update', '2024-05-06T10:08:00.000Z']]);
  });

  it('treats tickets of the configured priorities as incidents, and no others', () => {
    const urgent = buildTicket({ createdAt: created, priority: 'urgent', steps });
    expect(planFollowUps(urgent, {}, null, '2024-05-06T09:15:00Z').followUps).toEqual([]);
    expect(planFollowUps(urgent, { incidentUpdates: { priorities: ['urgent'] } }, null, '2024-05-06T09:15:00Z').followUps).toHaveLength(1);
  });
});

describe('planFollowUps — SLA warnings', () => {
  it('plans warnings at the SLA thresholds and a breach at the due time for running metrics', () => {
    const ticket = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T09:05:00Z', status: 'open' }] });
    const policy: FollowUpPolicy = { sla: { id: 'std', metrics: { first_reply_time: { targets: { high: '4h' } } } } };
    const plan = planFollowUps(ticket, policy, null, '2024-05-06T09:30:00Z');
    expect(plan.followUps.map((f) => [f.kind, f.dueAt, 'percent' in f ? f.percent : 100])).toEqual([
      ['sla_warning', '2024-05-06T11:00:00.000Z', 50],
      ['sla_warning', '2024-05-06T12:00:00.000Z', 75],
      ['sla_breach', '2024-05-06T13:00:00.000Z', 100],
    ]);
    expect(plan.sla?.metrics[0]?.state).toBe('running');
    const replied = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T09:05:00Z', status: 'open' }, { at: '2024-05-06T10:00:00Z', say: 'agent' }] });
    const after = planFollowUps(replied, policy, null, '2024-05-06T10:00:00Z', { previous: plan.followUps });
    expect(after.changes.cancel).toHaveLength(3);
  });

  it('plans none while the metric is paused', () => {
    const ticket = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T10:00:00Z', status: 'pending' }] });
    const policy: FollowUpPolicy = { pendingReminders: { enabled: false }, autoResolve: { enabled: false }, sla: { id: 'std', metrics: { agent_work_time: { targets: { high: '8h' } } } } };
    expect(planFollowUps(ticket, policy, null, '2024-05-06T11:00:00Z').followUps).toEqual([]);
  });
});

describe('planFollowUps — commitments', () => {
  const promise: HistoryStep[] = [
    { at: '2024-05-06T09:05:00Z', status: 'open' },
    { at: '2024-05-06T10:00:00Z', say: 'agent', id: 'm-7', text: "I'll update you by 3 pm tomorrow." },
  ];

  it('plans a follow-up one hour before the promised time', () => {
    const plan = planFollowUps(buildTicket({ createdAt: created, steps: promise }), {}, null, '2024-05-06T10:01:00Z', {
      commitments: [{ messageId: 'm-7', due: '2024-05-07T15:00:00Z', text: "I'll update you by 3 pm tomorrow", range: [0, 31] }],
    });
    expect(plan.followUps).toHaveLength(1);
    expect(plan.followUps[0]).toMatchObject({ kind: 'commitment', dueAt: '2024-05-07T14:00:00.000Z', promisedAt: '2024-05-07T15:00:00.000Z', messageId: 'm-7', audience: 'agent' });
  });

  it('never plans before the halfway point of a short promise', () => {
    const plan = planFollowUps(buildTicket({ createdAt: created, steps: promise }), {}, null, '2024-05-06T10:01:00Z', {
      commitments: [{ id: 'c1', messageId: 'm-7', due: '2024-05-06T10:30:00Z' }],
    });
    expect(plan.followUps[0]?.dueAt).toBe('2024-05-06T10:15:00.000Z');
  });

  it('drops the follow-up once the agent writes again, or the ticket is solved', () => {
    const commitments = [{ messageId: 'm-7', due: '2024-05-07T15:00:00Z' }];
    const updated = buildTicket({ createdAt: created, steps: [...promise, { at: '2024-05-07T09:00:00Z', say: 'agent' }] });
    expect(planFollowUps(updated, {}, null, '2024-05-07T09:01:00Z', { commitments }).followUps).toEqual([]);
    const solved = buildTicket({ createdAt: created, steps: [...promise, { at: '2024-05-06T12:00:00Z', status: 'resolved' }] });
    expect(planFollowUps(solved, { satisfaction: { enabled: false }, autoClose: { enabled: false } }, null, '2024-05-06T12:01:00Z', { commitments }).followUps).toEqual([]);
  });

  it('rejects a commitment whose message is unknown, or whose due time precedes the promise', () => {
    const ticket = buildTicket({ createdAt: created, steps: promise });
    for (const [commitment, path] of [
      [{ messageId: 'nope', due: '2024-05-07T15:00:00Z' }, ['commitments', 0, 'messageId']],
      [{ messageId: 'm-7', due: '2024-05-06T09:00:00Z' }, ['commitments', 0, 'due']],
      [{ messageId: 'm-7', due: 'tomorrow 3pm' }, ['commitments', 0, 'due']],
      [{ due: '2024-05-07T15:00:00Z', madeAt: '2024-05-06T10:00:00Z' }, ['commitments', 0, 'id']],
    ] as const) {
      const error = thrown(() => planFollowUps(ticket, {}, null, '2024-05-06T10:01:00Z', { commitments: [commitment] }));
      expect(isRapportError(error) && error.code).toBe('INVALID_INPUT');
      expect(isRapportError(error) && error.issues[0]?.path).toEqual(path);
    }
  });
});

describe('planFollowUps — bad policy', () => {
  const ticket = buildTicket({ createdAt: created });
  it.each([
    [{ pendingReminders: { after: ['5d', '24h'] } }, 'INVALID_POLICY', ['pendingReminders', 'after', 1]],
    [{ autoClose: { after: '4 days' } }, 'INVALID_DURATION', ['autoClose', 'after']],
    [{ hours: 'business' }, 'INVALID_DURATION', ['pendingReminders', 'after', 1]],
    [{ satisfaction: { after: '5d' } }, 'INVALID_POLICY', ['satisfaction', 'after']],
    [{ sla: { id: 'x', metrics: { first_reply_time: { targets: { high: 'PT-1H' } } } } }, 'INVALID_DURATION', ['sla', 'metrics', 'first_reply_time', 'targets', 'high']],
    [{ pendingReminder: {} }, 'INVALID_POLICY', []],
  ])('rejects %j with %s at the field', (policy, code, path) => {
    const error = thrown(() => planFollowUps(ticket, policy as FollowUpPolicy, null, '2024-05-06T10:00:00Z'));
    expect(isRapportError(error) && error.code).toBe(code);
    expect(isRapportError(error) && error.issues[0]?.path).toEqual(path);
  });

  it('needs a calendar for business hours', () => {
    const error = thrown(() => planFollowUps(ticket, { hours: 'business', pendingReminders: { after: ['8h'] }, autoResolve: { after: '40h' }, autoClose: { after: '32h' } }, null, '2024-05-06T10:00:00Z'));
    expect(isRapportError(error) && error.issues[0]?.path).toEqual(['calendar']);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const START = Date.parse(created);
const statuses: TicketStatus[] = ['open', 'pending', 'on_hold', 'open', 'resolved'];
const historyArbitrary = fc
  .array(
    fc.record({
      offsetMin: fc.integer({ min: 1, max: 10 * 24 * 60 }),
      step: fc.oneof(fc.constantFrom(...statuses).map((status) => ({ status })), fc.constantFrom('agent' as const, 'requester' as const).map((say) => ({ say }))),
    }),
    { maxLength: 12 },
  )
  .map((raw) => raw.sort((a, b) => a.offsetMin - b.offsetMin).map(({ offsetMin, step }) => ({ ...step, at: new Date(START + offsetMin * 60_000).toISOString() }) as HistoryStep));

const fullPolicy: FollowUpPolicy = {
  incidentUpdates: { priorities: ['high'] },
  sla: {
    id: 'std',
    metrics: {
      first_reply_time: { targets: { high: '4h' } },
      next_reply_time: { targets: { high: '8h' } },
      requester_wait_time: { targets: { high: '40h' } },
      agent_work_time: { targets: { high: '16h' } },
    },
  },
};

const day = [['09:00', '17:00']] as [string, string][];
const berlin = createBusinessCalendar({ timeZone: 'Europe/Berlin', hours: { mon: day, tue: day, wed: day, thu: day, fri: day } });
const businessPolicy: FollowUpPolicy = {
  ...fullPolicy,
  hours: 'business',
  pendingReminders: { after: ['8h', '40h'] },
  autoResolve: { after: '56h' },
  autoClose: { after: '32h' },
  incidentUpdates: { priorities: ['high'], every: { high: '2h' } },
  sla: { ...fullPolicy.sla!, hours: 'business' },
};

describe.each([
  ['calendar hours', null, fullPolicy],
  ['business hours on a Europe/Berlin calendar', berlin, businessPolicy],
] as const)('planFollowUps properties (%s)', (_name, calendar, policy) => {
  const lastAt = (steps: readonly HistoryStep[]) => (steps.length ? Date.parse(steps[steps.length - 1]!.at) : START);

  it('is idempotent: planning the same state twice gives the same plan, and nothing to change', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.integer({ min: 0, max: 5 * 24 * 60 }), (steps, after) => {
        const ticket = buildTicket({ createdAt: created, steps });
        const now = lastAt(steps) + after * 60_000;
        const first = planFollowUps(ticket, policy, calendar, now);
        const second = planFollowUps(structuredClone(ticket), policy, calendar, new Date(now), { previous: first.followUps });
        expect(second.followUps).toEqual(first.followUps);
        expect(second.changes.add).toEqual([]);
        expect(second.changes.cancel).toEqual([]);
        expect(second.changes.keep).toEqual(first.followUps);
      }),
      { numRuns: 120 },
    );
  });

  it('ids are stable under replanning with no new events, however much time passes', () => {
    fc.assert(
      fc.property(historyArbitrary, fc.integer({ min: 0, max: 3 * 24 * 60 }), fc.integer({ min: 1, max: 20 * 24 * 60 }), (steps, a, b) => {
        const ticket = buildTicket({ createdAt: created, steps });
        const t1 = lastAt(steps) + a * 60_000;
        const ids1 = planFollowUps(ticket, policy, calendar, t1).followUps.map((f) => f.id);
        const ids2 = planFollowUps(ticket, policy, calendar, t1 + b * 60_000).followUps.map((f) => f.id);
        expect(ids2).toEqual(ids1);
      }),
      { numRuns: 120 },
    );
  });

  it('replanning after an event: add and keep make up the new plan, cancel only what was planned', () => {
    fc.assert(
      fc.property(historyArbitrary, historyArbitrary, (steps, more) => {
        const t1 = lastAt(steps);
        const later = more.map((s) => ({ ...s, at: new Date(Date.parse(s.at) - START + t1).toISOString() }) as HistoryStep);
        const before = planFollowUps(buildTicket({ createdAt: created, steps }), policy, calendar, t1);
        const after = planFollowUps(buildTicket({ createdAt: created, steps: [...steps, ...later] }), policy, calendar, lastAt(later.length ? later : steps), {
          previous: before.followUps,
        });
        const ids = (list: readonly { id: string }[]) => list.map((f) => f.id).sort();
        expect(ids([...after.changes.add, ...after.changes.keep])).toEqual(ids(after.followUps));
        const planned = new Set(before.followUps.map((f) => f.id));
        expect(after.changes.cancel.every((f) => planned.has(f.id))).toBe(true);
        expect(after.changes.keep.every((f) => planned.has(f.id))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('commitmentsFromSignals', () => {
  it('feeds resolved analyzer commitments to the planner and leaves unresolved ones out', async () => {
    const { commitmentsFromSignals } = await import('./follow-up-commitment.js');
    const signals = [
      { range: [0, 31] as const, phrase: 'by 3 pm tomorrow', due: '2024-05-07T15:00:00.000Z' },
      { range: [40, 44] as const, phrase: 'soon' },
    ];
    const commitments = commitmentsFromSignals('m-7', signals);
    expect(commitments).toEqual([{ messageId: 'm-7', due: '2024-05-07T15:00:00.000Z', range: [0, 31], text: 'by 3 pm tomorrow' }]);
    const ticket = buildTicket({ createdAt: created, steps: [{ at: '2024-05-06T10:00:00Z', say: 'agent', id: 'm-7' }] });
    const plan = planFollowUps(ticket, {}, null, '2024-05-06T10:01:00Z', { commitments });
    expect(plan.followUps.map((f) => [f.kind, f.dueAt])).toEqual([['commitment', '2024-05-07T14:00:00.000Z']]);
  });
});
