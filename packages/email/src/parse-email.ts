import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import { RapportError } from '@rapport/core';
import type { EmailWarning } from './email-warning.js';
import { htmlToText } from './html-to-text.js';
import { scanMime } from './internal/mime-scan.js';
import { parseReply, type ParsedReply } from './parse-reply.js';

/**
 * A mailbox: display name and address.
 *
 * @since 0.1.0
 */
export interface EmailAddress {
  /** Decoded display name, `''` when there is none. */
  readonly name: string;
  /** The address, lower-cased domain and all, as written (`ann@example.com`). */
  readonly address: string;
}

/**
 * Metadata of an attached or inline part; the content itself is not kept.
 *
 * @since 0.1.0
 */
export interface EmailAttachment {
  /** Decoded file name, or `undefined` when the part names none. */
  readonly filename: string | undefined;
  /** Lower-case MIME type (`application/pdf`). */
  readonly mimeType: string;
  /** `attachment`, `inline`, or `undefined` when the part has no Content-Disposition. */
  readonly disposition: string | undefined;
  /** Content-ID without angle brackets, for inline images referenced by `cid:`. */
  readonly contentId: string | undefined;
  /** Size of the decoded content in bytes. */
  readonly size: number;
}

/**
 * A parsed inbound message.
 *
 * @since 0.1.0
 */
export interface ParsedEmail {
  /** `Message-ID` without angle brackets, or `undefined`. */
  readonly messageId: string | undefined;
  /** `In-Reply-To` ids without angle brackets (usually one). */
  readonly inReplyTo: readonly string[];
  /** `References` ids without angle brackets, oldest first. */
  readonly references: readonly string[];
  /** The author (`From`), or `undefined`. */
  readonly from: EmailAddress | undefined;
  /** `To` mailboxes (groups flattened). */
  readonly to: readonly EmailAddress[];
  /** `Cc` mailboxes (groups flattened). */
  readonly cc: readonly EmailAddress[];
  /** `Reply-To` mailboxes. */
  readonly replyTo: readonly EmailAddress[];
  /** Sending time as an ISO 8601 string, or `undefined` when missing or unparseable. */
  readonly date: string | undefined;
  /** Decoded subject, `''` when missing. */
  readonly subject: string;
  /** The text/plain body, or `undefined`. */
  readonly text: string | undefined;
  /** The text/html body, or `undefined`. Never rendered by this package. */
  readonly html: string | undefined;
  /** The body as plain text: `text`, or `html` converted with {@link htmlToText}, or `''`. */
  readonly bodyText: string;
  /** {@link parseReply} of `bodyText`: the visible reply, quotes and signature. */
  readonly reply: ParsedReply;
  /** Attachments and inline parts (metadata only). */
  readonly attachments: readonly EmailAttachment[];
  /** Every header in order, keys lower-cased, values unfolded but not decoded. */
  readonly headers: readonly EmailHeader[];
  /** What could only be read best-effort. Empty for a well-formed message. */
  readonly warnings: readonly EmailWarning[];
}

/**
 * One header line of a message.
 *
 * @since 0.1.0
 */
export interface EmailHeader {
  /** Lower-case header name (`message-id`). */
  readonly key: string;
  /** The value, unfolded but not decoded. */
  readonly value: string;
}

/**
 * Raw message input: the RFC 5322 text, or its bytes.
 *
 * @since 0.1.0
 */
export type RawEmailInput = string | ArrayBuffer | Uint8Array;

/**
 * Parses a raw MIME message (RFC 5322 / 2045+) into ids, addresses, date, subject, bodies,
 * attachment metadata and the reply chain, plus the visible reply of its body.
 *
 * Use it on every inbound message before threading ({@link threadEmails}) or analysis.
 *
 * MIME decoding (multipart, charsets, quoted-printable, base64, encoded words, inline and
 * attached parts) is done by `postal-mime`, which runs in browsers and Node. A structural scan
 * beside it reports what the parser repairs silently; the result is always the best-effort
 * message plus `warnings` (a truncated message, a missing boundary, an unknown charset, a bad
 * date, no Message-ID...). It only rejects (with a `RapportError` of code `INVALID_INPUT`) when
 * `raw` is not a string or bytes.
 *
 * @example
 * ```ts
 * import { parseEmail } from '@rapport/email';
 *
 * const email = await parseEmail(
 *   'From: Ann <ann@example.com>\r\nTo: help@acme.test\r\nSubject: VPN\r\nMessage-ID: <1@example.com>\r\n\r\nStill broken.\r\n\r\nOn Mon, 3 Mar 2025 at 10:12, Help <help@acme.test> wrote:\r\n> Try again?\r\n',
 * );
 * console.log(email.messageId, email.reply.visibleText); // '1@example.com' 'Still broken.'
 * ```
 * @since 0.1.0
 */
export async function parseEmail(raw: RawEmailInput): Promise<ParsedEmail> {
  if (typeof raw !== 'string' && !(raw instanceof ArrayBuffer) && !(raw instanceof Uint8Array)) {
    throw new RapportError('INVALID_INPUT', 'parseEmail expects the raw message as a string, an ArrayBuffer or a Uint8Array', {
      issues: [{ code: 'invalid_type', path: [], message: `Expected string or bytes, received ${raw === null ? 'null' : typeof raw}` }],
    });
  }
  const asText = typeof raw === 'string' ? raw : new TextDecoder('windows-1252').decode(raw);
  const warnings: EmailWarning[] = scanMime(asText);
  if (warnings.some((w) => w.code === 'EMPTY_INPUT')) return assemble(undefined, '', warnings);
  let email: Email | undefined;
  try {
    email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    warnings.push({
      code: 'PARSER_FAILED',
      message: `The MIME parser rejected the message (${error instanceof Error ? error.message : String(error)}); headers and body were split at the first blank line.`,
    });
  }
  return assemble(email, asText, warnings);
}

function assemble(email: Email | undefined, rawText: string, warnings: EmailWarning[]): ParsedEmail {
  const structural = warnings.some((w) => w.code === 'MISSING_BOUNDARY' || w.code === 'MISSING_HEADERS');
  const fallback = email === undefined || (structural && email.text === undefined && email.html === undefined) ? splitFallback(rawText, warnings) : undefined;
  const headers = email ? email.headers.map((h) => ({ key: h.key, value: h.value })) : (fallback?.headers ?? []);
  const header = (key: string): string | undefined => headers.find((h) => h.key === key)?.value;
  const messageId = ids(email?.messageId ?? header('message-id'))[0];
  const text = email?.text ?? (email?.html === undefined ? fallback?.body : undefined);
  const html = email?.html;
  let bodyText = text ?? (html !== undefined ? htmlToText(html) : '');
  if (text !== undefined && text.trim() === '' && html !== undefined) bodyText = htmlToText(html);
  let date: string | undefined;
  const rawDate = email?.date ?? header('date');
  if (rawDate !== undefined) {
    const parsed = new Date(rawDate);
    if (Number.isNaN(parsed.getTime())) warnings.push({ code: 'INVALID_DATE', message: `The Date header "${rawDate}" does not parse; date is undefined.` });
    else date = parsed.toISOString();
  }
  if (messageId === undefined && rawText.trim() !== '') {
    warnings.push({ code: 'MISSING_MESSAGE_ID', message: 'The message has no Message-ID; threading will rely on the subject and participants.' });
  }
  if (text === undefined && html === undefined && rawText.trim() !== '') {
    warnings.push({ code: 'NO_BODY', message: 'The message has neither a text nor an HTML body.' });
  }
  return {
    messageId,
    inReplyTo: ids(email?.inReplyTo ?? header('in-reply-to')),
    references: ids(email?.references ?? header('references')),
    from: email?.from ? mailboxes([email.from])[0] : undefined,
    to: mailboxes(email?.to),
    cc: mailboxes(email?.cc),
    replyTo: mailboxes(email?.replyTo),
    date,
    subject: email?.subject ?? header('subject') ?? '',
    text,
    html,
    bodyText,
    reply: parseReply(bodyText),
    attachments: (email?.attachments ?? []).map((a) => ({
      filename: a.filename ?? undefined,
      mimeType: a.mimeType,
      disposition: a.disposition ?? undefined,
      contentId: a.contentId === undefined ? undefined : stripBrackets(a.contentId),
      size: typeof a.content === 'string' ? a.content.length : a.content.byteLength,
    })),
    headers,
    warnings,
  };
}

/** Message ids from a header value: every `<...>` token, or whitespace-separated tokens when there are no brackets. */
export function ids(value: string | undefined): string[] {
  if (value === undefined) return [];
  const out: string[] = [];
  let i = value.indexOf('<');
  if (i < 0) {
    for (const token of value.split(/\s+/u)) if (token.includes('@')) out.push(token);
    return out;
  }
  while (i >= 0) {
    const close = value.indexOf('>', i + 1);
    if (close < 0) break;
    const id = value.slice(i + 1, close).trim();
    if (id !== '') out.push(id);
    i = value.indexOf('<', close + 1);
  }
  return out;
}

function stripBrackets(s: string): string {
  const t = s.trim();
  return t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1) : t;
}

function mailboxes(list: readonly Address[] | undefined): EmailAddress[] {
  const out: EmailAddress[] = [];
  for (const a of list ?? []) {
    if (a.group !== undefined) for (const m of a.group) out.push({ name: m.name, address: m.address });
    else if (a.address !== undefined) out.push({ name: a.name, address: a.address });
  }
  return out;
}

/** Headers and body split at the first blank line; without a header block the whole input is the body. */
function splitFallback(raw: string, warnings: readonly EmailWarning[]): { headers: { key: string; value: string }[]; body: string | undefined } {
  const normalized = raw.replace(/\r\n?/gu, '\n');
  if (warnings.some((w) => w.code === 'MISSING_HEADERS')) return { headers: [], body: normalized };
  const split = normalized.indexOf('\n\n');
  const head = split < 0 ? normalized : normalized.slice(0, split);
  const headers: { key: string; value: string }[] = [];
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':');
    if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
      const last = headers[headers.length - 1] as { key: string; value: string };
      last.value += ` ${line.trim()}`;
    } else if (colon > 0) headers.push({ key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  return { headers, body: split < 0 ? undefined : normalized.slice(split + 2) };
}
