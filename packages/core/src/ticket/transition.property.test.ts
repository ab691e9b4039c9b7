import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRapportError } from '../errors.js';
import { agent, bot, otherAgent, requester, system } from './internal/event-builder.test-support.js';
import type { LifecycleOptions } from './lifecycle-options.js';
import { lifecycleRules, type LifecycleRuleId } from './lifecycle-rules.js';
import type { Message } from './message.js';
import type { Party } from './party.js';
import { parseEvent } from './parse-event.js';
import { parseTicket } from './parse-ticket.js';
import { replay } from './replay.js';
import type { Ticket } from './ticket.js';
import type { TicketEvent } from './ticket-event.js';
import { prioritySchema } from './priority.js';
import { holdReasonSchema, ticketStatusSchema } from './ticket-status.js';
import { transition, type TransitionResult } from './transition.js';

// ---------------------------------------------------------------------------------------------
// Generators: random but well-formed event logs for ticket T-1, including events the state
// machine must refuse (returns to new, duplicates, replies to closed tickets...).

type Command =
  | { kind: 'created' }
  | { kind: 'assigned'; assignee: typeof agent | typeof otherAgent | typeof bot | null }
  | { kind: 'agent_replied'; author: Party; messageId: string }
  | { kind: 'internal_note'; messageId: string }
  | { kind: 'customer_replied'; messageId: string }
  | { kind: 'status_changed'; to: Ticket['status']; holdReason: Ticket['holdReason'] }
  | { kind: 'priority_changed'; priority: Ticket['priority'] }
  | { kind: 'resolved'; actor: Party }
  | { kind: 'reopened'; actor: Party }
  | { kind: 'closed'; actor: Party }
  | { kind: 'canceled' }
  | { kind: 'merged'; into: string };

const messageId = fc.integer({ min: 1, max: 30 }).map((n) => `m-${n}`);
const actor = fc.constantFrom<Party>(agent, otherAgent, bot, system);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Command>({ kind: 'created' }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('assigned' as const), assignee: fc.constantFrom(agent, otherAgent, bot, null) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('agent_replied' as const), author: fc.constantFrom<Party>(agent, bot, system), messageId }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('internal_note' as const), messageId }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('customer_replied' as const), messageId }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('status_changed' as const),
      to: fc.constantFrom(...ticketStatusSchema.options),
      holdReason: fc.option(fc.constantFrom(...holdReasonSchema.options), { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('priority_changed' as const), priority: fc.constantFrom(...prioritySchema.options) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('resolved' as const), actor }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reopened' as const), actor }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('closed' as const), actor }) },
  { weight: 1, arbitrary: fc.constant<Command>({ kind: 'canceled' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merged' as const), into: fc.constantFrom('T-1', 'T-2') }) },
);

const options: fc.Arbitrary<LifecycleOptions> = fc.record({
  resolveWithoutAssignee: fc.constantFrom('reject', 'assign-actor', 'allow'),
  replyToClosed: fc.constantFrom('follow-up', 'reopen'),
  closeRequiresResolved: fc.boolean(),
  assignmentOpensNew: fc.boolean(),
  agentReplySetsPending: fc.boolean(),
});

const START = Date.parse('2024-05-02T08:00:00Z');

/** ISO string for `ms`, either in UTC or with a +02:00 offset (same instant). */
function iso(ms: number, withOffset: boolean): string {
  if (!withOffset) return new Date(ms).toISOString();
  return new Date(ms + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
}

function message(id: string, author: Party, direction: 'inbound' | 'outbound', visibility: 'public' | 'internal', at: string): Message {
  return { id, visibility, direction, channel: 'email', author, text: `message ${id}`, createdAt: at };
}

function toEvent(cmd: Command, index: number, at: string, ticketId = 'T-1'): TicketEvent {
  const base = { id: `e-${index}`, ticketId, at };
  switch (cmd.kind) {
    case 'created':
      return {
        ...base,
        type: 'created',
        actor: requester,
        subject: 'Laptop will not boot',
        requester,
        priority: 'normal',
        channel: 'portal',
        message: { ...message(`m-c${index}`, requester, 'inbound', 'public', at), visibility: 'public' },
      };
    case 'assigned':
      return { ...base, type: 'assigned', actor: system, assignee: cmd.assignee };
    case 'agent_replied':
      return { ...base, type: 'agent_replied', actor: cmd.author, message: { ...message(cmd.messageId, cmd.author, 'outbound', 'public', at), visibility: 'public', direction: 'outbound' } };
    case 'internal_note':
      return { ...base, type: 'internal_note', actor: agent, message: { ...message(cmd.messageId, agent, 'outbound', 'internal', at), visibility: 'internal' } };
    case 'customer_replied':
      return { ...base, type: 'customer_replied', actor: requester, message: { ...message(cmd.messageId, requester, 'inbound', 'public', at), visibility: 'public', direction: 'inbound' } };
    case 'status_changed': {
      const event: TicketEvent = { ...base, type: 'status_changed', actor: agent, to: cmd.to };
      if (cmd.holdReason !== undefined) event.holdReason = cmd.holdReason;
      return event;
    }
    case 'priority_changed':
      return { ...base, type: 'priority_changed', actor: agent, priority: cmd.priority };
    case 'resolved':
      return { ...base, type: 'resolved', actor: cmd.actor };
    case 'reopened':
      return { ...base, type: 'reopened', actor: cmd.actor };
    case 'closed':
      return { ...base, type: 'closed', actor: cmd.actor };
    case 'canceled':
      return { ...base, type: 'canceled', actor: agent };
    case 'merged':
      return { ...base, type: 'merged', actor: agent, intoTicketId: cmd.into };
  }
}

/** A coherent log: starts with created, one ticket, non-decreasing times (some equal), unique ids. */
const eventLog = fc
  .array(fc.tuple(command, fc.integer({ min: 0, max: 600 }), fc.boolean()), { maxLength: 40 })
  .map((steps) => {
    let clock = START;
    const events: TicketEvent[] = [toEvent({ kind: 'created' }, 0, iso(clock, false))];
    steps.forEach(([cmd, gapMinutes, offset], i) => {
      clock += gapMinutes * 60_000;
      events.push(toEvent(cmd, i + 1, iso(clock, offset)));
    });
    return events;
  });

/** Events fed one by one to `transition`, including events for another ticket and stale ones. */
const rawSteps = fc.array(
  fc.tuple(command, fc.integer({ min: -30, max: 600 }), fc.boolean(), fc.integer({ min: 0, max: 19 })),
  { maxLength: 40 },
);

// ---------------------------------------------------------------------------------------------
// Invariants

const knownRules = new Set(Object.keys(lifecycleRules));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function hasUndefinedValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasUndefinedValue);
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).some((inner) => inner === undefined || hasUndefinedValue(inner));
  }
  return false;
}

const ms = (timestamp: string) => Date.parse(timestamp);

/** Checks one step; returns the ticket to continue with. */
function checkStep(before: Ticket | null, event: TicketEvent, result: TransitionResult, opts: LifecycleOptions): Ticket | null {
  if (!result.ok) {
    expect(knownRules.has(result.rejection.ruleId)).toBe(true);
    expect(result.rejection.eventId).toBe(event.id);
    expect(result.rejection.eventType).toBe(event.type);
    expect(result.rejection.status).toBe(before === null ? null : before.status);
    expect(result.rejection.message.length).toBeGreaterThan(0);
    return before;
  }
  const after = result.ticket;
  // Every ticket the machine produces is valid, survives JSON and carries no undefined fields.
  expect(hasUndefinedValue(after)).toBe(false);
  expect(parseTicket(JSON.parse(JSON.stringify(after)))).toEqual(after);
  // holdReason only when on_hold; resolvedAt iff resolved/closed (also checked by the schema).
  expect(after.holdReason !== undefined).toBe(after.status === 'on_hold');
  expect(after.resolvedAt !== undefined).toBe(after.status === 'resolved' || after.status === 'closed');
  for (const effect of result.effects) {
    if (effect.type === 'spawn-follow-up-ticket') {
      expect(before === null ? undefined : before.status).toMatch(/^(closed|canceled)$/);
    }
  }
  if (before === null) {
    expect(after.status === 'new' || after.status === 'open').toBe(true);
    return after;
  }
  // Never back to new; terminal stays terminal.
  if (before.status !== 'new') expect(after.status).not.toBe('new');
  if (before.status === 'canceled') expect(after.status).toBe('canceled');
  if (before.status === 'closed' && opts.replyToClosed === 'follow-up') expect(after.status).toBe('closed');
  if (before.status === 'closed' && after.status !== 'closed') expect(after.status).toBe('open');
  // A requester reply brings waiting and solved tickets back to open.
  if (event.type === 'customer_replied' && ['pending', 'on_hold', 'resolved'].includes(before.status)) {
    expect(after.status).toBe('open');
    expect(after.holdReason).toBeUndefined();
  }
  // The timeline only grows: history and messages are append-only, times never go back.
  expect(after.statusChanges.slice(0, before.statusChanges.length)).toEqual(before.statusChanges);
  expect(after.statusChanges.length - before.statusChanges.length).toBeLessThanOrEqual(1);
  if (after.status !== before.status) expect(after.statusChanges.length).toBe(before.statusChanges.length + 1);
  expect(after.messages.slice(0, before.messages.length)).toEqual(before.messages);
  expect(ms(after.updatedAt)).toBeGreaterThanOrEqual(ms(before.updatedAt));
  expect(after.reopenCount).toBeGreaterThanOrEqual(before.reopenCount);
  if (before.firstReplyAt !== undefined) expect(after.firstReplyAt).toBe(before.firstReplyAt);
  expect([after.id, after.createdAt, after.requester]).toEqual([before.id, before.createdAt, before.requester]);
  return after;
}

describe('lifecycle properties', () => {
  it('random event sequences never reach an impossible state, and never mutate their input', () => {
    fc.assert(
      fc.property(rawSteps, options, (steps, opts) => {
        const created = toEvent({ kind: 'created' }, 0, iso(START, false));
        let ticket: Ticket | null = checkStep(null, created, transition(null, created, opts), opts);
        let clock = START;
        steps.forEach(([cmd, gap, foreign, offsetSeed], index) => {
          const i = index + 1;
          clock += gap * 60_000; // negative gaps make stale events
          const ticketId = foreign && offsetSeed === 0 ? 'T-other' : 'T-1';
          const event = deepFreeze(toEvent(cmd, i, iso(clock, offsetSeed % 2 === 1), ticketId));
          if (ticket) deepFreeze(ticket);
          const result = transition(ticket, event, opts);
          ticket = checkStep(ticket, event, result, opts);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('replay equals applying transition step by step', () => {
    fc.assert(
      fc.property(eventLog, options, (events, opts) => {
        const replayed = replay(events, opts);
        let ticket: Ticket | null = null;
        const rejected: LifecycleRuleId[] = [];
        for (const event of events) {
          const result = transition(ticket, event, opts);
          if (result.ok) ticket = result.ticket;
          else rejected.push(result.rejection.ruleId);
        }
        expect(replayed.ticket).toEqual(ticket);
        expect(replayed.rejections.map((r) => r.ruleId)).toEqual(rejected);
        expect(replayed.timeline).toHaveLength(events.length);
        replayed.timeline.forEach((entry, index) => {
          expect(entry.index).toBe(index);
          expect(entry.event).toEqual(events[index]);
          if (index > 0) expect(entry.before).toBe(replayed.timeline[index - 1]?.after);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('every rejection names a known rule, and every rule can be reached', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(rawSteps, options, (steps, opts) => {
        let ticket: Ticket | null = null;
        let clock = START;
        steps.forEach(([cmd, gap, foreign, seed], i) => {
          clock += gap * 60_000;
          const result = transition(ticket, toEvent(cmd, i, iso(clock, false), foreign && seed === 0 ? 'T-other' : 'T-1'), opts);
          if (result.ok) ticket = result.ticket;
          else {
            expect(knownRules.has(result.rejection.ruleId)).toBe(true);
            seen.add(result.rejection.ruleId);
          }
        });
      }),
      { numRuns: 1500, seed: 20240502 },
    );
    expect([...seen].sort()).toEqual([...knownRules].sort());
  });

  it('malformed input gives a typed error, never anything else', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const fn of [() => parseEvent(value), () => parseTicket(value), () => replay([value])]) {
          try {
            fn();
          } catch (error) {
            expect(isRapportError(error)).toBe(true);
            if (isRapportError(error)) expect(['INVALID_EVENT', 'INVALID_TICKET', 'INVALID_EVENT_LOG']).toContain(error.code);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
