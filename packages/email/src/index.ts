/**
 * `@rapport/email`: inbound email for Rapport: MIME parsing, HTML to text, reply and signature
 * stripping, threading.
 *
 * @packageDocumentation
 * @module @rapport/email
 */
export { parseReply } from './parse-reply.js';
export type { ParsedReply, ReplyFragment, ReplyFragmentKind } from './parse-reply.js';
export { htmlToText } from './html-to-text.js';
export type { HtmlToTextOptions } from './html-to-text.js';
export { parseEmail } from './parse-email.js';
export type { EmailAddress, EmailAttachment, EmailHeader, ParsedEmail, RawEmailInput } from './parse-email.js';
export type { EmailWarning, EmailWarningCode } from './email-warning.js';
export { normalizeSubject } from './normalize-subject.js';
export { threadEmails } from './thread-emails.js';
export type { EmailThread } from './thread-emails.js';
export { threadToMessages } from './thread-to-messages.js';
export type { TeamIdentity, ThreadToMessagesOptions } from './thread-to-messages.js';
