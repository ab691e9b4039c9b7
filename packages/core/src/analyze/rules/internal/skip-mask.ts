import type { TextView, Token } from '../../text/text-view.js';
import { lineBreaks } from './lexicon.js';
import { viewCache } from './view-cache.js';

/**
 * Which tokens rules must not flag: text in double quotes or backticks (the agent is quoting the
 * customer, an error message or a command), lines quoted with `>` (an e-mail's quoted history),
 * and words glued to path or code punctuation (`config.json`, `C:\Temp`, `user_id`,
 * `cache/cookies`). Computed once per view and cached, so every rule shares one pass.
 */

const MAX_QUOTE_TOKENS = 120;

/** The UTF-16 code of a one-unit token, or -1 (so single-character checks compare numbers). */
function charOf(text: string, t: Token): number {
  return t.end - t.start === 1 ? text.charCodeAt(t.start) : -1;
}

/** `.`, `/`, `\`, `_`, `=`, `~`, `$`, `<`, `>`, `:`, `%`, `&` or `|` as a punctuation or symbol token. */
function isCodePunct(text: string, t: Token): boolean {
  if (t.kind !== 'punct' && t.kind !== 'other') return false;
  const c = charOf(text, t);
  return c === 46 || c === 47 || c === 92 || c === 95 || c === 61 || c === 126 || c === 36 || c === 60 || c === 62 || c === 58 || c === 37 || c === 38 || c === 124;
}

function isWordish(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

/** A byte per token of `view`: 1 when the token is quoted, code or part of a path, else 0. */
export const skipMask = viewCache(computeSkipMask);

/**
 * One pass over the tokens. Single-character tests compare character codes, and neighbours are
 * read only inside the token array (a negative index is a slow property look-up in V8).
 */
function computeSkipMask(view: TextView): Uint8Array {
  const tokens = view.tokens;
  const text = view.text;
  const n = tokens.length;
  const mask = new Uint8Array(n);
  let inDouble = -1; // token index where a straight or curly double quote opened
  let inBacktick = -1;
  let quotedLine = false;
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const c = charOf(text, t);
    if (i === 0) {
      quotedLine = c === 62;
    } else {
      // Line breaks between the previous token and this one (two make a blank line).
      const newlines = lineBreaks(text, prevEnd, t.start, 2);
      if (newlines > 0) {
        quotedLine = c === 62;
        if (newlines >= 2) {
          inDouble = -1;
          inBacktick = -1;
        }
      }
    }
    prevEnd = t.end;
    if (quotedLine) {
      mask[i] = 1;
      continue;
    }
    if (c === 96) {
      inBacktick = inBacktick >= 0 ? -1 : i;
      mask[i] = 1;
      continue;
    }
    if (c === 34 || c === 0x201c || c === 0x201d) {
      if (inDouble >= 0 && c !== 0x201c) inDouble = -1;
      else if (c !== 0x201d) inDouble = i;
      mask[i] = 1;
      continue;
    }
    if (inDouble >= 0 && i - inDouble > MAX_QUOTE_TOKENS) inDouble = -1;
    if (inBacktick >= 0 && i - inBacktick > MAX_QUOTE_TOKENS * 4) inBacktick = -1;
    if (inDouble >= 0 || inBacktick >= 0) {
      mask[i] = 1;
      continue;
    }
    if (!isWordish(t)) continue;
    const prev = i > 0 ? (tokens[i - 1] as Token) : undefined;
    const beforePrev = i > 1 ? (tokens[i - 2] as Token) : undefined;
    const next = i + 1 < n ? (tokens[i + 1] as Token) : undefined;
    // "config.json", "C:\Temp", "user_id": glued to code punctuation that is glued to a word.
    if (prev !== undefined && prev.end === t.start && isCodePunct(text, prev) && beforePrev !== undefined && isWordish(beforePrev) && beforePrev.end === prev.start) {
      mask[i] = 1;
      mask[i - 2] = 1;
    }
    if (next !== undefined && next.start === t.end && isCodePunct(text, next)) {
      const after = i + 2 < n ? (tokens[i + 2] as Token) : undefined;
      if (after !== undefined && isWordish(after) && after.start === next.end) mask[i] = 1;
    }
    // "/flushdns", "-force": a word right after a slash or dash that starts a token.
    if (prev !== undefined && prev.end === t.start) {
      const p = charOf(text, prev);
      if ((p === 47 || p === 45 || p === 92) && (beforePrev === undefined || beforePrev.end !== prev.start)) mask[i] = 1;
    }
  }
  return mask;
}

/** Whether token `i` of `view` is quoted, code or part of a path (the mask is computed on first use). */
export function masked(view: TextView, i: number): boolean {
  return skipMask(view)[i] === 1;
}

/** Whether any of tokens `[first, end)` of `view` is quoted, code or part of a path. */
export function anyMasked(view: TextView, first: number, end: number): boolean {
  while (first < end) if (masked(view, first++)) return true;
  return false;
}

/** The phrase matches whose first token is not quoted or code. */
export function unmasked<M extends { readonly firstToken: number }>(found: readonly M[], view: TextView): readonly M[] {
  return found.length === 0 ? found : found.filter((m) => !masked(view, m.firstToken));
}
