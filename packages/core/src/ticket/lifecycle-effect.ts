import type { Channel } from './channel.js';
import type { HoldReason } from './ticket-status.js';
import type { Message } from './message.js';
import type { Party } from './party.js';
import type { Priority } from './priority.js';

/**
 * Something the host application should do because a transition happened. Effects are data:
 * `transition` never sends, stores or schedules anything itself.
 *
 * Use them to drive your side effects after you have stored the new ticket: send the e-mail,
 * create the follow-up ticket, page the assignee. Switch on `type` with `match(...).exhaustive()`
 * so a new kind of effect is a compile error in your code.
 *
 * - `record-first-reply`: the first public agent or bot reply happened (the ticket's
 *   `firstReplyAt` is already set); first-reply SLA clocks stop here.
 * - `clear-hold-reason`: the ticket left `on_hold`; `holdReason` names the reason that was cleared
 *   (e.g. to cancel a vendor reminder).
 * - `notify-requester`: tell the requester; `reason` says why, `messageId` names the reply to
 *   deliver when there is one.
 * - `notify-assignee`: tell the assignee; `reason` says why.
 * - `spawn-follow-up-ticket`: a requester wrote to a closed or canceled ticket; create a new
 *   ticket linked to `followUpOf` from the given fields and message.
 * - `merge-into-ticket`: copy the listed messages to `intoTicketId`, which now carries the
 *   conversation.
 *
 * @example
 * ```ts
 * import type { LifecycleEffect } from '@rapport/core/ticket';
 *
 * function describe(effect: LifecycleEffect): string {
 *   switch (effect.type) {
 *     case 'record-first-reply': return `first reply at ${effect.at}`;
 *     case 'clear-hold-reason': return `no longer ${effect.holdReason}`;
 *     case 'notify-requester': return `tell the requester: ${effect.reason}`;
 *     case 'notify-assignee': return `tell ${effect.assigneeId}: ${effect.reason}`;
 *     case 'spawn-follow-up-ticket': return `new ticket after ${effect.followUpOf}`;
 *     case 'merge-into-ticket': return `moved to ${effect.intoTicketId}`;
 *   }
 * }
 * ```
 * @since 0.1.0
 */
export type LifecycleEffect =
  | RecordFirstReplyEffect
  | ClearHoldReasonEffect
  | NotifyRequesterEffect
  | NotifyAssigneeEffect
  | SpawnFollowUpTicketEffect
  | MergeIntoTicketEffect;

/**
 * The first public agent or bot reply of a ticket happened. See {@link LifecycleEffect}.
 *
 * @example
 * ```ts
 * import type { RecordFirstReplyEffect } from '@rapport/core/ticket';
 *
 * const effect: RecordFirstReplyEffect = { type: 'record-first-reply', at: '2024-05-02T08:30:00Z', messageId: 'm-2' };
 * ```
 * @since 0.1.0
 */
export interface RecordFirstReplyEffect {
  /** Discriminant. */
  readonly type: 'record-first-reply';
  /** When the reply happened (the event's `at`). */
  readonly at: string;
  /** The reply. */
  readonly messageId: string;
}

/**
 * A ticket left `on_hold`, so its hold reason was cleared. See {@link LifecycleEffect}.
 *
 * @example
 * ```ts
 * import type { ClearHoldReasonEffect } from '@rapport/core/ticket';
 *
 * const effect: ClearHoldReasonEffect = { type: 'clear-hold-reason', holdReason: 'awaiting_vendor' };
 * ```
 * @since 0.1.0
 */
export interface ClearHoldReasonEffect {
  /** Discriminant. */
  readonly type: 'clear-hold-reason';
  /** The reason that no longer applies. */
  readonly holdReason: HoldReason;
}

/**
 * The requester should hear about this transition. See {@link LifecycleEffect}.
 *
 * @example
 * ```ts
 * import type { NotifyRequesterEffect } from '@rapport/core/ticket';
 *
 * const effect: NotifyRequesterEffect = { type: 'notify-requester', reason: 'agent-replied', messageId: 'm-2' };
 * ```
 * @since 0.1.0
 */
export interface NotifyRequesterEffect {
  /** Discriminant. */
  readonly type: 'notify-requester';
  /** Why: a public reply to deliver, or a change of state the requester should know about. */
  readonly reason: 'agent-replied' | 'resolved' | 'canceled' | 'merged';
  /** The public reply to deliver, for `agent-replied`. */
  readonly messageId?: string;
}

/**
 * The assignee should hear about this transition. See {@link LifecycleEffect}.
 *
 * @example
 * ```ts
 * import type { NotifyAssigneeEffect } from '@rapport/core/ticket';
 *
 * const effect: NotifyAssigneeEffect = { type: 'notify-assignee', assigneeId: 'a-7', reason: 'requester-replied' };
 * ```
 * @since 0.1.0
 */
export interface NotifyAssigneeEffect {
  /** Discriminant. */
  readonly type: 'notify-assignee';
  /** The `id` of the assignee to notify. */
  readonly assigneeId: string;
  /** Why: the ticket was assigned to them, the requester wrote, or the ticket was reopened. */
  readonly reason: 'assigned' | 'requester-replied' | 'reopened';
}

/**
 * A requester wrote to a closed or canceled ticket; create a linked follow-up ticket. The fields
 * are what a `created` event for the new ticket needs (give it your own ids). See
 * {@link LifecycleEffect}.
 *
 * @example
 * ```ts
 * import type { SpawnFollowUpTicketEffect } from '@rapport/core/ticket';
 *
 * const handle = (effect: SpawnFollowUpTicketEffect) => `Re: ${effect.subject} (after ${effect.followUpOf})`;
 * ```
 * @since 0.1.0
 */
export interface SpawnFollowUpTicketEffect {
  /** Discriminant. */
  readonly type: 'spawn-follow-up-ticket';
  /** The closed or canceled ticket the new one follows up. */
  readonly followUpOf: string;
  /** Subject of the original ticket. */
  readonly subject: string;
  /** Requester of the original ticket. */
  readonly requester: Party;
  /** Priority of the original ticket. */
  readonly priority: Priority;
  /** Channel of the requester's new message. */
  readonly channel: Channel;
  /** The requester's message, which opens the follow-up ticket. */
  readonly message: Message;
}

/**
 * A ticket was merged into another one; move its conversation there. See {@link LifecycleEffect}.
 *
 * @example
 * ```ts
 * import type { MergeIntoTicketEffect } from '@rapport/core/ticket';
 *
 * const effect: MergeIntoTicketEffect = { type: 'merge-into-ticket', intoTicketId: 'T-1000', messageIds: ['m-1'] };
 * ```
 * @since 0.1.0
 */
export interface MergeIntoTicketEffect {
  /** Discriminant. */
  readonly type: 'merge-into-ticket';
  /** The ticket that now carries the conversation. */
  readonly intoTicketId: string;
  /** The messages of the merged ticket, oldest first. */
  readonly messageIds: readonly string[];
}
