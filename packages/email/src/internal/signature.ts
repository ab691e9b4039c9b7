import { firstNonSpace, isRuleLine, trimEndSpaces, trimSpaces } from './lines.js';
import { DEVICE_FOOTER_PREFIXES, VALEDICTIONS } from './vocabulary.js';

/** The RFC 3676 signature delimiter `-- ` (also without its space), or a rule of underscores. */
export function isSignatureDelimiter(raw: string): boolean {
  const s = trimEndSpaces(raw);
  if (s === '--' && firstNonSpace(raw) === 0) return true;
  return firstNonSpace(raw) === 0 && s.startsWith('__') && isRuleLine(s, 2);
}

/**
 * A one-line device or app footer such as `Sent from my iPhone` or `Von meinem iPhone gesendet`:
 * a known prefix, then at most six words and no sentence punctuation (a link in `<...>` allowed).
 * `Sent from my desk, which is easier` is prose, not a footer.
 */
export function isDeviceFooter(raw: string): boolean {
  const s = trimSpaces(raw);
  if (s.length < 8 || s.length > 160) return false;
  const lower = s.toLowerCase();
  const prefix = DEVICE_FOOTER_PREFIXES.find((p) => lower.startsWith(p));
  if (prefix === undefined) return false;
  let rest = '';
  let depth = 0;
  for (const ch of lower.slice(prefix.length)) {
    if (ch === '<' || ch === '[' || ch === '(') depth++;
    else if ((ch === '>' || ch === ']' || ch === ')') && depth > 0) depth--;
    else if (depth === 0) rest += ch;
  }
  rest = rest.trim();
  while (rest.endsWith('.') || rest.endsWith('!')) rest = rest.slice(0, -1);
  if (rest.includes(',') || rest.includes('. ') || rest.includes('?') || rest.includes(':')) return false;
  const words = rest.length === 0 ? 0 : rest.split(' ').filter((w) => w.length > 0).length;
  return words <= 6;
}

/** A sign-off line such as `Regards,` or `Mit freundlichen Grüßen`. */
export function isValediction(raw: string): boolean {
  let s = trimSpaces(raw);
  if (s.length === 0 || s.length > 40) return false;
  while (s.length > 0 && ',.!;:-'.includes(s.charAt(s.length - 1))) s = s.slice(0, -1).trimEnd();
  return VALEDICTIONS.has(s.toLowerCase());
}
