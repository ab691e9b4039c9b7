import { match } from 'ts-pattern';
import { epochMs } from './internal/timestamp.js';
import { resolveLifecycleOptions } from './internal/resolve-options.js';
import type { LifecycleEffect } from './lifecycle-effect.js';
import type { LifecycleOptions } from './lifecycle-options.js';
import type { LifecycleRuleId } from './lifecycle-rules.js';
import type { Message } from './message.js';
import type { Party } from './party.js';
import type { Ticket } from './ticket.js';
import type { TicketEvent, TicketEventOf, TicketEventType } from './ticket-event.js';
import type { HoldReason, TicketStatus } from './ticket-status.js';

/**
 * Why `transition` refused an event: the rule that forbids it and a sentence for humans.
 *
 * Use `ruleId` in code (it is one of {@link lifecycleRules}); show `message` to people.
 *
 * @example
 * ```ts
 * import type { LifecycleRejection } from '@rapport/core/ticket';
 *
 * const explain = (r: LifecycleRejection) => `${r.eventType} refused by ${r.ruleId}: ${r.message}`;
 * ```
 * @since 0.1.0
 */
export interface LifecycleRejection {
  /** The rule that forbids the event. */
  readonly ruleId: LifecycleRuleId;
  /** What was refused and why, in one sentence. */
  readonly message: string;
  /** The refused event's id. */
  readonly eventId: string;
  /** The refused event's type. */
  readonly eventType: TicketEventType;
  /** The ticket's status when the event was refused, or `null` when there was no ticket yet. */
  readonly status: TicketStatus | null;
}

/**
 * An accepted transition: the new ticket and what the host should do about it.
 *
 * @example
 * ```ts
 * import type { TransitionAccepted } from '@rapport/core/ticket';
 *
 * const status = (result: TransitionAccepted) => result.ticket.status;
 * ```
 * @since 0.1.0
 */
export interface TransitionAccepted {
  /** Always `true`. */
  readonly ok: true;
  /** The ticket after the event (a new object; the input is never modified). */
  readonly ticket: Ticket;
  /** What the host should do, in order. */
  readonly effects: readonly LifecycleEffect[];
}

/**
 * A refused transition. The ticket is unchanged.
 *
 * @example
 * ```ts
 * import type { TransitionRejected } from '@rapport/core/ticket';
 *
 * const rule = (result: TransitionRejected) => result.rejection.ruleId;
 * ```
 * @since 0.1.0
 */
export interface TransitionRejected {
  /** Always `false`. */
  readonly ok: false;
  /** Which rule refused the event, and why. */
  readonly rejection: LifecycleRejection;
}

/**
 * The result of {@link transition}: check `ok`.
 *
 * @example
 * ```ts
 * import type { TransitionResult } from '@rapport/core/ticket';
 *
 * const summary = (r: TransitionResult) => (r.ok ? r.ticket.status : r.rejection.ruleId);
 * ```
 * @since 0.1.0
 */
export type TransitionResult = TransitionAccepted | TransitionRejected;

interface Context {
  readonly ticket: Ticket;
  readonly options: LifecycleOptions;
  readonly reject: (ruleId: LifecycleRuleId, message: string) => TransitionRejected;
}

type StatusRequest = {
  readonly to: TicketStatus;
  readonly holdReason: HoldReason | undefined;
};

/**
 * Applies one event to a ticket: the lifecycle state machine.
 *
 * Use it wherever an event arrives (a webhook, an agent action): store the returned ticket and
 * carry out the returned effects, or show the rejection. Pass `null` as the ticket for a `created`
 * event. Use `replay` to rebuild a ticket from a whole log.
 *
 * It is pure and total: it never throws on a typed ticket and event (validate untyped input with
 * `parseTicket` / `parseEvent` first), never modifies its input, and branches exhaustively on the
 * event kind. It enforces what Zendesk, ServiceNow, Jira Service Management and Freshdesk agree
 * on; where they differ, `options` decide (see {@link platformDefaults}):
 * - a ticket never returns to `new` (`never-return-to-new`);
 * - a requester reply moves `pending`, `on_hold` and `resolved` back to `open` and clears the
 *   hold reason (a `clear-hold-reason` effect);
 * - resolving needs an assignee (`resolve-requires-assignee`, option `resolveWithoutAssignee`);
 * - `closed` and `canceled` are final (`closed-is-final`, `canceled-is-final`): a requester reply
 *   to them gives a `spawn-follow-up-ticket` effect, or reopens a closed ticket when
 *   `replyToClosed` is `'reopen'`;
 * - closing may require a resolved ticket (`close-requires-resolved`).
 * Every refusal names its rule (see {@link lifecycleRules}). All timeline fields of the ticket
 * take the event's `at`.
 *
 * @example
 * ```ts
 * import { transition } from '@rapport/core/ticket';
 *
 * const agent = { kind: 'agent', id: 'a-7' } as const;
 * const created = transition(null, {
 *   type: 'created',
 *   id: 'e-1',
 *   ticketId: 'T-1001',
 *   at: '2024-05-02T08:12:00Z',
 *   actor: { kind: 'requester', id: 'u-42' },
 *   subject: 'VPN drops every ten minutes',
 *   requester: { kind: 'requester', id: 'u-42' },
 *   priority: 'high',
 *   channel: 'email',
 * });
 * if (created.ok) {
 *   const resolved = transition(created.ticket, {
 *     type: 'resolved',
 *     id: 'e-2',
 *     ticketId: 'T-1001',
 *     at: '2024-05-02T09:00:00Z',
 *     actor: agent,
 *   });
 *   if (!resolved.ok) console.log(resolved.rejection.ruleId); // 'resolve-requires-assignee'
 * }
 * ```
 * @since 0.1.0
 */
export function transition(
  ticket: Ticket | null,
  event: TicketEvent,
  options?: Partial<LifecycleOptions>,
): TransitionResult {
  const resolvedOptions = resolveLifecycleOptions(options);
  const reject = (ruleId: LifecycleRuleId, message: string): TransitionRejected => ({
    ok: false,
    rejection: {
      ruleId,
      message,
      eventId: event.id,
      eventType: event.type,
      status: ticket === null ? null : ticket.status,
    },
  });

  if (ticket === null) {
    return event.type === 'created'
      ? create(event, resolvedOptions)
      : reject('ticket-not-created', `Ticket ${event.ticketId} has no created event yet, so a ${event.type} event cannot apply.`);
  }
  if (event.ticketId !== ticket.id) {
    return reject('event-for-another-ticket', `The event is for ticket ${event.ticketId}, not ${ticket.id}.`);
  }
  if (epochMs(event.at) < epochMs(ticket.updatedAt)) {
    return reject('event-out-of-order', `The event at ${event.at} is earlier than the ticket's last update at ${ticket.updatedAt}.`);
  }

  const ctx: Context = { ticket, options: resolvedOptions, reject };
  return match(event)
    .returnType<TransitionResult>()
    .with({ type: 'created' }, () => reject('ticket-already-exists', `Ticket ${ticket.id} already exists.`))
    .with({ type: 'assigned' }, (e) => assign(ctx, e))
    .with({ type: 'agent_replied' }, (e) => agentReply(ctx, e))
    .with({ type: 'internal_note' }, (e) => internalNote(ctx, e))
    .with({ type: 'customer_replied' }, (e) => customerReply(ctx, e))
    .with({ type: 'status_changed' }, (e) => requestStatus(ctx, e, { to: e.to, holdReason: e.holdReason }))
    .with({ type: 'priority_changed' }, (e) => changePriority(ctx, e))
    .with({ type: 'resolved' }, (e) => requestStatus(ctx, e, { to: 'resolved', holdReason: undefined }))
    .with({ type: 'reopened' }, (e) => reopen(ctx, e))
    .with({ type: 'closed' }, (e) => requestStatus(ctx, e, { to: 'closed', holdReason: undefined }))
    .with({ type: 'canceled' }, (e) => requestStatus(ctx, e, { to: 'canceled', holdReason: undefined }))
    .with({ type: 'merged' }, (e) => merge(ctx, e))
    .exhaustive();
}

// ---------------------------------------------------------------------------------------------
// Event handlers

function create(event: TicketEventOf<'created'>, options: LifecycleOptions): TransitionResult {
  const ticket: Ticket = {
    id: event.ticketId,
    subject: event.subject,
    status: 'new',
    priority: event.priority,
    channel: event.channel,
    requester: event.requester,
    createdAt: event.at,
    updatedAt: event.at,
    messages: event.message ? [event.message] : [],
    statusChanges: [{ at: event.at, from: null, to: 'new', eventId: event.id }],
    reopenCount: 0,
  };
  if (event.assignee) ticket.assignee = event.assignee;
  if (event.followUpOf !== undefined) ticket.followUpOf = event.followUpOf;
  if (event.message?.direction === 'inbound') ticket.lastRequesterMessageAt = event.at;
  const effects: LifecycleEffect[] = [];
  if (event.assignee) {
    effects.push({ type: 'notify-assignee', assigneeId: event.assignee.id, reason: 'assigned' });
    if (options.assignmentOpensNew) {
      return { ok: true, ticket: moveStatus(ticket, 'open', undefined, event, effects), effects };
    }
  }
  return { ok: true, ticket, effects };
}

function assign(ctx: Context, event: TicketEventOf<'assigned'>): TransitionResult {
  const { ticket } = ctx;
  const final = terminalGuard(ctx);
  if (final) return final;
  const before = ticket.assignee?.id;
  const after = event.assignee?.id;
  if (before === after) {
    return ctx.reject('no-change', after === undefined ? 'The ticket is already unassigned.' : `The ticket is already assigned to ${after}.`);
  }
  let next = touch(ticket, event.at);
  if (event.assignee === null) delete next.assignee;
  else next.assignee = event.assignee;
  const effects: LifecycleEffect[] = [];
  if (event.assignee !== null) {
    effects.push({ type: 'notify-assignee', assigneeId: event.assignee.id, reason: 'assigned' });
    if (ticket.status === 'new' && ctx.options.assignmentOpensNew) {
      next = moveStatus(next, 'open', undefined, event, effects);
    }
  }
  return { ok: true, ticket: next, effects };
}

function agentReply(ctx: Context, event: TicketEventOf<'agent_replied'>): TransitionResult {
  const { ticket, options } = ctx;
  const refused = terminalGuard(ctx) ?? duplicateGuard(ctx, event.message);
  if (refused) return refused;
  let next = appendMessage(touch(ticket, event.at), event.message);
  const effects: LifecycleEffect[] = [];
  // Replies written by automation (auto-acknowledgements) are delivered but are not replies from
  // the service desk: they neither count as a first reply nor move the ticket out of `new`.
  const human = event.message.author.kind === 'agent' || event.message.author.kind === 'bot';
  if (human) {
    if (next.firstReplyAt === undefined) {
      next.firstReplyAt = event.at;
      effects.push({ type: 'record-first-reply', at: event.at, messageId: event.message.id });
    }
    next.lastAgentReplyAt = event.at;
  }
  effects.push({ type: 'notify-requester', reason: 'agent-replied', messageId: event.message.id });
  if (human && (ticket.status === 'new' || ticket.status === 'open')) {
    const to: TicketStatus = options.agentReplySetsPending ? 'pending' : 'open';
    if (to !== ticket.status) next = moveStatus(next, to, undefined, event, effects);
  }
  return { ok: true, ticket: next, effects };
}

function internalNote(ctx: Context, event: TicketEventOf<'internal_note'>): TransitionResult {
  const refused = terminalGuard(ctx) ?? duplicateGuard(ctx, event.message);
  if (refused) return refused;
  return { ok: true, ticket: appendMessage(touch(ctx.ticket, event.at), event.message), effects: [] };
}

function customerReply(ctx: Context, event: TicketEventOf<'customer_replied'>): TransitionResult {
  const { ticket, options } = ctx;
  const closedAndReopens = ticket.status === 'closed' && options.replyToClosed === 'reopen';
  if ((ticket.status === 'closed' && !closedAndReopens) || ticket.status === 'canceled') {
    // The final ticket stays as it is; the message opens a linked follow-up ticket.
    return {
      ok: true,
      ticket,
      effects: [
        {
          type: 'spawn-follow-up-ticket',
          followUpOf: ticket.id,
          subject: ticket.subject,
          requester: ticket.requester,
          priority: ticket.priority,
          channel: event.message.channel,
          message: event.message,
        },
      ],
    };
  }
  const duplicate = duplicateGuard(ctx, event.message);
  if (duplicate) return duplicate;
  let next = appendMessage(touch(ticket, event.at), event.message);
  next.lastRequesterMessageAt = event.at;
  const effects: LifecycleEffect[] = [];
  const waitingOrSolved = match(ticket.status)
    .with('pending', 'on_hold', 'resolved', 'closed', () => true)
    .with('new', 'open', () => false)
    .exhaustive();
  if (waitingOrSolved) next = moveStatus(next, 'open', undefined, event, effects);
  if (next.assignee) effects.push({ type: 'notify-assignee', assigneeId: next.assignee.id, reason: 'requester-replied' });
  return { ok: true, ticket: next, effects };
}

function changePriority(ctx: Context, event: TicketEventOf<'priority_changed'>): TransitionResult {
  // Priority is bookkeeping, not lifecycle: Zendesk lets it change even on closed tickets.
  if (event.priority === ctx.ticket.priority) {
    return ctx.reject('no-change', `The priority is already ${event.priority}.`);
  }
  const next = touch(ctx.ticket, event.at);
  next.priority = event.priority;
  return { ok: true, ticket: next, effects: [] };
}

function reopen(ctx: Context, event: TicketEventOf<'reopened'>): TransitionResult {
  const { ticket } = ctx;
  const solved = ticket.status === 'resolved' || (ticket.status === 'closed' && ctx.options.replyToClosed === 'reopen');
  if (!solved) {
    return (
      terminalGuard(ctx) ??
      ctx.reject('reopen-requires-solved', `Only a resolved ticket can be reopened; this one is ${ticket.status}.`)
    );
  }
  return requestStatus(ctx, event, { to: 'open', holdReason: undefined });
}

function merge(ctx: Context, event: TicketEventOf<'merged'>): TransitionResult {
  const { ticket } = ctx;
  const final = terminalGuard(ctx);
  if (final) return final;
  if (event.intoTicketId === ticket.id) {
    return ctx.reject('merge-into-self', `Ticket ${ticket.id} cannot be merged into itself.`);
  }
  const effects: LifecycleEffect[] = [];
  // Merging closes the source ticket whatever `closeRequiresResolved` says: every platform closes
  // (ServiceNow: cancels) a merged duplicate directly.
  const next = moveStatus(touch(ticket, event.at), 'closed', undefined, event, effects);
  next.mergedInto = event.intoTicketId;
  effects.push(
    { type: 'merge-into-ticket', intoTicketId: event.intoTicketId, messageIds: ticket.messages.map((m) => m.id) },
    { type: 'notify-requester', reason: 'merged' },
  );
  return { ok: true, ticket: next, effects };
}

/** The shared path of every explicit status change: `status_changed`, `resolved`, `reopened`, `closed`, `canceled`. */
function requestStatus(ctx: Context, event: TicketEvent, request: StatusRequest): TransitionResult {
  const { ticket, options } = ctx;
  const { to, holdReason } = request;
  const from = ticket.status;
  const reopensClosed = from === 'closed' && to === 'open' && options.replyToClosed === 'reopen';
  if (!reopensClosed) {
    const final = terminalGuard(ctx);
    if (final) return final;
  }
  if (to === 'new') return ctx.reject('never-return-to-new', `The ticket is ${from} and can never go back to new.`);
  if (to === 'on_hold' && holdReason === undefined) {
    return ctx.reject('hold-requires-reason', 'Putting a ticket on hold needs a holdReason.');
  }
  if (to !== 'on_hold' && holdReason !== undefined) {
    return ctx.reject('hold-reason-only-on-hold', `A holdReason (${holdReason}) only goes with on_hold, not ${to}.`);
  }
  if (to === from && !(to === 'on_hold' && holdReason !== ticket.holdReason)) {
    return ctx.reject('no-change', `The ticket is already ${to}${to === 'on_hold' ? ` (${String(holdReason)})` : ''}.`);
  }

  let next = touch(ticket, event.at);
  const effects: LifecycleEffect[] = [];
  const check = match(to)
    .returnType<TransitionRejected | undefined>()
    .with('resolved', () => {
      if (next.assignee) return undefined;
      const mode = options.resolveWithoutAssignee;
      if (mode === 'allow') return undefined;
      const actor = event.actor;
      if (mode === 'assign-actor' && (actor.kind === 'agent' || actor.kind === 'bot')) {
        next.assignee = { ...actor, kind: actor.kind };
        return undefined;
      }
      return ctx.reject(
        'resolve-requires-assignee',
        mode === 'assign-actor'
          ? `The ticket has no assignee and the resolving ${actor.kind} cannot become one.`
          : 'The ticket has no assignee; assign it before resolving.',
      );
    })
    .with('closed', () =>
      options.closeRequiresResolved && from !== 'resolved'
        ? ctx.reject('close-requires-resolved', `The ticket is ${from}; it must be resolved before it can be closed.`)
        : undefined,
    )
    .with('canceled', () =>
      from === 'resolved'
        ? ctx.reject('cancel-requires-unsolved', 'A resolved ticket cannot be canceled; reopen it first.')
        : undefined,
    )
    .with('open', 'pending', 'on_hold', () => undefined)
    .exhaustive();
  if (check) return check;

  next = moveStatus(next, to, holdReason, event, effects);
  const reopened = solvedStatuses.has(from) && !solvedStatuses.has(to);
  if (reopened && next.assignee && !sameParty(next.assignee, event.actor)) {
    effects.push({ type: 'notify-assignee', assigneeId: next.assignee.id, reason: 'reopened' });
  }
  if (to === 'resolved') effects.push({ type: 'notify-requester', reason: 'resolved' });
  if (to === 'canceled') effects.push({ type: 'notify-requester', reason: 'canceled' });
  return { ok: true, ticket: next, effects };
}

// ---------------------------------------------------------------------------------------------
// Helpers (pure; each returns a new ticket)

function terminalGuard(ctx: Context): TransitionRejected | undefined {
  const { ticket } = ctx;
  return match(ticket.status)
    .returnType<TransitionRejected | undefined>()
    .with('closed', () => ctx.reject('closed-is-final', `Ticket ${ticket.id} is closed and cannot change.`))
    .with('canceled', () => ctx.reject('canceled-is-final', `Ticket ${ticket.id} is canceled and cannot change.`))
    .with('new', 'open', 'pending', 'on_hold', 'resolved', () => undefined)
    .exhaustive();
}

function duplicateGuard(ctx: Context, message: Message): TransitionRejected | undefined {
  return ctx.ticket.messages.some((m) => m.id === message.id)
    ? ctx.reject('duplicate-message-id', `Message ${message.id} is already part of ticket ${ctx.ticket.id}.`)
    : undefined;
}

/** A shallow copy with `updatedAt` moved to `at`; arrays are shared until replaced. */
function touch(ticket: Ticket, at: string): Ticket {
  return { ...ticket, updatedAt: at };
}

function appendMessage(ticket: Ticket, message: Message): Ticket {
  ticket.messages = [...ticket.messages, message];
  return ticket;
}

const solvedStatuses: ReadonlySet<TicketStatus> = new Set(['resolved', 'closed']);

/**
 * Moves `ticket` to `to`, keeping the status history, hold reason, reopen count and the `...At`
 * fields consistent, and pushes the `clear-hold-reason` effect that leaving a hold implies.
 */
function moveStatus(
  ticket: Ticket,
  to: TicketStatus,
  holdReason: HoldReason | undefined,
  event: TicketEvent,
  effects: LifecycleEffect[],
): Ticket {
  const from = ticket.status;
  const at = event.at;
  const next: Ticket = { ...ticket, status: to };
  next.statusChanges = [
    ...ticket.statusChanges,
    holdReason === undefined
      ? { at, from, to, eventId: event.id }
      : { at, from, to, holdReason, eventId: event.id },
  ];
  if (ticket.holdReason !== undefined && (to !== 'on_hold' || holdReason !== ticket.holdReason)) {
    effects.push({ type: 'clear-hold-reason', holdReason: ticket.holdReason });
  }
  if (to === 'on_hold' && holdReason !== undefined) next.holdReason = holdReason;
  else delete next.holdReason;

  if (solvedStatuses.has(to)) {
    if (next.resolvedAt === undefined) next.resolvedAt = at;
  } else {
    delete next.resolvedAt;
  }
  if (to === 'closed') next.closedAt = at;
  else delete next.closedAt;
  if (to === 'canceled') next.canceledAt = at;
  else delete next.canceledAt;

  if (solvedStatuses.has(from) && !solvedStatuses.has(to)) next.reopenCount = ticket.reopenCount + 1;
  return next;
}

function sameParty(a: Party, b: Party): boolean {
  return a.kind === b.kind && a.id === b.id;
}
