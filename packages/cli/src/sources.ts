import { maskMarkdown } from './markdown-mask.js';
import { UsageError } from './usage-error.js';

/**
 * One piece of text to lint, and where it came from. For plain text and Markdown the text is the
 * whole file (Markdown with non-prose masked by spaces, offsets unchanged); for a JSON macro
 * export, each macro's reply body is one source with `offset` locating it in the file when the
 * body appears there verbatim.
 */
export interface TextSource {
  /** Path as given or discovered. */
  readonly file: string;
  /** A label for the piece inside the file (`macro 123 "Password reset"`), absent for whole files. */
  readonly label?: string;
  /** The text the analyzer reads. */
  readonly text: string;
  /** The original text, for showing context in reports (differs from `text` for Markdown). */
  readonly original: string;
  /** Line (1-based) in the file where `original` starts; 1 for whole files. */
  readonly line: number;
}

/** File extensions `rapport check` reads, and how. */
export const CHECKED_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.json'] as const;

/** Splits a file's contents into the texts to analyze. */
export function sourcesOf(file: string, contents: string): TextSource[] {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return macroSources(file, contents);
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
    return [{ file, text: maskMarkdown(contents), original: contents, line: 1 }];
  }
  return [{ file, text: contents, original: contents, line: 1 }];
}

interface MacroText {
  id: string | undefined;
  title: string | undefined;
  text: string;
  html: boolean;
}

/**
 * Reads the reply bodies out of a macro / canned-response export. Understood shapes (field names
 * as the vendors' APIs return them):
 * - Zendesk macros: `{ macros: [...] }`, `{ macro: {...} }` or an array of macros, each with
 *   `actions: [{ field: 'comment_value' | 'comment_value_html', value }]` (value a string, or
 *   `[channel, text]` in older exports).
 * - Freshdesk / Freshservice canned responses: `{ id, title, content, content_html }`, alone or
 *   in an array.
 * - A plain list: `[{ id?, title?, text }]`.
 */
export function macroSources(file: string, contents: string): TextSource[] {
  let data: unknown;
  try {
    data = JSON.parse(contents);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const items: unknown[] = Array.isArray(data)
    ? data
    : isRecord(data) && Array.isArray(data.macros)
      ? data.macros
      : isRecord(data) && isRecord(data.macro)
        ? [data.macro]
        : isRecord(data) && Array.isArray(data.canned_responses)
          ? data.canned_responses
          : [data];
  const texts: MacroText[] = [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    const id = item.id === undefined || item.id === null ? undefined : String(item.id);
    const title = typeof item.title === 'string' ? item.title : typeof item.name === 'string' ? item.name : undefined;
    if (Array.isArray(item.actions)) {
      for (const action of item.actions) {
        if (!isRecord(action)) continue;
        if (action.field !== 'comment_value' && action.field !== 'comment_value_html') continue;
        const value = Array.isArray(action.value) ? action.value[action.value.length - 1] : action.value;
        if (typeof value === 'string') texts.push({ id, title, text: value, html: action.field === 'comment_value_html' });
      }
    } else if (typeof item.content === 'string') {
      texts.push({ id, title, text: item.content, html: false });
    } else if (typeof item.content_html === 'string') {
      texts.push({ id, title, text: item.content_html, html: true });
    } else if (typeof item.text === 'string') {
      texts.push({ id, title, text: item.text, html: false });
    }
  }
  if (texts.length === 0) {
    throw new UsageError(
      `${file}: no reply texts found; expected a Zendesk macro export, Freshdesk canned responses, or [{ "text": ... }]`,
    );
  }
  return texts.map(({ id, title, text, html }) => {
    const label = `macro${id === undefined ? '' : ` ${id}`}${title === undefined ? '' : ` "${title}"`}`;
    const at = contents.indexOf(JSON.stringify(text).slice(1, -1));
    const line = at < 0 ? 1 : countLines(contents, at);
    const shown = html ? maskHtml(text) : text;
    return { file, label, text: shown, original: text, line };
  });
}

/** Blanks HTML tags (offsets kept) so an HTML macro body reads as its text. */
function maskHtml(html: string): string {
  let out = '';
  let inTag = false;
  for (let i = 0; i < html.length; i++) {
    const c = html[i] as string;
    if (c === '<') inTag = true;
    out += inTag ? (c === '\n' ? '\n' : ' ') : c;
    if (c === '>') inTag = false;
  }
  return out;
}

function countLines(text: string, upTo: number): number {
  let line = 1;
  for (let i = 0; i < upTo; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
