/** Reply and forward prefixes of many clients and languages, lower case, without the colon. */
const PREFIXES = new Set([
  're', 'fw', 'fwd', 'aw', 'wg', 'sv', 'vs', 'vb', 'antw', 'antwort', 'ref', 'rif', 'r', 'tr', 'odp',
  'pd', 'res', 'enc', 'rv', 'doorst', 'vl', 'ynt', 'ilt', 'atb', 'továbbítás', 'válasz', 'отв', 'пересл',
  'ha', 'απ', 'σχετ', 'προώθ', '回复', '回覆', '答复', '转发', '轉寄', '返信', '転送', '답장', '전달',
]);

/**
 * The subject without reply and forward prefixes (`Re:`, `Fwd:`, `AW:`, `SV:`, `RE[2]:`,
 * `回复:` ...), leading mailing-list tags (`[acme-users]`) and repeated white space.
 *
 * Use it to show a thread's subject, and (lower-cased) as the fallback key when messages carry no
 * usable reference chain.
 *
 * A scanner over the start of the string: it removes one prefix at a time until none is left, so
 * `Re: Fwd: RE: [team] VPN` becomes `VPN`. Words that merely start like a prefix (`Report:`,
 * `Research`) are kept.
 *
 * @example
 * ```ts
 * import { normalizeSubject } from '@rapport/email';
 *
 * normalizeSubject('RE: AW: [it-help] Fwd:  VPN drops every hour'); // 'VPN drops every hour'
 * ```
 * @since 0.1.0
 */
export function normalizeSubject(subject: string): string {
  let s = (typeof subject === 'string' ? subject : '').replace(/\s+/gu, ' ').trim();
  for (let guard = 0; guard < 64; guard++) {
    const before = s;
    if (s.startsWith('[')) {
      const close = s.indexOf(']');
      if (close > 0 && close < 64) s = s.slice(close + 1).trimStart();
    }
    const colon = firstColon(s);
    if (colon > 0) {
      let word = s.slice(0, colon).trim().toLowerCase();
      // counted forms: RE[2], Re(3), RE^2
      const bracket = word.search(/[[(^]/u);
      if (bracket > 0) word = word.slice(0, bracket).trim();
      if (PREFIXES.has(word)) s = s.slice(colon + 1).trimStart();
    }
    if (s === before) break;
  }
  return s;
}

/** Index of the first `:` or full-width `：` within the first 16 characters, or -1. */
function firstColon(s: string): number {
  const limit = Math.min(s.length, 16);
  for (let i = 0; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (c === 58 || c === 0xff1a) return i;
  }
  return -1;
}
