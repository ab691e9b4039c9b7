import { describe, expect, it } from 'vitest';
import { EventBuilder, agent } from './internal/event-builder.test-support.js';
import { parseEvent } from './parse-event.js';
import { parseTicket } from './parse-ticket.js';
import { replay } from './replay.js';
import type { Ticket } from './ticket.js';
import { thrown } from '../internal/thrown.js';


function validTicket(): Ticket {
  const b = new EventBuilder();
  b.created();
  b.assigned(agent);
  b.statusChanged('on_hold', 'awaiting_vendor');
  return replay(b.events).ticket;
}

describe('parseTicket', () => {
  it('accepts a ticket built by the state machine, unchanged', () => {
    const ticket = validTicket();
    expect(parseTicket(JSON.parse(JSON.stringify(ticket)))).toEqual(ticket);
  });

  it('rejects an unknown status with INVALID_TICKET at path status, without coercing it', () => {
    const error = thrown(() => parseTicket({ ...validTicket(), status: 'solved' }));
    expect(error.code).toBe('INVALID_TICKET');
    expect(error.issues.map((i) => i.path)).toContainEqual(['status']);
    expect(error.message).toContain('status');
  });

  it.each([
    ['an on_hold ticket without a hold reason', (t: Ticket) => ({ ...t, holdReason: undefined }), ['holdReason']],
    ['a hold reason on an open ticket', (t: Ticket) => ({ ...t, status: 'open', statusChanges: t.statusChanges.slice(0, 2) }), ['holdReason']],
    ['resolvedAt on an unsolved ticket', (t: Ticket) => ({ ...t, resolvedAt: t.updatedAt }), ['resolvedAt']],
    ['closedAt on an open ticket', (t: Ticket) => ({ ...t, closedAt: t.updatedAt }), ['closedAt']],
    ['a requester that is an agent', (t: Ticket) => ({ ...t, requester: agent }), ['requester', 'kind']],
    ['an assignee that is a requester', (t: Ticket) => ({ ...t, assignee: t.requester }), ['assignee', 'kind']],
    ['updatedAt before createdAt', (t: Ticket) => ({ ...t, updatedAt: '2020-01-01T00:00:00Z' }), ['updatedAt']],
    ['a local time without offset', (t: Ticket) => ({ ...t, createdAt: '2024-05-02T08:00:00' }), ['createdAt']],
    ['a broken status chain', (t: Ticket) => ({ ...t, statusChanges: [t.statusChanges[0], t.statusChanges[2]] }), ['statusChanges', 1, 'from']],
    ['a history that returns to new', (t: Ticket) => ({ ...t, status: 'new', holdReason: undefined, statusChanges: [...t.statusChanges, { at: t.updatedAt, from: 'on_hold', to: 'new' }] }), ['statusChanges', 3, 'to']],
    ['a history that does not end at the status', (t: Ticket) => ({ ...t, statusChanges: t.statusChanges.slice(0, 2) }), ['statusChanges', 1, 'to']],
    ['an empty history', (t: Ticket) => ({ ...t, statusChanges: [] }), ['statusChanges']],
    ['a duplicate message id', (t: Ticket) => ({ ...t, messages: [...t.messages, ...t.messages] }), ['messages', 1, 'id']],
    ['a negative reopen count', (t: Ticket) => ({ ...t, reopenCount: -1 }), ['reopenCount']],
  ] as const)('rejects %s, naming the path', (_name, corrupt, path) => {
    const error = thrown(() => parseTicket(corrupt(validTicket())));
    expect(error.code).toBe('INVALID_TICKET');
    expect(error.issues.map((i) => i.path)).toContainEqual(path);
  });

  it('rejects what is not an object at the root path', () => {
    for (const input of [null, undefined, 'T-1', 42, []]) {
      const error = thrown(() => parseTicket(input));
      expect(error.code).toBe('INVALID_TICKET');
    }
  });
});

describe('parseEvent', () => {
  it('accepts every event the builder makes, unchanged', () => {
    const b = new EventBuilder();
    b.created();
    b.assigned(agent);
    b.agentReplied();
    b.note();
    b.customerReplied();
    b.statusChanged('on_hold', 'awaiting_problem');
    b.priorityChanged('urgent');
    b.resolved();
    b.reopened();
    b.canceled();
    b.closed();
    b.merged('T-1');
    for (const event of b.events) expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('names the path of the bad field', () => {
    const b = new EventBuilder();
    const note = b.note();
    expect(thrown(() => parseEvent({ ...note, message: { ...note.message, visibility: 'public' } })).issues[0]?.path).toEqual([
      'message',
      'visibility',
    ]);
    expect(thrown(() => parseEvent({ ...note, type: 'escalated' })).issues[0]?.path).toEqual(['type']);
    const assigned = b.assigned(agent);
    expect(thrown(() => parseEvent({ ...assigned, assignee: { kind: 'system', id: 'x' } })).issues[0]?.path).toEqual([
      'assignee',
      'kind',
    ]);
    expect(thrown(() => parseEvent({ ...assigned, at: 'yesterday' })).code).toBe('INVALID_EVENT');
  });
});
