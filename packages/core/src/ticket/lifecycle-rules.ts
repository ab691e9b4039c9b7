/**
 * Every rule the lifecycle state machine enforces, by id, with what it forbids. A rejected
 * transition always names one of these ids, so callers can switch on it, count it and link to
 * `docs/concepts/lifecycle.md`, where each rule is explained with its sources.
 *
 * Use it to list the rules in a UI, to translate rejection messages, or to check that a rule id
 * you received is known.
 *
 * @example
 * ```ts
 * import { lifecycleRules } from '@rapport/core/ticket';
 *
 * lifecycleRules['never-return-to-new']; // 'A ticket never goes back to new once it has left it.'
 * Object.keys(lifecycleRules).length; // 16
 * ```
 * @since 0.1.0
 */
export const lifecycleRules = {
  /** Setting a ticket back to `new`. */
  'never-return-to-new':
    'A ticket never goes back to new once it has left it.',
  /** Changing a closed ticket (except a requester reply when `replyToClosed` is `reopen`). */
  'closed-is-final':
    'A closed ticket does not change; a requester reply spawns a follow-up ticket unless the platform reopens closed tickets.',
  /** Changing a canceled ticket. */
  'canceled-is-final':
    'A canceled ticket does not change; a requester reply spawns a follow-up ticket.',
  /** Resolving an unassigned ticket, per `resolveWithoutAssignee`. */
  'resolve-requires-assignee':
    'A ticket can only be resolved when it has an assignee, or (per options) when the resolving agent or bot can become one.',
  /** Closing a ticket that is not resolved, per `closeRequiresResolved`. */
  'close-requires-resolved':
    'A ticket can only be closed after it was resolved (per options).',
  /** Putting a ticket `on_hold` without a hold reason. */
  'hold-requires-reason':
    'Putting a ticket on hold needs a hold reason.',
  /** A hold reason with any status but `on_hold`. */
  'hold-reason-only-on-hold':
    'A hold reason is only allowed when the new status is on_hold.',
  /** Reopening a ticket that is not resolved (or closed, per `replyToClosed`). */
  'reopen-requires-solved':
    'Only a resolved (or, per options, closed) ticket can be reopened.',
  /** Canceling a resolved ticket. */
  'cancel-requires-unsolved':
    'A resolved ticket cannot be canceled; reopen it first.',
  /** An event that changes nothing. */
  'no-change':
    'The event would change nothing (same status, same assignee, same priority).',
  /** A second `created` event. */
  'ticket-already-exists':
    'A created event for a ticket that already exists.',
  /** Any event before `created`. */
  'ticket-not-created':
    'An event for a ticket that has not been created yet.',
  /** An event whose `ticketId` differs from the ticket. */
  'event-for-another-ticket':
    "The event's ticketId is not the ticket's id.",
  /** An event older than the ticket's `updatedAt`. */
  'event-out-of-order':
    'The event happened before the last event already applied to the ticket.',
  /** A message whose id the ticket already has. */
  'duplicate-message-id':
    'A message with this id is already part of the ticket.',
  /** Merging a ticket into itself. */
  'merge-into-self':
    'A ticket cannot be merged into itself.',
} as const satisfies Record<string, string>;

/**
 * The id of a lifecycle rule: a key of {@link lifecycleRules}.
 *
 * @example
 * ```ts
 * import type { LifecycleRuleId } from '@rapport/core/ticket';
 *
 * const rule: LifecycleRuleId = 'closed-is-final';
 * ```
 * @since 0.1.0
 */
export type LifecycleRuleId = keyof typeof lifecycleRules;
