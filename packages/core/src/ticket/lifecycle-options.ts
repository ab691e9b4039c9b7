import { z } from 'zod';

/**
 * The platform differences the lifecycle state machine can be configured for. Everything else is
 * what Zendesk, ServiceNow, Jira Service Management and Freshdesk agree on and is not optional.
 *
 * Use it to validate options that come from configuration; `transition` and `replay` accept a
 * partial object and fill the rest from {@link defaultLifecycleOptions}.
 *
 * @example
 * ```ts
 * import { lifecycleOptionsSchema } from '@rapport/core/ticket';
 *
 * lifecycleOptionsSchema.partial().parse({ replyToClosed: 'reopen' });
 * ```
 * @since 0.1.0
 */
export const lifecycleOptionsSchema = z.strictObject({
  /**
   * What happens when a ticket without an assignee is resolved: `reject` it (rule
   * `resolve-requires-assignee`), `assign-actor` (the resolving agent or bot becomes the
   * assignee; a `system` or `requester` actor is still rejected) or `allow` it.
   */
  resolveWithoutAssignee: z.enum(['reject', 'assign-actor', 'allow']),
  /**
   * What a requester reply to a closed ticket does: `follow-up` leaves the closed ticket alone and
   * emits a `spawn-follow-up-ticket` effect; `reopen` moves it back to `open` (and lets a
   * `reopened` event reopen a closed ticket). Canceled tickets always get a follow-up.
   */
  replyToClosed: z.enum(['follow-up', 'reopen']),
  /** Whether `closed` can only be reached from `resolved` (rule `close-requires-resolved`). */
  closeRequiresResolved: z.boolean(),
  /** Whether assigning a `new` ticket moves it to `open`. */
  assignmentOpensNew: z.boolean(),
  /** Whether a public agent reply moves a `new` or `open` ticket to `pending` (waiting for the requester). */
  agentReplySetsPending: z.boolean(),
});

/**
 * Lifecycle options, inferred from {@link lifecycleOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { LifecycleOptions } from '@rapport/core/ticket';
 *
 * const strict: Partial<LifecycleOptions> = { resolveWithoutAssignee: 'reject' };
 * ```
 * @since 0.1.0
 */
export type LifecycleOptions = z.infer<typeof lifecycleOptionsSchema>;

/**
 * The options used when none are given: the strictest common ground, which is also Zendesk's
 * behaviour (see {@link platformDefaults}).
 *
 * @example
 * ```ts
 * import { defaultLifecycleOptions } from '@rapport/core/ticket';
 *
 * defaultLifecycleOptions.replyToClosed; // 'follow-up'
 * ```
 * @since 0.1.0
 */
export const defaultLifecycleOptions: Readonly<LifecycleOptions> = Object.freeze({
  resolveWithoutAssignee: 'reject',
  replyToClosed: 'follow-up',
  closeRequiresResolved: true,
  assignmentOpensNew: true,
  agentReplySetsPending: false,
});

/**
 * Option presets that reproduce each platform's out-of-the-box lifecycle. The sources for each
 * value are in `docs/concepts/lifecycle.md`.
 *
 * Use one when you mirror a platform's tickets, so that replaying its events gives the statuses
 * the platform shows. Spread it to change one value: `{ ...platformDefaults.jira, closeRequiresResolved: true }`.
 *
 * @example
 * ```ts
 * import { platformDefaults, transition } from '@rapport/core/ticket';
 * import type { Ticket, TicketEvent } from '@rapport/core/ticket';
 *
 * declare const ticket: Ticket;
 * declare const event: TicketEvent;
 * const result = transition(ticket, event, platformDefaults.freshdesk);
 * ```
 * @since 0.1.0
 */
export const platformDefaults: Readonly<{
  /** Zendesk Support: follow-up tickets for closed tickets, no solve without assignee. */
  zendesk: Readonly<LifecycleOptions>;
  /** ServiceNow Incident: closed only from resolved; resolved incidents reopen, closed ones do not. */
  servicenow: Readonly<LifecycleOptions>;
  /** Jira Service Management with its preset automation rules. */
  jira: Readonly<LifecycleOptions>;
  /** Freshdesk: a customer reply reopens even a closed ticket. */
  freshdesk: Readonly<LifecycleOptions>;
}> = Object.freeze({
  zendesk: Object.freeze({
    resolveWithoutAssignee: 'reject',
    replyToClosed: 'follow-up',
    closeRequiresResolved: true,
    assignmentOpensNew: true,
    agentReplySetsPending: false,
  }),
  servicenow: Object.freeze({
    resolveWithoutAssignee: 'allow',
    replyToClosed: 'follow-up',
    closeRequiresResolved: true,
    assignmentOpensNew: true,
    agentReplySetsPending: false,
  }),
  jira: Object.freeze({
    resolveWithoutAssignee: 'allow',
    replyToClosed: 'reopen',
    closeRequiresResolved: false,
    assignmentOpensNew: false,
    agentReplySetsPending: true,
  }),
  freshdesk: Object.freeze({
    resolveWithoutAssignee: 'allow',
    replyToClosed: 'reopen',
    closeRequiresResolved: false,
    assignmentOpensNew: false,
    agentReplySetsPending: false,
  }),
});
