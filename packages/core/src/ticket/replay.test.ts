import { describe, expect, it } from 'vitest';
import { EventBuilder, agent, system } from './internal/event-builder.test-support.js';
import { platformDefaults } from './lifecycle-options.js';
import { parseTicket } from './parse-ticket.js';
import { replay } from './replay.js';
import { stateCategory } from './ticket-status.js';
import { thrown } from '../internal/thrown.js';


/** A realistic ticket story: request, triage, vendor hold, answer, resolution, auto-close, late reply. */
function story() {
  const b = new EventBuilder();
  b.created();
  b.assigned(agent);
  b.agentReplied();
  b.statusChanged('pending');
  b.customerReplied('Here is the log you asked for.');
  b.statusChanged('on_hold', 'awaiting_vendor');
  b.statusChanged('new'); // refused: never-return-to-new
  b.note('Vendor confirmed a firmware bug; fix ships Friday.');
  b.agentReplied('The vendor confirmed the bug; the fix ships Friday and I will install it that afternoon.');
  b.resolved();
  b.advance(60 * 24 * 4);
  b.closed(system);
  b.customerReplied('It is dropping again since this morning.');
  return b;
}

describe('replay', () => {
  it('rebuilds the ticket and a timeline with every event, before/after states and effects', () => {
    const b = story();
    const { ticket, timeline, rejections } = replay(b.events);
    expect(ticket.status).toBe('closed');
    expect(timeline).toHaveLength(b.events.length);
    expect(timeline.map((e) => e.index)).toEqual(b.events.map((_, i) => i));
    expect(timeline.map((e) => `${e.before?.status ?? '-'}>${e.after.status}`)).toEqual([
      '->new',
      'new>open',
      'open>open',
      'open>pending',
      'pending>open',
      'open>on_hold',
      'on_hold>on_hold',
      'on_hold>on_hold',
      'on_hold>on_hold',
      'on_hold>resolved',
      'resolved>closed',
      'closed>closed',
    ]);
    expect(rejections).toEqual([
      expect.objectContaining({ ruleId: 'never-return-to-new', eventId: 'e-7', eventType: 'status_changed', status: 'on_hold' }),
    ]);
    const refused = timeline[6];
    expect(refused?.outcome).toBe('rejected');
    expect(refused?.after).toBe(refused?.before);
    expect(timeline.at(-1)?.effects.map((e) => e.type)).toEqual(['spawn-follow-up-ticket']);
    parseTicket(JSON.parse(JSON.stringify(ticket)));
  });

  it('gives SLA clocks a chained status history to measure time per category', () => {
    const { ticket } = replay(story().events);
    const categories = ticket.statusChanges.map((c) => stateCategory(c.to));
    expect(categories).toEqual(['active', 'active', 'waiting_requester', 'active', 'waiting_third_party', 'solved', 'terminal']);
    ticket.statusChanges.slice(1).forEach((change, i) => expect(change.from).toBe(ticket.statusChanges[i]?.to));
    expect(ticket.firstReplyAt).toBe(story().events[2]?.at);
  });

  it('honours options: with Freshdesk defaults the late reply reopens the ticket', () => {
    const { ticket, timeline } = replay(story().events, platformDefaults.freshdesk);
    expect(ticket.status).toBe('open');
    expect(ticket.reopenCount).toBe(1);
    expect(timeline.at(-1)?.outcome).toBe('applied');
  });

  it('accepts events with equal timestamps in log order', () => {
    const b = new EventBuilder();
    const created = b.created();
    const assigned = { ...b.assigned(agent), at: created.at };
    expect(replay([created, assigned]).ticket.status).toBe('open');
  });

  it('accepts JSON straight from storage', () => {
    const json = JSON.parse(JSON.stringify(story().events)) as unknown[];
    expect(replay(json).ticket).toEqual(replay(story().events).ticket);
  });
});

describe('replay: invalid logs', () => {
  it('rejects events out of order, naming the index', () => {
    const b = new EventBuilder();
    b.created();
    b.assigned(agent);
    const late = b.agentReplied();
    const events = [...b.events];
    events[2] = { ...late, at: '2024-05-01T00:00:00Z' };
    const error = thrown(() => replay(events));
    expect(error.code).toBe('INVALID_EVENT_LOG');
    expect(error.message).toContain('[2]');
    expect(error.issues).toEqual([expect.objectContaining({ code: 'out_of_order', path: [2, 'at'] })]);
  });

  it('compares instants, not strings, across offsets', () => {
    const b = new EventBuilder();
    const created = b.created(); // 08:01Z
    const assigned = { ...b.assigned(agent), at: '2024-05-02T09:30:00+02:00' }; // 07:30Z: earlier
    expect(thrown(() => replay([created, assigned])).code).toBe('INVALID_EVENT_LOG');
    const fine = { ...assigned, at: '2024-05-02T10:30:00+02:00' };
    expect(replay([created, fine]).ticket.updatedAt).toBe('2024-05-02T10:30:00+02:00');
  });

  it('rejects an event for another ticket', () => {
    const b = new EventBuilder();
    b.created();
    const foreign = { ...b.assigned(agent), ticketId: 'T-2002' };
    const error = thrown(() => replay([b.events[0], foreign]));
    expect(error.code).toBe('INVALID_EVENT_LOG');
    expect(error.issues[0]).toMatchObject({ code: 'other_ticket', path: [1, 'ticketId'] });
    expect(error.message).toContain('T-2002');
  });

  it('rejects a log that does not start with created, an empty log and a repeated event id', () => {
    const b = new EventBuilder();
    b.created();
    b.assigned(agent);
    expect(thrown(() => replay([b.events[1]])).issues[0]).toMatchObject({ code: 'not_created_first', path: [0, 'type'] });
    expect(thrown(() => replay([])).code).toBe('INVALID_EVENT_LOG');
    expect(thrown(() => replay('events' as unknown as unknown[])).code).toBe('INVALID_EVENT_LOG');
    const repeated = { ...b.events[1], at: '2024-05-02T09:00:00Z' };
    expect(thrown(() => replay([...b.events, repeated])).issues[0]).toMatchObject({ code: 'duplicate_event_id', path: [2, 'id'] });
  });

  it('rejects a malformed event with INVALID_EVENT and the zod path under its index', () => {
    const b = new EventBuilder();
    b.created();
    const reply = b.agentReplied();
    const bad = { ...reply, message: { ...reply.message, direction: 'inbound' } };
    const error = thrown(() => replay([b.events[0], bad]));
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues[0]?.path).toEqual([1, 'message', 'direction']);
    expect(error.message).toContain('[1].message.direction');
    const unknownStatus = { ...b.statusChanged('solved' as 'resolved') };
    expect(thrown(() => replay([b.events[0], unknownStatus])).issues[0]?.path).toEqual([1, 'to']);
  });
});
