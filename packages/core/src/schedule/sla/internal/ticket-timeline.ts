import { RapportError } from '../../../errors.js';
import { parseOrThrow } from '../../../internal/parse.js';
import { stateCategory, type StateCategory, type TicketStatus } from '../../../ticket/ticket-status.js';
import { ticketSchema, type Ticket } from '../../../ticket/ticket.js';
import type { Priority } from '../../../ticket/priority.js';
import { isoOf } from './instant.js';

/** Who wrote a public message, as the clocks see it. */
export type Side = 'agent' | 'bot' | 'requester';

/** A public message on the timeline. */
export interface TimelineMessage {
  readonly id: string;
  readonly at: number;
  readonly side: Side;
}

/** A stretch of time in one state category: from `from` until the next segment (or forever). */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly category: StateCategory;
  /** The status the segment opened with. */
  readonly status: TicketStatus;
  /** The `eventId` of the status change that opened it, when the ticket records one. */
  readonly eventId: string | undefined;
}

/** The parts of a ticket the clocks and the planner read, as of an instant. */
export interface TicketTimeline {
  readonly ticket: Ticket;
  readonly ticketId: string;
  readonly priority: Priority;
  readonly createdMs: number;
  readonly nowMs: number;
  /** Category segments from creation, chronological, disjoint; the last one ends at `Infinity`. */
  readonly segments: readonly Segment[];
  /** Public messages up to `nowMs`, chronological (ties keep the ticket's order). */
  readonly messages: readonly TimelineMessage[];
  /** The category at `nowMs`. */
  readonly category: StateCategory;
}

/**
 * Validates `input` as a ticket (`INVALID_TICKET` naming the bad path) and builds its timeline as
 * of `nowMs`: status changes and messages after `nowMs` are ignored, so evaluating an old instant
 * replays the past. `nowMs` before the ticket's creation is an `INVALID_INPUT` error.
 */
export function ticketTimeline(input: unknown, nowMs: number): TicketTimeline {
  const ticket = parseOrThrow(ticketSchema, input, 'INVALID_TICKET', 'ticket');
  const createdMs = Date.parse(ticket.createdAt);
  if (nowMs < createdMs) {
    throw new RapportError('INVALID_INPUT', `Invalid now: ${isoOf(nowMs)} is before the ticket was created (${ticket.createdAt})`, {
      issues: [{ code: 'before_creation', path: ['now'], message: 'is before the ticket was created' }],
    });
  }
  const segments: Segment[] = [];
  for (const change of ticket.statusChanges) {
    const at = Math.max(Date.parse(change.at), createdMs);
    if (at > nowMs) break;
    const category = stateCategory(change.to);
    const opened = { from: at, to: Infinity, category, status: change.to, eventId: change.eventId };
    const last = segments[segments.length - 1];
    if (last && last.from === at) {
      segments[segments.length - 1] = opened;
    } else if (last && last.category === category) {
      continue;
    } else {
      if (last) segments[segments.length - 1] = { ...last, to: at };
      segments.push(opened);
    }
  }
  const first = segments[0];
  if (!first) {
    // The schema guarantees a first status change; if it is later than creation, start there.
    const initial = ticket.statusChanges[0];
    const status = initial ? initial.to : ticket.status;
    segments.push({ from: createdMs, to: Infinity, category: stateCategory(status), status, eventId: undefined });
  } else if (first.from > createdMs) {
    segments[0] = { ...first, from: createdMs };
  }
  const messages: TimelineMessage[] = [];
  ticket.messages.forEach((message) => {
    if (message.visibility !== 'public') return;
    const at = Date.parse(message.createdAt);
    if (at > nowMs) return;
    const kind = message.author.kind;
    if (kind === 'system') return;
    messages.push({ id: message.id, at, side: kind });
  });
  messages.sort((a, b) => a.at - b.at);
  const current = segments[segments.length - 1];
  return {
    ticket,
    ticketId: ticket.id,
    priority: ticket.priority,
    createdMs,
    nowMs,
    segments,
    messages,
    category: current ? current.category : stateCategory(ticket.status),
  };
}

/** A stable key for the status change that opened `segment`: its event id, or its status and instant. */
export function segmentAnchor(segment: Segment): string {
  return segment.eventId ?? `${segment.status}@${isoOf(segment.from)}`;
}

/** The categories in which no SLA clock runs: the ticket is solved, closed or canceled. */
export const STOPPED: ReadonlySet<StateCategory> = new Set<StateCategory>(['solved', 'terminal']);
