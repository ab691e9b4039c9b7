import { decodeEntities } from './internal/entities.js';

/**
 * Options of {@link htmlToText}.
 *
 * @since 0.1.0
 */
export interface HtmlToTextOptions {
  /** Write a link's target after its text as `text <https://...>` (default `true`). */
  readonly links?: boolean;
  /** Write `<blockquote>` content with `> ` quote marks, so {@link parseReply} sees the quoting (default `true`). */
  readonly quoteBlockquotes?: boolean;
  /** Write an image's `alt` text as `[alt]` (default `true`); the image itself is never fetched. */
  readonly imageAlt?: boolean;
}

/** Elements whose whole content is dropped: code, styling, metadata, embedded and remote content. */
const DROP = new Set([
  'script', 'style', 'head', 'title', 'noscript', 'template', 'iframe', 'object', 'embed', 'applet',
  'frame', 'frameset', 'svg', 'math', 'canvas', 'video', 'audio', 'xml', 'select', 'textarea', 'button',
]);
/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'header', 'li', 'main', 'nav', 'section', 'tr', 'caption', 'tbody', 'thead', 'tfoot',
  'summary', 'details', 'legend', 'o:p',
]);
/** Elements that are set off by a blank line. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'pre', 'blockquote', 'hr']);
/** Void elements never have content or a closing tag. */
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'base', 'area', 'col', 'wbr', 'source', 'track', 'param']);

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attrs: ReadonlyMap<string, string>;
  readonly end: number;
}

/**
 * Converts email HTML to plain text without executing or fetching anything.
 *
 * Use it when a message has only an HTML body, or when you want the HTML's structure (its
 * `<blockquote>` quoting) to guide {@link parseReply}.
 *
 * A single forward scan, no DOM and no regex over the document: scripts, styles, `<head>`,
 * embedded objects and forms are dropped with their content; images are never loaded (tracking
 * pixels vanish; `alt` text is kept as `[alt]`); links keep their target (`text <href>`, only
 * `http:`, `https:` and `mailto:` targets); block elements become line breaks, paragraphs and
 * headings blank lines, list items `- ` lines, table cells are separated by two spaces,
 * `<blockquote>` content is quoted with `> `, `<pre>` keeps its white space, and character
 * references are decoded. Malformed HTML (unclosed tags, stray `<`) is read best-effort; the
 * function never throws.
 *
 * @example
 * ```ts
 * import { htmlToText } from '@rapport/email';
 *
 * htmlToText('<p>Hello <b>Ann</b>,</p><p>See <a href="https://status.example.com">status</a>.<img src="https://t.example/p.gif" width="1"></p><script>alert(1)</script>');
 * // 'Hello Ann,\n\nSee status <https://status.example.com>.'
 * ```
 * @since 0.1.0
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const src = typeof html === 'string' ? html : String(html);
  const showLinks = options.links ?? true;
  const quoteBlocks = options.quoteBlockquotes ?? true;
  const showAlt = options.imageAlt ?? true;
  const lower = src.toLowerCase();
  const out = new Writer();
  const links: (string | undefined)[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let pre = 0;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) out.text(decodeEntities(src.slice(i, textEnd)), pre > 0);
    if (lt < 0) break;
    i = lt;
    if (src.startsWith('<!--', i)) {
      const close = src.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const c = src.charCodeAt(i + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const close = src.indexOf('>', i);
      i = close < 0 ? n : close + 1;
      continue;
    }
    const tag = readTag(src, i);
    if (tag === undefined) {
      out.text('<', pre > 0);
      i++;
      continue;
    }
    i = tag.end;
    const name = tag.name;
    if (!tag.closing && DROP.has(name)) {
      if (tag.selfClosing) continue;
      const close = lower.indexOf(`</${name}`, i);
      if (close < 0) {
        i = n;
        continue;
      }
      const gt = src.indexOf('>', close);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (name === 'br') {
      out.lineBreak();
      continue;
    }
    if (name === 'img') {
      const alt = tag.attrs.get('alt');
      if (showAlt && alt !== undefined && alt.trim() !== '') out.text(`[${decodeEntities(alt.trim())}]`, false);
      continue;
    }
    if (name === 'a') {
      if (tag.closing) {
        const href = links.pop();
        // A link whose text already is its target (a bare URL or address) is written once.
        const bare = href?.replace(/^mailto:/iu, '');
        if (href !== undefined && bare !== undefined && !out.endsWithText(bare) && !out.endsWithText(href)) out.text(` <${href}>`, false);
      } else if (!tag.selfClosing) {
        const href = decodeEntities(tag.attrs.get('href') ?? '').trim();
        const ok = /^(?:https?:|mailto:)/iu.test(href);
        links.push(showLinks && ok ? href : undefined);
      }
      continue;
    }
    if (name === 'td' || name === 'th') {
      if (!tag.closing) out.cell();
      continue;
    }
    if (name === 'blockquote') {
      out.paragraph();
      if (quoteBlocks) out.depth += tag.closing ? (out.depth > 0 ? -1 : 0) : 1;
      continue;
    }
    if (name === 'pre') {
      out.paragraph();
      pre = Math.max(0, pre + (tag.closing ? -1 : 1));
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      out.paragraph();
      if (tag.closing) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
      continue;
    }
    if (name === 'li') {
      out.newline();
      if (!tag.closing) {
        const list = lists[lists.length - 1];
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        if (list?.ordered) out.text(`${indent}${++list.n}. `, true);
        else out.text(`${indent}- `, true);
      }
      continue;
    }
    if (name === 'hr') {
      out.paragraph();
      continue;
    }
    if (PARAGRAPH.has(name)) out.paragraph();
    else if (BLOCK.has(name)) out.newline();
    void VOID;
  }
  return out.finish();
}

const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;

/** Reads a tag at `i` (which holds `<`); undefined when the `<` does not open a tag. */
function readTag(src: string, i: number): Tag | undefined {
  let j = i + 1;
  const closing = src.charCodeAt(j) === 47;
  if (closing) j++;
  const nameFrom = j;
  const first = src.charCodeAt(j);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return undefined;
  while (j < src.length && isNameChar(src.charCodeAt(j))) j++;
  const name = src.slice(nameFrom, j).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (j < src.length) {
    const c = src.charCodeAt(j);
    if (c === 62) return { name, closing, selfClosing, attrs, end: j + 1 };
    if (c === 47) {
      selfClosing = true;
      j++;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      j++;
      continue;
    }
    selfClosing = false;
    const attrFrom = j;
    while (j < src.length) {
      const d = src.charCodeAt(j);
      if (d === 61 || d === 62 || d === 47 || d === 32 || d === 9 || d === 10 || d === 13 || d === 12) break;
      j++;
    }
    const attr = src.slice(attrFrom, j).toLowerCase();
    while (j < src.length && (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 10 || src.charCodeAt(j) === 13 || src.charCodeAt(j) === 9)) j++;
    let value = '';
    if (src.charCodeAt(j) === 61) {
      j++;
      while (j < src.length && (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 10 || src.charCodeAt(j) === 13 || src.charCodeAt(j) === 9)) j++;
      const q = src.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = src.indexOf(String.fromCharCode(q), j + 1);
        const end = close < 0 ? src.length : close;
        value = src.slice(j + 1, end);
        j = close < 0 ? src.length : close + 1;
      } else {
        const from = j;
        while (j < src.length && src.charCodeAt(j) !== 62 && src.charCodeAt(j) !== 32 && src.charCodeAt(j) !== 9 && src.charCodeAt(j) !== 10 && src.charCodeAt(j) !== 13) j++;
        value = src.slice(from, j);
      }
    }
    if (attr !== '' && !attrs.has(attr)) attrs.set(attr, value);
  }
  return { name, closing, selfClosing, attrs, end: src.length };
}

/** Builds the text line by line: collapses white space, keeps at most one blank line, prefixes quotes. */
class Writer {
  depth = 0;
  private readonly lines: string[] = [];
  private line = '';
  private lineDepth = 0;
  private pushedDepth = 0;
  private pendingSpace = false;
  private blankPending = 0; // 0 none, 1 newline, 2 blank line

  text(s: string, preformatted: boolean): void {
    if (preformatted) {
      const parts = s.split(/\r\n|\r|\n/u);
      parts.forEach((part, idx) => {
        if (idx > 0) this.hardBreak();
        if (part.length > 0) this.append(part.replace(/\t/gu, '    '));
      });
      return;
    }
    let word = '';
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
        if (word !== '') {
          this.append(word);
          word = '';
        }
        this.pendingSpace = true;
      } else {
        word += s.charAt(k);
      }
    }
    if (word !== '') this.append(word);
  }

  endsWithText(s: string): boolean {
    return s !== '' && this.line.endsWith(s);
  }

  private append(s: string): void {
    if (this.blankPending > 0) this.flushBreaks();
    if (this.line === '') {
      this.lineDepth = this.depth;
      this.pendingSpace = false;
    }
    if (this.pendingSpace && this.line !== '' && !this.line.endsWith(' ')) this.line += ' ';
    this.pendingSpace = false;
    this.line += s;
  }

  cell(): void {
    if (this.line !== '' && this.blankPending === 0) this.line += '  ';
    this.pendingSpace = false;
  }

  lineBreak(): void {
    if (this.line === '' && this.lines.length === 0) return;
    if (this.blankPending >= 1) this.blankPending = 2;
    else if (this.line !== '') this.blankPending = 1;
    else this.lines.push(this.depth > 0 ? '>'.repeat(this.depth) : '');
    this.pendingSpace = false;
  }

  newline(): void {
    if (this.line !== '') this.blankPending = Math.max(this.blankPending, 1);
    else if (this.lines.length > 0) this.blankPending = Math.max(this.blankPending, 0);
    this.pendingSpace = false;
  }

  paragraph(): void {
    if (this.line !== '' || this.lines.length > 0) this.blankPending = 2;
    this.pendingSpace = false;
  }

  private hardBreak(): void {
    this.pushLine();
    this.blankPending = 0;
  }

  private flushBreaks(): void {
    const blank = this.blankPending === 2;
    this.blankPending = 0;
    if (this.line !== '') this.pushLine();
    if (blank && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '' && !isQuoteOnly(this.lines[this.lines.length - 1] ?? '')) {
      const d = Math.min(this.depth, this.pushedDepth);
      this.lines.push(d > 0 ? '>'.repeat(d) : '');
    }
  }

  private pushLine(): void {
    const text = this.line.replace(/[ \t\u00a0]+$/u, '');
    const prefix = this.lineDepth > 0 ? `${'>'.repeat(this.lineDepth)} ` : '';
    this.lines.push(text === '' ? prefix.trimEnd() : prefix + text);
    this.pushedDepth = this.lineDepth;
    this.line = '';
    this.lineDepth = this.depth;
  }

  finish(): string {
    if (this.line !== '') this.pushLine();
    while (this.lines.length > 0 && (this.lines[this.lines.length - 1] === '' || isQuoteOnly(this.lines[this.lines.length - 1] ?? ''))) this.lines.pop();
    while (this.lines.length > 0 && this.lines[0] === '') this.lines.shift();
    return this.lines.join('\n').replace(/\u00a0/gu, ' ');
  }
}

function isQuoteOnly(s: string): boolean {
  if (s === '') return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== 62) return false;
  return true;
}
