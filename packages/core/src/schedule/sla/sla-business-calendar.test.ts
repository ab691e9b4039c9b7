import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../calendar/create-business-calendar.js';
import { planFollowUps } from '../follow-up/plan-follow-ups.js';
import { buildTicket } from './internal/ticket-builder.js';
import type { SlaPolicy } from './sla-policy.js';
import { slaStatus } from './sla-status.js';

// A real calendar: Monday to Friday 09:00-17:00 in Berlin, Whit Monday 2024 off.
const day = [['09:00', '17:00']] as [string, string][];
const berlin = createBusinessCalendar({
  timeZone: 'Europe/Berlin',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: ['2024-05-20'],
});
const policy: SlaPolicy = {
  id: 'berlin-office',
  hours: 'business',
  metrics: {
    first_reply_time: { targets: { high: '8h', urgent: '4h', normal: '1h' } },
    requester_wait_time: { targets: { high: '16h' } },
  },
};
const frt = (status: ReturnType<typeof slaStatus>) => status.metrics.find((m) => m.metric === 'first_reply_time');

describe('slaStatus with a business calendar (Mon-Fri 09:00-17:00 Europe/Berlin)', () => {
  it('counts Friday afternoon, skips the weekend, and is due on Monday in local business time', () => {
    const ticket = buildTicket({ createdAt: '2024-05-10T15:00:00+02:00' }); // Friday 15:00 CEST
    const status = slaStatus(ticket, policy, berlin, '2024-05-11T12:00:00+02:00'); // Saturday
    expect(frt(status)).toMatchObject({ elapsedMs: 2 * 3_600_000, remainingMs: 6 * 3_600_000, state: 'running' });
    expect(frt(status)?.dueAt).toBe('2024-05-13T13:00:00.000Z'); // Monday 15:00 CEST
  });

  it('crosses the spring DST change without shifting the due time', () => {
    // Friday 2024-03-29 16:00 CET; clocks go forward on Sunday the 31st.
    const ticket = buildTicket({ createdAt: '2024-03-29T16:00:00+01:00', priority: 'urgent' });
    const status = slaStatus(ticket, policy, berlin, '2024-03-30T10:00:00Z');
    expect(frt(status)?.dueAt).toBe('2024-04-01T10:00:00.000Z'); // Monday 12:00 CEST = 1h Friday + 3h Monday
  });

  it('skips a holiday', () => {
    const ticket = buildTicket({ createdAt: '2024-05-17T16:00:00+02:00', priority: 'urgent' }); // Friday before Whit Monday
    expect(frt(slaStatus(ticket, policy, berlin, '2024-05-18T00:00:00Z'))?.dueAt).toBe('2024-05-21T10:00:00.000Z'); // Tuesday 12:00 CEST
  });

  it('follows biz when a target runs out exactly at closing: due at the next opening', () => {
    const ticket = buildTicket({ createdAt: '2024-05-10T16:00:00+02:00', priority: 'normal' }); // Friday 16:00, 1h target
    const status = slaStatus(ticket, policy, berlin, '2024-05-11T12:00:00Z');
    expect(frt(status)).toMatchObject({ elapsedMs: 3_600_000, remainingMs: 0, breached: false });
    expect(frt(status)?.dueAt).toBe('2024-05-13T07:00:00.000Z'); // Monday 09:00 CEST
    expect(frt(slaStatus(ticket, policy, berlin, '2024-05-13T07:00:00Z'))?.breached).toBe(true);
  });

  it('a pause starting exactly at the closing where a target runs out never makes it breach earlier', () => {
    // Found by the property test: 8h of business time run out at Monday 17:00, the very instant
    // the ticket goes pending for a minute. biz puts the due time at the next opening (Tuesday
    // 09:00), with or without the pause.
    const steps = [
      { at: '2024-05-13T17:00:00+02:00', status: 'pending' as const },
      { at: '2024-05-13T17:01:00+02:00', status: 'open' as const },
    ];
    const rwtPolicy: SlaPolicy = { id: 'p', hours: 'business', metrics: { requester_wait_time: { targets: { high: '8h' } } } };
    const paused = buildTicket({ createdAt: '2024-05-13T09:00:00+02:00', steps });
    const plain = buildTicket({ createdAt: '2024-05-13T09:00:00+02:00' });
    for (const ticket of [paused, plain]) {
      const rwt = slaStatus(ticket, rwtPolicy, berlin, '2024-05-13T17:02:00+02:00').metrics[0];
      expect(rwt).toMatchObject({ elapsedMs: 8 * 3_600_000, breached: false, dueAt: '2024-05-14T07:00:00.000Z' });
    }
  });

  it('pauses requester wait time while pending, in business time', () => {
    const ticket = buildTicket({
      createdAt: '2024-05-13T09:00:00+02:00', // Monday
      steps: [
        { at: '2024-05-13T11:00:00+02:00', say: 'agent' },
        { at: '2024-05-13T11:00:00+02:00', status: 'pending' },
        { at: '2024-05-14T10:00:00+02:00', say: 'requester' },
        { at: '2024-05-14T10:00:00+02:00', status: 'open' },
      ],
    });
    const rwt = slaStatus(ticket, policy, berlin, '2024-05-14T12:00:00+02:00').metrics.find((m) => m.metric === 'requester_wait_time');
    // Monday 09-11 (2h) + Tuesday 10-12 (2h); 16h target leaves 12h: Tue 12-17 (5h), Wed 09-16 (7h).
    expect(rwt).toMatchObject({ elapsedMs: 4 * 3_600_000, dueAt: '2024-05-15T14:00:00.000Z' });
  });

  it('accepts the calendar or its BusinessClock alike', () => {
    const ticket = buildTicket({ createdAt: '2024-05-10T15:00:00+02:00' });
    expect(slaStatus(ticket, policy, berlin.toBusinessClock(), '2024-05-11T12:00:00Z')).toEqual(slaStatus(ticket, policy, berlin, '2024-05-11T12:00:00Z'));
  });
});

describe('planFollowUps with a business calendar', () => {
  it('counts business hours for reminders and auto-resolve', () => {
    const ticket = buildTicket({
      createdAt: '2024-05-10T09:00:00+02:00',
      steps: [
        { at: '2024-05-10T16:00:00+02:00', say: 'agent' },
        { at: '2024-05-10T16:00:00+02:00', status: 'pending' },
      ],
    });
    const plan = planFollowUps(
      ticket,
      { hours: 'business', pendingReminders: { after: ['8h'] }, autoResolve: { after: '24h' }, autoClose: { after: '32h' } },
      berlin,
      '2024-05-10T16:01:00+02:00',
    );
    expect(plan.followUps.map((f) => [f.kind, f.dueAt])).toEqual([
      ['pending_reminder', '2024-05-13T14:00:00.000Z'], // Friday 1h + Monday 7h → Monday 16:00 CEST
      ['auto_resolve', '2024-05-15T14:00:00.000Z'], // Fri 1h + Mon 8h + Tue 8h + Wed 7h → Wednesday 16:00 CEST
    ]);
  });
});
