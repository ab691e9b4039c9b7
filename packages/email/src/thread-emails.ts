import type { ParsedEmail } from './parse-email.js';
import { normalizeSubject } from './normalize-subject.js';

/**
 * A conversation: messages grouped by their reference chain, oldest first.
 *
 * @since 0.1.0
 */
export interface EmailThread {
  /** A stable id: the Message-ID of the thread's root (the oldest id in its chain), or a synthetic `subject:` key. */
  readonly id: string;
  /** The normalized subject of the oldest message (see {@link normalizeSubject}). */
  readonly subject: string;
  /** The messages, sorted by date (messages without a date keep their input order). */
  readonly messages: readonly ParsedEmail[];
  /** Every address that sent or received a message of the thread, lower-cased, in order of appearance. */
  readonly participants: readonly string[];
}

/**
 * Groups messages into conversations.
 *
 * Use it on a mailbox export or a batch of inbound messages before mapping each conversation to
 * core messages with {@link threadToMessages}.
 *
 * Messages that share any id through `Message-ID`, `In-Reply-To` or `References` (directly or
 * through a message that is not in the batch) belong to one thread (a union-find over ids, so
 * linear in the number of ids). A message with no link to any other message of the batch joins
 * an existing thread with the same normalized subject and at least one shared participant: the
 * fallback for clients that drop the headers. Threads are ordered by their first message.
 *
 * @example
 * ```ts
 * import { parseEmail, threadEmails } from '@rapport/email';
 *
 * const first = await parseEmail('Message-ID: <a@x>\r\nFrom: ann@example.com\r\nTo: help@acme.test\r\nSubject: VPN\r\nDate: Mon, 3 Mar 2025 09:00:00 +0000\r\n\r\nVPN is down.');
 * const reply = await parseEmail('Message-ID: <b@acme.test>\r\nIn-Reply-To: <a@x>\r\nFrom: help@acme.test\r\nTo: ann@example.com\r\nSubject: Re: VPN\r\nDate: Mon, 3 Mar 2025 09:30:00 +0000\r\n\r\nRestarting it now.');
 * const [thread] = threadEmails([reply, first]);
 * console.log(thread?.id, thread?.messages.length); // 'a@x' 2
 * ```
 * @since 0.1.0
 */
export function threadEmails(emails: readonly ParsedEmail[]): EmailThread[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let node = x;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const keys = emails.map((e, i) => `id:${e.messageId ?? `#${i}`}`);
  const linked = new Array<boolean>(emails.length).fill(false);
  const indexOf = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!indexOf.has(k)) indexOf.set(k, i);
  });
  emails.forEach((e, i) => {
    const key = keys[i] as string;
    add(key);
    for (const ref of [...e.references, ...e.inReplyTo]) {
      const other = `id:${ref}`;
      add(other);
      union(key, other);
      const j = indexOf.get(other);
      if (j !== undefined && other !== key) {
        linked[i] = true;
        linked[j] = true;
      }
    }
  });
  // Fallback: unlinked messages join a component with the same subject and a shared participant.
  const bySubject = new Map<string, { root: string; people: Set<string> }[]>();
  emails.forEach((e, i) => {
    const subjectKey = normalizeSubject(e.subject).toLowerCase();
    if (subjectKey === '') return;
    const people = new Set(addressesOf(e));
    const groups = bySubject.get(subjectKey) ?? [];
    if (!linked[i]) {
      const match = groups.find((g) => [...people].some((p) => g.people.has(p)));
      if (match) {
        union(match.root, keys[i] as string);
        for (const p of people) match.people.add(p);
        return;
      }
    }
    groups.push({ root: keys[i] as string, people });
    bySubject.set(subjectKey, groups);
  });
  const groups = new Map<string, number[]>();
  emails.forEach((_, i) => {
    const root = find(keys[i] as string);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  });
  const threads: { thread: EmailThread; first: number; order: number }[] = [];
  for (const indexes of groups.values()) {
    const sorted = [...indexes].sort((a, b) => compareDates(emails[a] as ParsedEmail, emails[b] as ParsedEmail) || a - b);
    const messages = sorted.map((i) => emails[i] as ParsedEmail);
    const oldest = messages[0] as ParsedEmail;
    const rootId = oldest.references[0] ?? oldest.inReplyTo[0] ?? oldest.messageId;
    const participants: string[] = [];
    for (const m of messages) for (const a of addressesOf(m)) if (!participants.includes(a)) participants.push(a);
    const subject = normalizeSubject(oldest.subject);
    threads.push({
      thread: { id: rootId ?? `subject:${subject.toLowerCase()}`, subject, messages, participants },
      first: Date.parse(oldest.date ?? '') || Number.POSITIVE_INFINITY,
      order: Math.min(...indexes),
    });
  }
  threads.sort((a, b) => a.first - b.first || a.order - b.order);
  return threads.map((t) => t.thread);
}

function addressesOf(e: ParsedEmail): string[] {
  const out: string[] = [];
  if (e.from) out.push(e.from.address.toLowerCase());
  for (const a of [...e.to, ...e.cc]) out.push(a.address.toLowerCase());
  return out;
}

function compareDates(a: ParsedEmail, b: ParsedEmail): number {
  const da = Date.parse(a.date ?? '');
  const db = Date.parse(b.date ?? '');
  if (Number.isNaN(da) || Number.isNaN(db)) return 0;
  return da - db;
}
