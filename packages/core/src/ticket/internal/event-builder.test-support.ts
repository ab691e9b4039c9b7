/**
 * Test support (not exported): builds realistic event logs for one ticket with increasing
 * timestamps, so tests read as a story.
 */
import type { Channel } from '../channel.js';
import type { Message } from '../message.js';
import type { Party } from '../party.js';
import type { Priority } from '../priority.js';
import type { TicketEvent, TicketEventOf } from '../ticket-event.js';
import type { HoldReason, TicketStatus } from '../ticket-status.js';

export const requester = { kind: 'requester', id: 'u-42', name: 'Dana Reyes' } as const;
export const agent = { kind: 'agent', id: 'a-7', name: 'Sam Ortiz' } as const;
export const otherAgent = { kind: 'agent', id: 'a-9', name: 'Lee Park' } as const;
export const bot = { kind: 'bot', id: 'b-1', name: 'Triage bot' } as const;
export const system = { kind: 'system', id: 'automation' } as const;

type Base = { id: string; ticketId: string; at: string; actor: Party };

export class EventBuilder {
  readonly events: TicketEvent[] = [];
  private clock: number;
  private counter = 0;
  private messageCounter = 0;

  constructor(
    readonly ticketId = 'T-1001',
    start = '2024-05-02T08:00:00Z',
  ) {
    this.clock = Date.parse(start);
  }

  /** Moves the clock forward; events get the current time. */
  advance(minutes: number): this {
    this.clock += minutes * 60_000;
    return this;
  }

  private base(actor: Party): Base {
    this.counter += 1;
    this.clock += 60_000;
    return { id: `e-${this.counter}`, ticketId: this.ticketId, at: new Date(this.clock).toISOString(), actor };
  }

  private push<E extends TicketEvent>(event: E): E {
    this.events.push(event);
    return event;
  }

  message(direction: 'inbound' | 'outbound', author: Party, text: string, visibility: 'public' | 'internal' = 'public', channel: Channel = 'email', id?: string): Message {
    this.messageCounter += 1;
    return {
      id: id ?? `m-${this.messageCounter}`,
      visibility,
      direction,
      channel,
      author,
      text,
      createdAt: new Date(this.clock + 60_000).toISOString(),
    };
  }

  created(extra: { priority?: Priority; withMessage?: boolean; assignee?: typeof agent | typeof bot; followUpOf?: string } = {}): TicketEventOf<'created'> {
    const message = extra.withMessage === false ? undefined : this.message('inbound', requester, 'The VPN drops every ten minutes since this morning.');
    const event: TicketEventOf<'created'> = {
      ...this.base(requester),
      type: 'created',
      subject: 'VPN drops every ten minutes',
      requester,
      priority: extra.priority ?? 'high',
      channel: 'email',
    };
    if (message) event.message = { ...message, visibility: 'public' };
    if (extra.assignee) event.assignee = extra.assignee;
    if (extra.followUpOf) event.followUpOf = extra.followUpOf;
    return this.push(event);
  }

  assigned(assignee: typeof agent | typeof otherAgent | typeof bot | null, actor: Party = system): TicketEventOf<'assigned'> {
    return this.push({ ...this.base(actor), type: 'assigned', assignee });
  }

  agentReplied(text = 'Thanks, Dana. I can see the tunnel resets every 600 seconds; I am checking the concentrator now.', author: Party = agent, messageId?: string): TicketEventOf<'agent_replied'> {
    const message = this.message('outbound', author, text, 'public', 'email', messageId);
    return this.push({ ...this.base(author), type: 'agent_replied', message: { ...message, visibility: 'public', direction: 'outbound' } });
  }

  note(text = 'Concentrator logs show idle timeout at 600 s.', author: Party = agent, messageId?: string): TicketEventOf<'internal_note'> {
    const message = this.message('outbound', author, text, 'internal', 'portal', messageId);
    return this.push({ ...this.base(author), type: 'internal_note', message: { ...message, visibility: 'internal' } });
  }

  customerReplied(text = 'It happened again just now.', messageId?: string, channel: Channel = 'email'): TicketEventOf<'customer_replied'> {
    const message = this.message('inbound', requester, text, 'public', channel, messageId);
    return this.push({ ...this.base(requester), type: 'customer_replied', message: { ...message, visibility: 'public', direction: 'inbound' } });
  }

  statusChanged(to: TicketStatus, holdReason?: HoldReason, actor: Party = agent): TicketEventOf<'status_changed'> {
    const event: TicketEventOf<'status_changed'> = { ...this.base(actor), type: 'status_changed', to };
    if (holdReason !== undefined) event.holdReason = holdReason;
    return this.push(event);
  }

  priorityChanged(priority: Priority, actor: Party = agent): TicketEventOf<'priority_changed'> {
    return this.push({ ...this.base(actor), type: 'priority_changed', priority });
  }

  resolved(actor: Party = agent): TicketEventOf<'resolved'> {
    return this.push({ ...this.base(actor), type: 'resolved', resolution: 'Raised the idle timeout on the VPN profile.' });
  }

  reopened(actor: Party = agent): TicketEventOf<'reopened'> {
    return this.push({ ...this.base(actor), type: 'reopened', reason: 'The fix did not hold.' });
  }

  closed(actor: Party = system): TicketEventOf<'closed'> {
    return this.push({ ...this.base(actor), type: 'closed' });
  }

  canceled(actor: Party = agent): TicketEventOf<'canceled'> {
    return this.push({ ...this.base(actor), type: 'canceled', reason: 'Raised twice by mistake.' });
  }

  merged(intoTicketId: string, actor: Party = agent): TicketEventOf<'merged'> {
    return this.push({ ...this.base(actor), type: 'merged', intoTicketId });
  }
}
