/**
 * `@rapport/core/ticket`: zod schemas and types for tickets, parties, messages and events, and the
 * ticket lifecycle state machine.
 *
 * @packageDocumentation
 * @module @rapport/core/ticket
 */
export { channelSchema } from './channel.js';
export type { Channel } from './channel.js';
export { partyKindSchema, partySchema } from './party.js';
export type { Party, PartyKind } from './party.js';
export {
  attachmentSchema,
  messageDirectionSchema,
  messageSchema,
  messageVisibilitySchema,
} from './message.js';
export type { Attachment, Message, MessageDirection, MessageVisibility } from './message.js';
export { prioritySchema } from './priority.js';
export type { Priority } from './priority.js';
export {
  holdReasonSchema,
  stateCategory,
  stateCategorySchema,
  ticketStatusSchema,
} from './ticket-status.js';
export type { HoldReason, StateCategory, TicketStatus } from './ticket-status.js';
export { statusChangeSchema } from './status-change.js';
export type { StatusChange } from './status-change.js';
export { ticketSchema } from './ticket.js';
export type { Ticket } from './ticket.js';
export { ticketEventSchema } from './ticket-event.js';
export type { TicketEvent, TicketEventOf, TicketEventType } from './ticket-event.js';
export { parseTicket } from './parse-ticket.js';
export { parseEvent } from './parse-event.js';
export { lifecycleRules } from './lifecycle-rules.js';
export type { LifecycleRuleId } from './lifecycle-rules.js';
export {
  defaultLifecycleOptions,
  lifecycleOptionsSchema,
  platformDefaults,
} from './lifecycle-options.js';
export type { LifecycleOptions } from './lifecycle-options.js';
export type {
  ClearHoldReasonEffect,
  LifecycleEffect,
  MergeIntoTicketEffect,
  NotifyAssigneeEffect,
  NotifyRequesterEffect,
  RecordFirstReplyEffect,
  SpawnFollowUpTicketEffect,
} from './lifecycle-effect.js';
export { transition } from './transition.js';
export type {
  LifecycleRejection,
  TransitionAccepted,
  TransitionRejected,
  TransitionResult,
} from './transition.js';
export { replay } from './replay.js';
export type {
  LifecycleAppliedEntry,
  LifecycleRejectedEntry,
  LifecycleTimelineEntry,
  TicketReplay,
} from './replay.js';
