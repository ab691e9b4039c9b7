import type { Priority } from '../../../ticket/priority.js';
import type { Ticket } from '../../../ticket/ticket.js';
import type { TicketStatus } from '../../../ticket/ticket-status.js';

/** One step of a scripted ticket history (test support). */
export type HistoryStep =
  | { readonly at: string; readonly status: TicketStatus }
  | { readonly at: string; readonly say: 'agent' | 'requester' | 'bot'; readonly internal?: boolean; readonly id?: string; readonly text?: string };

/**
 * Builds a schema-valid ticket from a scripted history: status changes and messages. Used by the
 * schedule tests to write real-looking tickets in a few lines; not exported from the package.
 */
export function buildTicket(options: {
  readonly id?: string;
  readonly priority?: Priority;
  readonly createdAt: string;
  readonly initialMessage?: boolean;
  readonly steps?: readonly HistoryStep[];
}): Ticket {
  const createdAt = options.createdAt;
  let status: TicketStatus = 'new';
  const statusChanges: Ticket['statusChanges'] = [{ at: createdAt, from: null, to: 'new' }];
  const messages: Ticket['messages'] = [];
  let updatedAt = createdAt;
  let resolvedAt: string | undefined;
  let closedAt: string | undefined;
  let canceledAt: string | undefined;
  let reopenCount = 0;
  if (options.initialMessage !== false) {
    messages.push({
      id: 'm0',
      visibility: 'public',
      direction: 'inbound',
      channel: 'email',
      author: { kind: 'requester', id: 'u-1' },
      text: 'The VPN drops every ten minutes since this morning.',
      createdAt,
    });
  }
  for (const step of options.steps ?? []) {
    updatedAt = step.at;
    if ('status' in step) {
      if (step.status === status && step.status !== 'on_hold') continue;
      if ((status === 'resolved' || status === 'closed') && step.status !== 'closed') reopenCount++;
      statusChanges.push({
        at: step.at,
        from: status,
        to: step.status,
        ...(step.status === 'on_hold' ? { holdReason: 'awaiting_vendor' as const } : {}),
      });
      status = step.status;
      if (status === 'resolved') resolvedAt = step.at;
      if (status === 'closed') {
        closedAt = step.at;
        resolvedAt ??= step.at;
      }
      if (status === 'canceled') canceledAt = step.at;
      if (status !== 'resolved' && status !== 'closed') resolvedAt = undefined;
    } else {
      const id = step.id ?? `m${messages.length}`;
      messages.push({
        id,
        visibility: step.internal ? 'internal' : 'public',
        direction: step.say === 'requester' ? 'inbound' : 'outbound',
        channel: 'email',
        author: step.say === 'requester' ? { kind: 'requester', id: 'u-1' } : { kind: step.say, id: step.say === 'bot' ? 'bot-1' : 'a-1' },
        text: step.text ?? (step.say === 'requester' ? 'Any news?' : 'Thanks, I am looking into it.'),
        createdAt: step.at,
      });
    }
  }
  return {
    id: options.id ?? 'T-1',
    subject: 'VPN drops',
    status,
    ...(status === 'on_hold' ? { holdReason: 'awaiting_vendor' as const } : {}),
    priority: options.priority ?? 'high',
    channel: 'email',
    requester: { kind: 'requester', id: 'u-1' },
    assignee: { kind: 'agent', id: 'a-1' },
    createdAt,
    updatedAt,
    messages,
    statusChanges,
    ...(resolvedAt !== undefined && (status === 'resolved' || status === 'closed') ? { resolvedAt } : {}),
    ...(closedAt !== undefined && status === 'closed' ? { closedAt } : {}),
    ...(canceledAt !== undefined && status === 'canceled' ? { canceledAt } : {}),
    reopenCount,
  };
}
