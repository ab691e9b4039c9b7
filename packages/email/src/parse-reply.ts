import { findHeader, type HeaderMatch } from './internal/quote-header.js';
import { isBlank, isQuotedLine, splitLines, trimEndSpaces, type Line } from './internal/lines.js';
import { isDeviceFooter, isSignatureDelimiter, isValediction } from './internal/signature.js';

/**
 * What a fragment of an email body is.
 *
 * - `reply`: text the author wrote in this message.
 * - `quote`: quoted history, with the attribution or header block that introduces it.
 * - `forward`: a forwarded message (its separator and everything below it), which the author
 *   chose to pass on and which therefore stays visible.
 * - `signature`: a signature block, a device footer (`Sent from my iPhone`) or a mailing-list footer.
 * - `blank`: only blank lines.
 *
 * @since 0.1.0
 */
export type ReplyFragmentKind = 'reply' | 'quote' | 'forward' | 'signature' | 'blank';

/**
 * One run of consecutive lines of an email body that share a role.
 *
 * @since 0.1.0
 */
export interface ReplyFragment {
  /** What the fragment is. */
  readonly kind: ReplyFragmentKind;
  /** The fragment's lines joined with `\n`, trailing white space of each line removed (a `-- ` delimiter keeps its space). */
  readonly text: string;
  /** Whether the fragment is quoted history (`kind === 'quote'`). */
  readonly quoted: boolean;
  /** Whether the fragment is a signature or footer (`kind === 'signature'`). */
  readonly signature: boolean;
  /**
   * Whether the fragment is left out of {@link ParsedReply.visibleText}: every signature, and
   * every quote or blank fragment below the author's last own text. Quotes *between* pieces of
   * the author's text (inline replies) stay visible, so the answers keep their questions.
   */
  readonly hidden: boolean;
  /** The attribution line or header block that opens a `quote` or `forward` fragment, lines joined with `\n`. */
  readonly header: string | undefined;
  /** UTF-16 offset of the fragment's first character in the parsed string. */
  readonly start: number;
  /** UTF-16 offset just past the fragment's last character in the parsed string (end-exclusive). */
  readonly end: number;
}

/**
 * The result of {@link parseReply}.
 *
 * @since 0.1.0
 */
export interface ParsedReply {
  /** Every fragment in document order; joining their `text` with `\n` gives the body back. */
  readonly fragments: readonly ReplyFragment[];
  /** The text a reader sees: the non-hidden fragments joined with `\n`, trailing white space removed. */
  readonly visibleText: string;
  /** Only what the author wrote: the `reply` fragments joined with `\n`, trimmed. The text to analyze. */
  readonly replyText: string;
  /** The quoted history: the `quote` fragments joined with `\n`. */
  readonly quotedText: string;
  /** The first signature fragment's text, or `undefined` when there is none. */
  readonly signature: string | undefined;
}

/** Sign-off followed by a short "card" of at most this many non-blank lines is a signature. */
const MAX_CARD_LINES = 8;
const MAX_CARD_LINE = 72;

interface Span {
  kind: ReplyFragmentKind;
  from: number;
  to: number;
  headerEnd: number;
}

/**
 * Splits a plain-text email body into fragments (the author's reply, quoted history, signatures,
 * forwarded messages) and returns the visible reply.
 *
 * Use it on the text part of an inbound message (or on {@link htmlToText} output) before
 * analyzing what the customer wrote, so quoted history and signatures are not judged as theirs.
 *
 * One top-down pass over the lines, with bounded look-ahead per line: linear in the size of the
 * input, no backtracking patterns, never throws. It recognizes attribution lines of the common
 * clients in English, French, German, Spanish, Portuguese, Italian, Dutch, Nordic languages,
 * Polish, Czech, Russian and more, also when wrapped over up to three lines (`On … wrote:`,
 * `Le … a écrit :`, `Am … schrieb …:`, `W dniu … napisał:`), Outlook header blocks
 * (`From:/Sent:/To:/Subject:` and their translations, with the `____` rule above them), dashed
 * separators (`-----Original Message-----`, `---------- Forwarded message ---------`), `>`
 * quoting (including wrapped quote lines), the `-- ` signature delimiter, mailing-list footers,
 * device footers (`Sent from my iPhone`) and a sign-off (`Regards,`) followed by a short card.
 *
 * @example
 * ```ts
 * import { parseReply } from '@rapport/email';
 *
 * const reply = parseReply('Works now, thanks!\n\nOn Mon, 3 Mar 2025 at 10:12, Support <help@example.com> wrote:\n> Please restart the router.');
 * console.log(reply.visibleText); // 'Works now, thanks!'
 * console.log(reply.fragments.map((f) => f.kind)); // ['reply', 'quote']
 * ```
 * @since 0.1.0
 */
export function parseReply(text: string): ParsedReply {
  const input = typeof text === 'string' ? text : String(text);
  const lines = splitLines(input);
  const n = lines.length;
  const blank: boolean[] = new Array<boolean>(n);
  const quoted: boolean[] = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const raw = (lines[i] as Line).raw;
    blank[i] = isBlank(raw);
    quoted[i] = !blank[i] && isQuotedLine(raw);
  }
  const paragraphStart = (i: number): boolean => {
    if (i === 0) return true;
    const prev = lines[i - 1] as Line;
    return blank[i - 1] === true || quoted[i - 1] === true || isDeviceFooter(prev.raw) || isSignatureDelimiter(prev.raw);
  };

  // Pass 1: where headers start (a header found at i may claim lines above it: rules, keys).
  const headerAt = new Map<number, HeaderMatch>();
  for (let i = 0; i < n; i++) {
    if (blank[i] || quoted[i]) continue;
    const h = findHeader(lines, i, paragraphStart);
    if (h === undefined) continue;
    headerAt.set(h.start, h);
    i = h.end - 1;
  }
  const headerStart: boolean[] = new Array<boolean>(n).fill(false);
  for (const start of headerAt.keys()) headerStart[start] = true;

  // Pass 2 (backward): per line, non-blank lines and longest line until the next boundary, so a
  // sign-off can check for a signature card in O(1).
  const cardCount: number[] = new Array<number>(n + 1).fill(0);
  const cardWidth: number[] = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const raw = (lines[i] as Line).raw;
    if (headerStart[i] || quoted[i] || isSignatureDelimiter(raw) || isDeviceFooter(raw)) {
      cardCount[i] = 0;
      cardWidth[i] = 0;
      continue;
    }
    cardCount[i] = (cardCount[i + 1] ?? 0) + (blank[i] ? 0 : 1);
    cardWidth[i] = Math.max(cardWidth[i + 1] ?? 0, blank[i] ? 0 : trimEndSpaces(raw).length);
  }
  const signatureStart = (i: number): boolean => {
    const raw = (lines[i] as Line).raw;
    if (isSignatureDelimiter(raw) || isDeviceFooter(raw)) return true;
    if (!isValediction(raw)) return false;
    const count = cardCount[i + 1] ?? 0;
    return count >= 2 && count <= MAX_CARD_LINES && (cardWidth[i + 1] ?? 0) <= MAX_CARD_LINE;
  };

  // Pass 3: spans, top-down.
  const spans: Span[] = [];
  const push = (kind: ReplyFragmentKind, from: number, to: number, headerEnd = from): void => {
    if (to > from) spans.push({ kind, from, to, headerEnd });
  };
  let textFrom = 0; // start of the pending reply text (or leading blank lines)
  let i = 0;
  while (i < n) {
    const header = headerStart[i] ? headerAt.get(i) : undefined;
    if (header !== undefined || quoted[i] || (!blank[i] && signatureStart(i))) {
      push('reply', textFrom, i);
      let end: number;
      if (header !== undefined) {
        end = header.kind === 'forward' ? n : quoteEnd(header.end, true);
        push(header.kind === 'forward' ? 'forward' : 'quote', i, end, header.end);
      } else if (quoted[i]) {
        end = quoteEnd(i, false);
        push('quote', i, end);
      } else {
        end = i + 1;
        while (end < n && !headerStart[end] && !quoted[end]) end++;
        push('signature', i, end);
      }
      i = end;
      textFrom = i;
      continue;
    }
    i++;
  }
  push('reply', textFrom, n);

  /** End (exclusive) of the quote that starts at `from`; a header followed by unquoted text quotes the rest. */
  function quoteEnd(from: number, afterHeader: boolean): number {
    let j = from;
    while (j < n && blank[j]) j++;
    if (afterHeader && (j >= n || !quoted[j])) return n;
    let end = j;
    while (j < n) {
      if (quoted[j]) {
        j++;
        end = j;
        continue;
      }
      if (blank[j]) {
        j++;
        continue;
      }
      // An unquoted line squeezed between quoted lines is a quote line the sender's client wrapped.
      if (quoted[j - 1] && quoted[j + 1] && !headerStart[j]) {
        j++;
        end = j;
        continue;
      }
      break;
    }
    // Trailing blank lines stay with the quote when the author's text follows, and stand alone
    // before a signature or at the very end (where they would otherwise hide nothing).
    const next = j;
    if (next < n && !headerStart[next] && !signatureStart(next)) return next;
    return end;
  }

  return assemble(input, lines, spans);
}

function assemble(input: string, lines: readonly Line[], spans: readonly Span[]): ParsedReply {
  const kinds: ReplyFragmentKind[] = spans.map((s) => {
    if (s.kind !== 'reply') return s.kind;
    for (let i = s.from; i < s.to; i++) if (!isBlank((lines[i] as Line).raw)) return 'reply';
    return 'blank';
  });
  let lastOwn = -1;
  kinds.forEach((k, idx) => {
    if (k === 'reply' || k === 'forward') lastOwn = idx;
  });
  const fragments: ReplyFragment[] = spans.map((s, idx) => {
    const kind = kinds[idx] as ReplyFragmentKind;
    const parts: string[] = [];
    for (let i = s.from; i < s.to; i++) {
      const raw = (lines[i] as Line).raw;
      parts.push(kind === 'signature' && i === s.from && isSignatureDelimiter(raw) ? raw : trimEndSpaces(raw));
    }
    const headerLines: string[] = [];
    for (let i = s.from; i < s.headerEnd; i++) headerLines.push(trimEndSpaces((lines[i] as Line).raw));
    const first = lines[s.from] as Line;
    const last = lines[s.to - 1] as Line;
    const hidden = kind === 'signature' || (idx > lastOwn && kind !== 'reply' && kind !== 'forward');
    return {
      kind,
      text: parts.join('\n'),
      quoted: kind === 'quote',
      signature: kind === 'signature',
      hidden,
      header: headerLines.length > 0 ? headerLines.join('\n') : undefined,
      start: first.start,
      end: last.end,
    };
  });
  const join = (keep: (f: ReplyFragment) => boolean): string =>
    fragments
      .filter(keep)
      .map((f) => f.text)
      .join('\n');
  void input;
  return {
    fragments,
    visibleText: trimEndSpaces(join((f) => !f.hidden).replace(/\n+$/u, '')),
    replyText: join((f) => f.kind === 'reply').trim(),
    quotedText: join((f) => f.quoted),
    signature: fragments.find((f) => f.signature)?.text,
  };
}
