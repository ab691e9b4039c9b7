/** Named character references common in email HTML; anything else is kept as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®',
  trade: '™', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚',
  ldquo: '“', rdquo: '”', bdquo: '„', bull: '•', middot: '·', euro: '€', pound: '£', yen: '¥',
  cent: '¢', sect: '§', para: '¶', deg: '°', plusmn: '±', times: '×', divide: '÷', laquo: '«',
  raquo: '»', shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d', zwsp: '\u200b', ensp: '\u2002',
  emsp: '\u2003', thinsp: '\u2009', iexcl: '¡', iquest: '¿', larr: '←', rarr: '→', uarr: '↑',
  darr: '↓', check: '✓', dagger: '†', permil: '‰', prime: '′', micro: 'µ', frac12: '½',
  frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', ordf: 'ª', ordm: 'º', szlig: 'ß',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ',
  ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í',
  icirc: 'î', iuml: 'ï', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ',
  ouml: 'ö', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý',
  yuml: 'ÿ', Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å',
  AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì',
  Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô',
  Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü',
  Yacute: 'Ý', oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š',
};

/**
 * Decodes character references in `s` in one pass: named ones from a table, decimal and hex
 * numeric ones (invalid code points become U+FFFD). Unknown references are kept as written.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let last = 0;
  let i = s.indexOf('&');
  while (i >= 0) {
    let j = i + 1;
    let replacement: string | undefined;
    if (s.charCodeAt(j) === 35 /* # */) {
      j++;
      const hex = s.charCodeAt(j) === 120 || s.charCodeAt(j) === 88;
      if (hex) j++;
      const digitsFrom = j;
      while (j < s.length && j - digitsFrom < 8 && (hex ? /[0-9a-fA-F]/u.test(s.charAt(j)) : /[0-9]/u.test(s.charAt(j)))) j++;
      if (j > digitsFrom) {
        const cp = Number.parseInt(s.slice(digitsFrom, j), hex ? 16 : 10);
        replacement = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
        if (s.charCodeAt(j) === 59) j++;
      }
    } else {
      const nameFrom = j;
      while (j < s.length && j - nameFrom < 10 && /[a-zA-Z0-9]/u.test(s.charAt(j))) j++;
      const name = s.slice(nameFrom, j);
      const value = Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : undefined;
      if (value !== undefined) {
        replacement = value;
        if (s.charCodeAt(j) === 59) j++;
      }
    }
    if (replacement !== undefined) {
      out += s.slice(last, i) + replacement;
      last = j;
    }
    i = s.indexOf('&', Math.max(j, i + 1));
  }
  return out + s.slice(last);
}
