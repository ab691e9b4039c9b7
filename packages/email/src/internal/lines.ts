/** One line of a text, without its terminator, with its UTF-16 offsets in the original string. */
export interface Line {
  /** The line without its terminator (`\r\n`, `\n` or `\r`). */
  readonly raw: string;
  /** Offset of the line's first character in the original string. */
  readonly start: number;
  /** Offset just past the line's last character (before its terminator). */
  readonly end: number;
}

/**
 * Splits `text` into lines on `\r\n`, `\n` and lone `\r`, in one pass. A text ending with a
 * terminator yields a last empty line, as `String.prototype.split` would, so joining the lines
 * with `\n` gives the text back with normalized line ends.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ raw: text.slice(start, i), start, end: i });
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ raw: text.slice(start), start, end: n });
  return lines;
}

/** Whether a code unit is white space for line trimming (ASCII space, tab, NBSP, ideographic space...). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}

/** Index of the first non-space code unit, or `s.length`. */
export function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** `s` without trailing white space (a scanner, so a long run of spaces costs one pass). */
export function trimEndSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without leading and trailing white space. */
export function trimSpaces(s: string): string {
  return trimEndSpaces(s).slice(firstNonSpace(s));
}

/** Whether the line holds only white space. */
export function isBlank(s: string): boolean {
  return firstNonSpace(s) === s.length;
}

/**
 * Whether the line is quoted: its first non-space character is `>`. A line that is only `>:` is
 * the wrapped end of an attribution (`... <ann@example.com` / `>:`), not a quote.
 */
export function isQuotedLine(s: string): boolean {
  const i = firstNonSpace(s);
  if (i >= s.length || s.charCodeAt(i) !== 62) return false;
  const rest = trimSpaces(s.slice(i + 1));
  return rest !== ':';
}

/** Whether `s` (already trimmed) is made of one repeated character from `-_=*~` (`min` or more). */
export function isRuleLine(s: string, min: number): boolean {
  if (s.length < min) return false;
  const c = s.charCodeAt(0);
  if (c !== 45 && c !== 95 && c !== 61 && c !== 42 && c !== 126 && c !== 0x2014 && c !== 0x2013) return false;
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== c) return false;
  return true;
}
