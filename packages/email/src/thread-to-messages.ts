import type { Message } from '@rapport/core/ticket';
import type { ParsedEmail } from './parse-email.js';
import type { EmailThread } from './thread-emails.js';

/**
 * Who is on the support team: messages from these addresses or domains are the agents' side.
 *
 * @since 0.1.0
 */
export interface TeamIdentity {
  /** Team mailboxes and agents' addresses (`help@acme.test`), compared case-insensitively. */
  readonly addresses?: readonly string[];
  /** Team domains (`acme.test`); sub-domains match too (`eu.acme.test`). */
  readonly domains?: readonly string[];
}

/**
 * Options of {@link threadToMessages}.
 *
 * @since 0.1.0
 */
export interface ThreadToMessagesOptions {
  /** Who the agents are; everyone else is the customer. */
  readonly team: TeamIdentity;
  /**
   * Which text becomes `Message.text`: `visible` (the visible reply, the default) or `reply` (only
   * the author's own lines, without inline quoted context).
   */
  readonly text?: 'visible' | 'reply';
}

/**
 * Maps a thread to core `Message`s (`@rapport/core/ticket`), with direction and author kind taken
 * from the team's addresses and domains.
 *
 * Use it to feed email conversations to the lifecycle, SLA clocks and thread analysis of
 * `@rapport/core`.
 *
 * Each message becomes a public `email` message: `inbound` with a `requester` author when the
 * sender is outside the team, `outbound` with an `agent` author when inside. The text is the
 * visible reply (quoted history and signature removed). A message without a Message-ID gets a
 * deterministic id from its position (`<thread id>#<n>`); one without a date takes the previous
 * message's date (or the Unix epoch for the first), so every value passes `messageSchema`.
 *
 * @example
 * ```ts
 * import { parseEmail, threadEmails, threadToMessages } from '@rapport/email';
 *
 * const email = await parseEmail('Message-ID: <a@x>\r\nFrom: Ann <ann@example.com>\r\nTo: help@acme.test\r\nSubject: VPN\r\nDate: Mon, 3 Mar 2025 09:00:00 +0000\r\n\r\nVPN is down.');
 * const [thread] = threadEmails([email]);
 * const messages = thread ? threadToMessages(thread, { team: { domains: ['acme.test'] } }) : [];
 * console.log(messages[0]?.direction, messages[0]?.author.kind); // 'inbound' 'requester'
 * ```
 * @since 0.1.0
 */
export function threadToMessages(thread: EmailThread, options: ThreadToMessagesOptions): Message[] {
  const addresses = new Set((options.team.addresses ?? []).map((a) => a.trim().toLowerCase()));
  const domains = (options.team.domains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/u, ''));
  const isTeam = (address: string | undefined): boolean => {
    if (address === undefined) return false;
    const a = address.toLowerCase();
    if (addresses.has(a)) return true;
    const domain = a.slice(a.lastIndexOf('@') + 1);
    return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
  };
  let previousDate = new Date(0).toISOString();
  const seen = new Set<string>();
  return thread.messages.map((email: ParsedEmail, n) => {
    const team = isTeam(email.from?.address);
    let id = email.messageId ?? `${thread.id}#${n}`;
    if (seen.has(id)) id = `${id}#${n}`;
    seen.add(id);
    const createdAt = email.date ?? previousDate;
    previousDate = createdAt;
    const address = email.from?.address.toLowerCase();
    const name = email.from?.name.trim();
    const message: Message = {
      id,
      visibility: 'public',
      direction: team ? 'outbound' : 'inbound',
      channel: 'email',
      author: {
        kind: team ? 'agent' : 'requester',
        id: address !== undefined && address !== '' ? address : 'unknown-sender',
        ...(name !== undefined && name !== '' ? { name } : {}),
        ...(address !== undefined && address !== '' ? { email: address } : {}),
      },
      text: options.text === 'reply' ? email.reply.replyText : email.reply.visibleText,
      createdAt,
    };
    if (email.html !== undefined) message.html = email.html;
    const inReplyTo = email.inReplyTo[0];
    if (inReplyTo !== undefined && inReplyTo !== '') message.inReplyTo = inReplyTo;
    if (email.attachments.length > 0) {
      message.attachments = email.attachments.map((a, k) => ({
        ...(a.contentId !== undefined && a.contentId !== '' ? { id: a.contentId } : {}),
        filename: a.filename !== undefined && a.filename !== '' ? a.filename : `attachment-${k + 1}`,
        contentType: a.mimeType !== '' ? a.mimeType : 'application/octet-stream',
        size: a.size,
      }));
    }
    return message;
  });
}
