import { describe, expect, it } from 'vitest';
import { EventBuilder, agent, bot, otherAgent, requester, system } from './internal/event-builder.test-support.js';
import type { LifecycleOptions } from './lifecycle-options.js';
import { platformDefaults } from './lifecycle-options.js';
import { parseTicket } from './parse-ticket.js';
import type { Ticket } from './ticket.js';
import type { TicketEvent } from './ticket-event.js';
import { transition, type TransitionResult } from './transition.js';

/** Applies every event but the last one (each must be accepted), then returns the last result. */
function play(events: readonly TicketEvent[], options?: Partial<LifecycleOptions>): { before: Ticket | null; result: TransitionResult } {
  let ticket: Ticket | null = null;
  events.forEach((event, index) => {
    if (index === events.length - 1) return;
    const step = transition(ticket, event, options);
    if (!step.ok) throw new Error(`setup event ${index} (${event.type}) refused by ${step.rejection.ruleId}`);
    ticket = step.ticket;
  });
  const last = events.at(-1);
  if (!last) throw new Error('no events');
  return { before: ticket, result: transition(ticket, last, options) };
}

function accepted(result: TransitionResult) {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.rejection.ruleId}: ${result.rejection.message}`);
  // Whatever the state machine produces must pass the ticket schema, invariants included.
  parseTicket(JSON.parse(JSON.stringify(result.ticket)));
  return result;
}

function ruleOf(result: TransitionResult) {
  return result.ok ? undefined : result.rejection.ruleId;
}

/** A ticket assigned to the agent and open. */
function openTicket(b = new EventBuilder()) {
  b.created();
  b.assigned(agent);
  return b;
}

describe('transition: creation', () => {
  it('creates a new ticket with the initial message, the status history and no first reply', () => {
    const b = new EventBuilder();
    const event = b.created();
    const { ticket, effects } = accepted(transition(null, event));
    expect(ticket).toMatchObject({
      id: 'T-1001',
      status: 'new',
      priority: 'high',
      requester,
      createdAt: event.at,
      updatedAt: event.at,
      lastRequesterMessageAt: event.at,
      reopenCount: 0,
    });
    expect(ticket.messages).toHaveLength(1);
    expect(ticket.statusChanges).toEqual([{ at: event.at, from: null, to: 'new', eventId: event.id }]);
    expect(ticket.firstReplyAt).toBeUndefined();
    expect(effects).toEqual([]);
  });

  it('opens at once when created with an assignee (Zendesk: an assigned new ticket becomes open)', () => {
    const b = new EventBuilder();
    const { ticket, effects } = accepted(transition(null, b.created({ assignee: agent })));
    expect(ticket.status).toBe('open');
    expect(ticket.statusChanges.map((c) => c.to)).toEqual(['new', 'open']);
    expect(effects).toEqual([{ type: 'notify-assignee', assigneeId: agent.id, reason: 'assigned' }]);
  });

  it('keeps the link to the closed ticket a follow-up was spawned from', () => {
    const b = new EventBuilder('T-1002');
    const { ticket } = accepted(transition(null, b.created({ followUpOf: 'T-1001' })));
    expect(ticket.followUpOf).toBe('T-1001');
  });

  it('refuses events before creation and a second creation', () => {
    const b = new EventBuilder();
    b.created();
    const early = transition(null, b.assigned(agent));
    expect(early).toMatchObject({ ok: false, rejection: { ruleId: 'ticket-not-created', status: null, eventType: 'assigned' } });
    const b2 = new EventBuilder();
    b2.created();
    b2.created();
    expect(ruleOf(play(b2.events).result)).toBe('ticket-already-exists');
  });

  it('refuses an event for another ticket and one older than the last update', () => {
    const b = openTicket();
    const { before } = play(b.events);
    const foreign = new EventBuilder('T-2000', '2024-06-01T00:00:00Z').resolved();
    expect(ruleOf(transition(before, foreign))).toBe('event-for-another-ticket');
    const stale = new EventBuilder('T-1001', '2020-01-01T00:00:00Z').resolved();
    expect(ruleOf(transition(before, stale))).toBe('event-out-of-order');
  });
});

describe('transition: never-return-to-new', () => {
  it('refuses status_changed to new from every other state, naming the rule', () => {
    for (const setup of [
      (b: EventBuilder) => b.assigned(agent),
      (b: EventBuilder) => b.statusChanged('pending'),
      (b: EventBuilder) => b.statusChanged('on_hold', 'awaiting_vendor'),
    ]) {
      const b = new EventBuilder();
      b.created();
      setup(b);
      b.statusChanged('new');
      const { result } = play(b.events);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.rejection.ruleId).toBe('never-return-to-new');
        expect(result.rejection.message).toMatch(/never go back to new/);
      }
    }
  });

  it('also refuses "changing" a new ticket to new', () => {
    const b = new EventBuilder();
    b.created();
    b.statusChanged('new');
    expect(ruleOf(play(b.events).result)).toBe('never-return-to-new');
  });
});

describe('transition: assignment', () => {
  it('moves new to open when assignmentOpensNew, and only notifies otherwise', () => {
    const b = new EventBuilder();
    b.created();
    b.assigned(agent);
    const zendesk = accepted(play(b.events, platformDefaults.zendesk).result);
    expect(zendesk.ticket.status).toBe('open');
    expect(zendesk.ticket.assignee).toEqual(agent);
    const jira = accepted(play(b.events, platformDefaults.jira).result);
    expect(jira.ticket.status).toBe('new');
    expect(jira.effects).toEqual([{ type: 'notify-assignee', assigneeId: agent.id, reason: 'assigned' }]);
  });

  it('reassigns and unassigns without touching the status', () => {
    const b = openTicket();
    b.statusChanged('pending');
    b.assigned(otherAgent);
    const reassigned = accepted(play(b.events).result);
    expect(reassigned.ticket).toMatchObject({ status: 'pending', assignee: otherAgent });
    b.assigned(null);
    const unassigned = accepted(play(b.events).result);
    expect(unassigned.ticket.assignee).toBeUndefined();
    expect('assignee' in unassigned.ticket).toBe(false);
    expect(unassigned.effects).toEqual([]);
  });

  it('refuses assigning the current assignee again (no-change)', () => {
    const b = openTicket();
    b.assigned(agent);
    expect(ruleOf(play(b.events).result)).toBe('no-change');
  });
});

describe('transition: agent replies and first reply', () => {
  it('records the first reply once, moves new to open and asks to deliver the reply', () => {
    const b = new EventBuilder();
    b.created();
    const reply = b.agentReplied();
    const first = accepted(play(b.events).result);
    expect(first.ticket.status).toBe('open');
    expect(first.ticket.firstReplyAt).toBe(reply.at);
    expect(first.ticket.lastAgentReplyAt).toBe(reply.at);
    expect(first.effects).toEqual([
      { type: 'record-first-reply', at: reply.at, messageId: reply.message.id },
      { type: 'notify-requester', reason: 'agent-replied', messageId: reply.message.id },
    ]);
    const second = b.agentReplied('One more detail: please keep the client open overnight.');
    const after = accepted(play(b.events).result);
    expect(after.ticket.firstReplyAt).toBe(reply.at);
    expect(after.ticket.lastAgentReplyAt).toBe(second.at);
    expect(after.effects.map((e) => e.type)).toEqual(['notify-requester']);
  });

  it('counts a bot reply as a reply but not an automatic system acknowledgement', () => {
    const b = new EventBuilder();
    b.created();
    b.agentReplied('We received your request and will answer within four hours.', system);
    const ack = accepted(play(b.events).result);
    expect(ack.ticket.status).toBe('new');
    expect(ack.ticket.firstReplyAt).toBeUndefined();
    expect(ack.effects.map((e) => e.type)).toEqual(['notify-requester']);
    const botReply = b.agentReplied('Have you tried reconnecting with the new profile?', bot);
    const answered = accepted(play(b.events).result);
    expect(answered.ticket.firstReplyAt).toBe(botReply.at);
    expect(answered.ticket.status).toBe('open');
  });

  it('moves open to pending after an agent reply with agentReplySetsPending (Jira preset automation)', () => {
    const b = openTicket();
    b.agentReplied();
    expect(accepted(play(b.events, platformDefaults.jira).result).ticket.status).toBe('pending');
    expect(accepted(play(b.events, platformDefaults.zendesk).result).ticket.status).toBe('open');
  });

  it('leaves resolved and on-hold tickets where they are', () => {
    const b = openTicket();
    b.statusChanged('on_hold', 'awaiting_change');
    b.agentReplied();
    expect(accepted(play(b.events, platformDefaults.jira).result).ticket).toMatchObject({ status: 'on_hold', holdReason: 'awaiting_change' });
  });

  it('refuses a message id the ticket already has (duplicate webhook delivery)', () => {
    const b = openTicket();
    b.agentReplied('first', agent, 'm-dup');
    b.agentReplied('first', agent, 'm-dup');
    expect(ruleOf(play(b.events).result)).toBe('duplicate-message-id');
  });
});

describe('transition: internal notes', () => {
  it('appends the note without a status change, first reply or notification', () => {
    const b = new EventBuilder();
    b.created();
    b.note();
    const result = accepted(play(b.events).result);
    expect(result.ticket.status).toBe('new');
    expect(result.ticket.messages.at(-1)?.visibility).toBe('internal');
    expect(result.ticket.firstReplyAt).toBeUndefined();
    expect(result.effects).toEqual([]);
  });
});

describe('transition: a requester reply reopens waiting and solved tickets', () => {
  it.each([
    ['pending', (b: EventBuilder) => b.statusChanged('pending')],
    ['on_hold', (b: EventBuilder) => b.statusChanged('on_hold', 'awaiting_vendor')],
    ['resolved', (b: EventBuilder) => b.resolved()],
  ] as const)('moves %s back to open and notifies the assignee', (_from, setup) => {
    const b = openTicket();
    setup(b);
    const reply = b.customerReplied();
    const { before, result } = play(b.events);
    const { ticket, effects } = accepted(result);
    expect(ticket.status).toBe('open');
    expect(ticket.holdReason).toBeUndefined();
    expect(ticket.resolvedAt).toBeUndefined();
    expect(ticket.lastRequesterMessageAt).toBe(reply.at);
    expect(ticket.statusChanges.at(-1)).toEqual({ at: reply.at, from: before?.status, to: 'open', eventId: reply.id });
    expect(effects.at(-1)).toEqual({ type: 'notify-assignee', assigneeId: agent.id, reason: 'requester-replied' });
  });

  it('emits clear-hold-reason with the reason that was cleared', () => {
    const b = openTicket();
    b.statusChanged('on_hold', 'awaiting_problem');
    b.customerReplied();
    expect(accepted(play(b.events).result).effects[0]).toEqual({ type: 'clear-hold-reason', holdReason: 'awaiting_problem' });
  });

  it('counts reopening a resolved ticket', () => {
    const b = openTicket();
    b.resolved();
    b.customerReplied();
    expect(accepted(play(b.events).result).ticket.reopenCount).toBe(1);
  });

  it('keeps new and open tickets where they are', () => {
    const b = new EventBuilder();
    b.created();
    b.customerReplied('Any update?');
    expect(accepted(play(b.events).result).ticket.status).toBe('new');
  });
});

describe('transition: resolve-requires-assignee', () => {
  it('refuses to resolve an unassigned ticket by default (Zendesk system rule)', () => {
    const b = new EventBuilder();
    b.created();
    b.resolved();
    const { result } = play(b.events);
    expect(ruleOf(result)).toBe('resolve-requires-assignee');
  });

  it('assigns the resolving agent with assign-actor, but not a system actor', () => {
    const b = new EventBuilder();
    b.created();
    b.resolved(otherAgent);
    const { ticket } = accepted(play(b.events, { resolveWithoutAssignee: 'assign-actor' }).result);
    expect(ticket).toMatchObject({ status: 'resolved', assignee: otherAgent });
    const s = new EventBuilder();
    s.created();
    s.resolved(system);
    expect(ruleOf(play(s.events, { resolveWithoutAssignee: 'assign-actor' }).result)).toBe('resolve-requires-assignee');
  });

  it('allows it with allow (ServiceNow, Jira and Freshdesk presets)', () => {
    const b = new EventBuilder();
    b.created();
    b.resolved();
    for (const preset of [platformDefaults.servicenow, platformDefaults.jira, platformDefaults.freshdesk]) {
      const { ticket, effects } = accepted(play(b.events, preset).result);
      expect(ticket.status).toBe('resolved');
      expect(ticket.resolvedAt).toBe(b.events.at(-1)?.at);
      expect(effects).toEqual([{ type: 'notify-requester', reason: 'resolved' }]);
    }
  });

  it('applies to status_changed to resolved as well', () => {
    const b = new EventBuilder();
    b.created();
    b.statusChanged('resolved');
    expect(ruleOf(play(b.events).result)).toBe('resolve-requires-assignee');
  });
});

describe('transition: closing', () => {
  it('closes a resolved ticket and keeps its resolution time', () => {
    const b = openTicket();
    const resolved = b.resolved();
    const closed = b.closed();
    const { ticket } = accepted(play(b.events).result);
    expect(ticket).toMatchObject({ status: 'closed', resolvedAt: resolved.at, closedAt: closed.at });
  });

  it('refuses to close an unresolved ticket with closeRequiresResolved (Zendesk, ServiceNow)', () => {
    const b = openTicket();
    b.closed();
    expect(ruleOf(play(b.events, platformDefaults.zendesk).result)).toBe('close-requires-resolved');
    expect(ruleOf(play(b.events, platformDefaults.servicenow).result)).toBe('close-requires-resolved');
  });

  it('closes directly without it (Freshdesk, Jira), setting resolvedAt at the same time', () => {
    const b = openTicket();
    const closed = b.closed(agent);
    for (const preset of [platformDefaults.freshdesk, platformDefaults.jira]) {
      const { ticket } = accepted(play(b.events, preset).result);
      expect(ticket).toMatchObject({ status: 'closed', resolvedAt: closed.at, closedAt: closed.at });
    }
  });
});

describe('transition: closed-is-final and follow-up tickets', () => {
  function closedTicket() {
    const b = openTicket();
    b.agentReplied();
    b.resolved();
    b.closed();
    return b;
  }

  it('spawns a linked follow-up ticket for a requester reply and leaves the closed ticket untouched', () => {
    const b = closedTicket();
    const reply = b.customerReplied('The VPN is dropping again.', undefined, 'portal');
    const { before, result } = play(b.events);
    const { ticket, effects } = accepted(result);
    expect(ticket).toBe(before);
    expect(effects).toEqual([
      {
        type: 'spawn-follow-up-ticket',
        followUpOf: 'T-1001',
        subject: 'VPN drops every ten minutes',
        requester,
        priority: 'high',
        channel: 'portal',
        message: reply.message,
      },
    ]);
  });

  it.each([
    ['agent reply', (b: EventBuilder) => b.agentReplied()],
    ['internal note', (b: EventBuilder) => b.note()],
    ['assignment', (b: EventBuilder) => b.assigned(otherAgent)],
    ['status change', (b: EventBuilder) => b.statusChanged('open')],
    ['reopen', (b: EventBuilder) => b.reopened()],
    ['resolve', (b: EventBuilder) => b.resolved()],
    ['cancel', (b: EventBuilder) => b.canceled()],
    ['close', (b: EventBuilder) => b.closed()],
    ['merge', (b: EventBuilder) => b.merged('T-999')],
  ] as const)('refuses a %s on a closed ticket', (_name, act) => {
    const b = closedTicket();
    act(b);
    expect(ruleOf(play(b.events).result)).toBe('closed-is-final');
  });

  it('still lets the priority change on a closed ticket (Zendesk allows editing it)', () => {
    const b = closedTicket();
    b.priorityChanged('low');
    expect(accepted(play(b.events).result).ticket).toMatchObject({ status: 'closed', priority: 'low' });
  });

  it('reopens a closed ticket on a requester reply with replyToClosed reopen (Freshdesk, Jira)', () => {
    const b = closedTicket();
    b.customerReplied('Still broken.');
    for (const preset of [platformDefaults.freshdesk, platformDefaults.jira]) {
      const { ticket, effects } = accepted(play(b.events, preset).result);
      expect(ticket.status).toBe('open');
      expect(ticket.closedAt).toBeUndefined();
      expect(ticket.resolvedAt).toBeUndefined();
      expect(ticket.reopenCount).toBe(1);
      expect(effects).toEqual([{ type: 'notify-assignee', assigneeId: agent.id, reason: 'requester-replied' }]);
    }
  });

  it('lets an agent reopen a closed ticket only with replyToClosed reopen', () => {
    const b = closedTicket();
    b.reopened(otherAgent);
    expect(ruleOf(play(b.events).result)).toBe('closed-is-final');
    const { ticket, effects } = accepted(play(b.events, { replyToClosed: 'reopen' }).result);
    expect(ticket.status).toBe('open');
    expect(effects).toEqual([{ type: 'notify-assignee', assigneeId: agent.id, reason: 'reopened' }]);
  });
});

describe('transition: cancel', () => {
  it('cancels an open ticket and makes it final', () => {
    const b = openTicket();
    const canceled = b.canceled();
    const { ticket, effects } = accepted(play(b.events).result);
    expect(ticket).toMatchObject({ status: 'canceled', canceledAt: canceled.at });
    expect(effects).toEqual([{ type: 'notify-requester', reason: 'canceled' }]);
    b.statusChanged('open');
    expect(ruleOf(play(b.events).result)).toBe('canceled-is-final');
  });

  it('refuses to cancel a resolved ticket (cancel-requires-unsolved)', () => {
    const b = openTicket();
    b.resolved();
    b.canceled();
    expect(ruleOf(play(b.events).result)).toBe('cancel-requires-unsolved');
  });

  it('spawns a follow-up for a requester reply even when closed tickets reopen', () => {
    const b = openTicket();
    b.canceled();
    b.customerReplied('Actually I still need this.');
    const { ticket, effects } = accepted(play(b.events, platformDefaults.freshdesk).result);
    expect(ticket.status).toBe('canceled');
    expect(effects.map((e) => e.type)).toEqual(['spawn-follow-up-ticket']);
  });
});

describe('transition: hold reasons', () => {
  it('requires a reason to go on hold and refuses a reason for another status', () => {
    const b = openTicket();
    b.statusChanged('on_hold');
    expect(ruleOf(play(b.events).result)).toBe('hold-requires-reason');
    const c = openTicket();
    c.statusChanged('pending', 'awaiting_vendor');
    expect(ruleOf(play(c.events).result)).toBe('hold-reason-only-on-hold');
  });

  it('records a change of hold reason as an on_hold to on_hold entry and clears the old reason', () => {
    const b = openTicket();
    b.statusChanged('on_hold', 'awaiting_vendor');
    const change = b.statusChanged('on_hold', 'awaiting_change');
    const { ticket, effects } = accepted(play(b.events).result);
    expect(ticket.holdReason).toBe('awaiting_change');
    expect(ticket.statusChanges.at(-1)).toEqual({ at: change.at, from: 'on_hold', to: 'on_hold', holdReason: 'awaiting_change', eventId: change.id });
    expect(effects).toEqual([{ type: 'clear-hold-reason', holdReason: 'awaiting_vendor' }]);
    b.statusChanged('on_hold', 'awaiting_change');
    expect(ruleOf(play(b.events).result)).toBe('no-change');
  });
});

describe('transition: reopen', () => {
  it('reopens a resolved ticket, notifying the assignee when someone else reopens it', () => {
    const b = openTicket();
    b.resolved();
    b.reopened(otherAgent);
    const { ticket, effects } = accepted(play(b.events).result);
    expect(ticket).toMatchObject({ status: 'open', reopenCount: 1 });
    expect(effects).toEqual([{ type: 'notify-assignee', assigneeId: agent.id, reason: 'reopened' }]);
  });

  it('refuses to reopen a ticket that is not solved', () => {
    const b = openTicket();
    b.reopened();
    expect(ruleOf(play(b.events).result)).toBe('reopen-requires-solved');
  });
});

describe('transition: merge', () => {
  it('closes the source ticket, links it and asks to move its messages', () => {
    const b = new EventBuilder();
    b.created();
    b.note();
    const merged = b.merged('T-0999');
    const { ticket, effects } = accepted(play(b.events).result);
    expect(ticket).toMatchObject({ status: 'closed', mergedInto: 'T-0999', closedAt: merged.at, resolvedAt: merged.at });
    expect(effects).toEqual([
      { type: 'merge-into-ticket', intoTicketId: 'T-0999', messageIds: ['m-1', 'm-2'] },
      { type: 'notify-requester', reason: 'merged' },
    ]);
  });

  it('refuses merging a ticket into itself', () => {
    const b = new EventBuilder();
    b.created();
    b.merged('T-1001');
    expect(ruleOf(play(b.events).result)).toBe('merge-into-self');
  });
});

describe('transition: priority and no-op events', () => {
  it('changes the priority and refuses the same priority', () => {
    const b = openTicket();
    b.priorityChanged('urgent');
    expect(accepted(play(b.events).result).ticket.priority).toBe('urgent');
    b.priorityChanged('urgent');
    expect(ruleOf(play(b.events).result)).toBe('no-change');
  });

  it('refuses resolving a resolved ticket', () => {
    const b = openTicket();
    b.resolved();
    b.resolved();
    expect(ruleOf(play(b.events).result)).toBe('no-change');
  });
});

describe('transition: purity and options', () => {
  it('never modifies the ticket or the event it is given', () => {
    const b = openTicket();
    b.statusChanged('on_hold', 'awaiting_vendor');
    b.customerReplied();
    const { before } = play(b.events);
    const snapshot = structuredClone(before);
    const event = b.events.at(-1) as TicketEvent;
    const eventSnapshot = structuredClone(event);
    accepted(transition(before, event));
    expect(before).toEqual(snapshot);
    expect(event).toEqual(eventSnapshot);
  });

  it('throws INVALID_INPUT naming a bad option', () => {
    const b = new EventBuilder();
    const event = b.created();
    expect(() => transition(null, event, { replyToClosed: 'ignore' } as unknown as Partial<LifecycleOptions>)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('replyToClosed') }),
    );
    expect(() => transition(null, event, { closeRequiresResolve: true } as unknown as Partial<LifecycleOptions>)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
