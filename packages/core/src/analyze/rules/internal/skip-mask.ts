import type { TextView, Token } from '../../text/text-view.js';
import { viewCache } from './view-cache.js';

/**
 * Which tokens rules must not flag: text in double quotes or backticks (the agent is quoting the
 * customer, an error message or a command), lines quoted with `>` (an e-mail's quoted history),
 * and words glued to path or code punctuation (`config.json`, `C:\Temp`, `user_id`,
 * `cache/cookies`). Computed once per view and cached, so every rule shares one pass.
 */

const MAX_QUOTE_TOKENS = 120;

function isCodePunct(t: Token): boolean {
  if (t.kind !== 'punct' && t.kind !== 'other') return false;
  const c = t.text;
  return c === '.' || c === '/' || c === '\\' || c === '_' || c === '=' || c === '~' || c === '$' || c === '<' || c === '>' || c === ':' || c === '%' || c === '&' || c === '|';
}

function isWordish(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

/** Whether there is a line break in `text` between `from` and `to`. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Whether there is a blank line (two line breaks) in `text` between `from` and `to`. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10 && ++n >= 2) return true;
  return false;
}

/** A byte per token of `view`: 1 when the token is quoted, code or part of a path, else 0. */
export const skipMask = viewCache(computeSkipMask);

function computeSkipMask(view: TextView): Uint8Array {
  const tokens = view.tokens;
  const text = view.text;
  const mask = new Uint8Array(tokens.length);
  let inDouble = -1; // token index where a straight or curly double quote opened
  let inBacktick = -1;
  let quotedLine = false;
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i === 0 || hasNewline(text, prevEnd, t.start)) {
      quotedLine = t.text === '>';
      if (i > 0 && hasBlankLine(text, prevEnd, t.start)) {
        inDouble = -1;
        inBacktick = -1;
      }
    }
    prevEnd = t.end;
    if (quotedLine) {
      mask[i] = 1;
      continue;
    }
    const c = t.text;
    if (c === '`') {
      inBacktick = inBacktick >= 0 ? -1 : i;
      mask[i] = 1;
      continue;
    }
    if (c === '"' || c === '\u201c' || c === '\u201d') {
      if (inDouble >= 0 && c !== '\u201c') inDouble = -1;
      else if (c !== '\u201d') inDouble = i;
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
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "config.json", "C:\Temp", "user_id": glued to code punctuation that is glued to a word.
    if (prev !== undefined && prev.end === t.start && isCodePunct(prev) && isWordish(tokens[i - 2]) && (tokens[i - 2] as Token).end === prev.start) {
      mask[i] = 1;
      mask[i - 2] = 1;
    }
    if (next !== undefined && next.start === t.end && isCodePunct(next)) {
      const after = tokens[i + 2];
      if (isWordish(after) && (after as Token).start === next.end) mask[i] = 1;
    }
    // "/flushdns", "-force": a word right after a slash or dash that starts a token.
    const beforePrev = tokens[i - 2];
    if (prev !== undefined && prev.end === t.start && (prev.text === '/' || prev.text === '-' || prev.text === '\\') && (beforePrev === undefined || beforePrev.end !== prev.start)) {
      mask[i] = 1;
    }
  }
  return mask;
}

/** Whether token `i` of `view` is quoted, code or part of a path (the mask is computed on first use). */
export function masked(view: TextView, i: number): boolean {
  return skipMask(view)[i] === 1;
}
