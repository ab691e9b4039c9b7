import { firstNonSpace, isBlank, isQuotedLine, isRuleLine, trimSpaces, type Line } from './lines.js';
import { FORWARD_WORDS, FROM_KEYS, HEADER_KEYS, OPENER_WORDS, WROTE_VERBS } from './vocabulary.js';

/** A quote header found at a line: where it starts, how many lines it spans, and what it introduces. */
export interface HeaderMatch {
  /** First line of the header (after extending over separator lines above it). */
  readonly start: number;
  /** Line just past the header. */
  readonly end: number;
  /** `forward` for "Forwarded message" separators, `reply` for attributions and header blocks. */
  readonly kind: 'reply' | 'forward';
}

/** Longest attribution window we consider; a longer "line" is prose, not a header. */
const MAX_ATTRIBUTION = 600;
/** How many physical lines a wrapped attribution may span. */
const MAX_ATTRIBUTION_LINES = 3;
/** How many lines after the first key a header block may run. */
const MAX_BLOCK_LINES = 10;

const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigitCode(s.charCodeAt(i))) return true;
  return false;
}

/** Whether `s` holds something that reads as a date or time: hh:mm / hh.mm, or a 4-digit year. */
function hasDateOrTime(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) {
      run++;
      if (run === 4) return true;
      continue;
    }
    if ((c === 58 || c === 46) && run >= 1 && run <= 2 && isDigitCode(s.charCodeAt(i + 1)) && isDigitCode(s.charCodeAt(i + 2))) {
      return true;
    }
    run = 0;
  }
  return false;
}

/** Whether `word` occurs in `lower` delimited by non-letters on both sides. */
function containsWord(lower: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = lower.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : lower.charAt(at - 1);
    const after = lower.charAt(at + word.length);
    const cjk = word.charCodeAt(0) > 0x2e80;
    if (cjk || ((!isLetter(before)) && (after === '' || !isLetter(after)))) return at;
    from = at + 1;
  }
}

/** Strips leading/trailing runs of dashes and spaces ("---- On ... wrote ----"). */
function stripDashes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === 45 || s.charCodeAt(a) === 32)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 45 || s.charCodeAt(b - 1) === 32)) b--;
  return s.slice(a, b);
}

/**
 * Whether `window` (one or more lines joined by spaces, trimmed) is an attribution line such as
 * `On Tue, 1 Mar 2011 at 18:02, Ann <ann@example.com> wrote:` in any supported language, or the
 * verb-less `30.09.2017, 18:30, "Ann" <ann@example.com>:` that some clients write.
 */
export function isAttribution(window: string): boolean {
  if (window.length < 6 || window.length > MAX_ATTRIBUTION) return false;
  const core = stripDashes(window);
  const lower = core.toLowerCase();
  let body = lower;
  let colon = false;
  while (body.endsWith(':') || body.endsWith(' ') || body.endsWith('：')) {
    if (!body.endsWith(' ')) colon = true;
    body = body.slice(0, -1);
  }
  const hasAt = lower.includes('@');
  const dated = hasDateOrTime(lower);
  if (!hasAt && !dated) return false;
  // Verb-less form: the line ends with the sender's address in brackets and a colon.
  if (colon && hasAt && dated && (body.endsWith('>') || body.endsWith(')'))) return true;
  const firstWord = lower.slice(0, lower.indexOf(' ') < 0 ? lower.length : lower.indexOf(' '));
  const opener = OPENER_WORDS.has(firstWord.replace(/[,.]$/u, '')) || isDigitCode(lower.charCodeAt(0));
  for (const verb of WROTE_VERBS) {
    const at = containsWord(lower, verb);
    if (at < 0) continue;
    const endsWithVerb = body.endsWith(verb);
    if (endsWithVerb && (colon || opener || window !== core)) return hasAt || (opener && hasDigit(lower));
    // The verb sits inside: "Am 13.12.2017 schrieb Ann <ann@example.com>:"
    if (colon && hasAt && at > 0) return true;
  }
  return false;
}

/** The key of a `Key: value` line, lower-cased (bold `*From:*` markup removed), or undefined. */
export function headerKey(raw: string): string | undefined {
  let s = raw.slice(firstNonSpace(raw), firstNonSpace(raw) + 48);
  while (s.startsWith('*')) s = s.slice(1);
  const colon = s.search(/[:：]/u);
  if (colon <= 0) return undefined;
  let key = s.slice(0, colon);
  while (key.endsWith('*')) key = key.slice(0, -1);
  key = key.trim().toLowerCase();
  if (key.length === 0 || key.length > 24) return undefined;
  let words = 1;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charAt(i);
    if (ch === ' ') words++;
    else if (!isLetter(ch) && ch !== '-' && ch !== '/' && ch !== '.') return undefined;
  }
  return words <= 3 ? key : undefined;
}

/** Whether the trimmed line is a dashed title such as `-----Original Message-----`. */
export function dashedTitle(trimmed: string): 'reply' | 'forward' | undefined {
  if (trimmed.length > 120 || !trimmed.startsWith('---') || !trimmed.endsWith('---')) return undefined;
  const title = stripDashes(trimmed);
  if (title.length === 0 || title.length > 80) return undefined;
  let letters = 0;
  for (const ch of title) if (isLetter(ch)) letters++;
  if (letters < 3) return undefined;
  return isForwardTitle(title) ? 'forward' : 'reply';
}

function isForwardTitle(title: string): boolean {
  const lower = title.toLowerCase();
  return FORWARD_WORDS.some((w) => lower.includes(w));
}

/**
 * Finds the quote header that starts at line `i`, if any. `boundary(i)` tells whether line `i`
 * starts a paragraph (first line, after a blank or quoted line, or after a footer line); a
 * wrapped attribution may only start there or on an opener word. Work per line is bounded by the
 * constants above, so scanning every line stays linear in the text.
 */
export function findHeader(lines: readonly Line[], i: number, paragraphStart: (i: number) => boolean): HeaderMatch | undefined {
  const line = lines[i];
  if (!line || isBlank(line.raw) || isQuotedLine(line.raw)) return undefined;
  const trimmed = trimSpaces(line.raw);
  const title = dashedTitle(trimmed);
  if (title !== undefined) {
    const zoho = isAttribution(trimmed);
    return { start: extendUp(lines, i), end: i + 1, kind: zoho ? 'reply' : title };
  }
  const lowerTrim = trimmed.toLowerCase();
  if (lowerTrim.length < 60 && (lowerTrim.startsWith('begin forwarded message') || lowerTrim.startsWith('début du message réexpédié'))) {
    return { start: extendUp(lines, i), end: i + 1, kind: 'forward' };
  }
  const block = headerBlock(lines, i);
  if (block !== undefined) return { start: extendUp(lines, extendKeysUp(lines, i)), end: block, kind: 'reply' };
  // Attribution, possibly wrapped over up to three lines.
  let window = '';
  for (let k = 0; k < MAX_ATTRIBUTION_LINES; k++) {
    const next = lines[i + k];
    if (!next || isBlank(next.raw) || isQuotedLine(next.raw)) break;
    if (next.raw.length > MAX_ATTRIBUTION) break;
    window = k === 0 ? trimmed : `${window} ${trimSpaces(next.raw)}`;
    if (k > 0 && !paragraphStart(i) && !startsWithOpener(trimmed)) break;
    if (k > 0 && startsWithOpener(trimSpaces(next.raw))) break;
    if (isAttribution(window)) return { start: i, end: i + k + 1, kind: 'reply' };
  }
  return undefined;
}

function startsWithOpener(trimmed: string): boolean {
  const sp = trimmed.indexOf(' ');
  const first = (sp < 0 ? trimmed : trimmed.slice(0, sp)).toLowerCase();
  return OPENER_WORDS.has(first);
}

/**
 * An Outlook-style header block at line `i`: a known key line, and within the next lines (up to a
 * blank line) a sender key and at least two known keys. Returns the line after the block.
 */
function headerBlock(lines: readonly Line[], i: number): number | undefined {
  const first = lines[i];
  if (!first) return undefined;
  const key = headerKey(first.raw);
  if (key === undefined || (!FROM_KEYS.has(key) && !HEADER_KEYS.has(key))) return undefined;
  let known = 0;
  let sender = false;
  let end = i;
  for (let j = i; j < lines.length && j < i + MAX_BLOCK_LINES; j++) {
    const l = lines[j];
    if (!l || isBlank(l.raw)) break;
    end = j + 1;
    const k = headerKey(l.raw);
    if (k === undefined) continue;
    if (FROM_KEYS.has(k)) {
      sender = true;
      known++;
    } else if (HEADER_KEYS.has(k)) known++;
  }
  return sender && known >= 2 ? end : undefined;
}

/** Extends a header block upward over directly preceding `Key: value` lines ("Message du : ..."). */
function extendKeysUp(lines: readonly Line[], i: number): number {
  let start = i;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const l = lines[j];
    if (!l || isBlank(l.raw) || headerKey(l.raw) === undefined) break;
    start = j;
  }
  return start;
}

/** Extends a header upward over separator rules (`_____`, `=====`) and the blank lines between them. */
function extendUp(lines: readonly Line[], i: number): number {
  let start = i;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const l = lines[j];
    if (!l) break;
    if (isBlank(l.raw)) continue;
    if (isRuleLine(trimSpaces(l.raw), 3)) {
      start = j;
      continue;
    }
    break;
  }
  return start;
}
