import tone from '../data/en/tone.json';
import { defineRule } from '../define-rule.js';
import type { Token } from '../text/text-view.js';
import { startsSentence } from './internal/edits.js';
import { KNOWN_CAPS, shoutingRuns } from './internal/frustration-level.js';
import { skipMask } from './internal/skip-mask.js';

const EMPHATIC = new Set<string>(tone.emphatic);

function isAllCaps(t: Token): boolean {
  if (t.kind !== 'word' || t.text.length < 2) return false;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
  }
  return true;
}

/**
 * `no-shouting`: capitals and repeated punctuation that read as a raised voice: "PLEASE DO NOT
 * RESTART", "do NOT", "Why??", "Done!!!".
 *
 * When to use: on agent replies (enabled in `recommended`).
 *
 * Details: reported are runs of two or more capitalised words, single capitalised words of five
 * or more letters, and short emphatic words in capitals ("NOT", "NOW", "DO"), except acronyms and
 * abbreviations (`data/en/tone.json` and the jargon list), codes with digits or hyphens
 * ("BA8733", "FRA-LCY") and quoted text; and runs of two or more `!` or `?`. Suggestions lower the
 * case (keeping a sentence-initial capital) or keep a single mark.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const { findings } = analyze('Please do NOT restart the server!!', { config: { rules: { 'no-shouting': 'warning' } } });
 * findings.map((f) => f.messageId); // ['caps', 'punctuation']
 * ```
 * @since 0.1.0
 */
export const noShouting = defineRule({
  id: 'no-shouting',
  meta: {
    description: 'No capitals or repeated punctuation that read as shouting.',
    category: 'tone',
    messages: {
      caps: '“{{text}}” in capitals reads as shouting; use normal case and say why it matters instead.',
      punctuation: '“{{text}}” reads as raised voice; one mark is enough.',
      lowerCase: 'Write “{{text}}” in normal case',
      singleMark: 'Keep one mark',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
    docs: 'docs/rules/no-shouting.md',
  },
  check(ctx) {
    const view = ctx.view;
    const tokens = view.tokens;
    const mask = skipMask(view);
    const inRun = new Uint8Array(tokens.length);
    const report = (a: number, b: number) => {
      for (let k = a; k < b; k++) if (mask[k] === 1) return;
      const start = (tokens[a] as Token).start;
      const end = (tokens[b - 1] as Token).end;
      const text = ctx.text.slice(start, end);
      let lower = text.toLowerCase();
      if (startsSentence(view, a)) lower = lower.charAt(0).toUpperCase() + lower.slice(1);
      ctx.report({ messageId: 'caps', range: [start, end], data: { text }, suggestions: [{ desc: 'lowerCase', edits: [{ range: [start, end], text: lower }] }] });
    };
    for (const [a, b] of shoutingRuns(view)) {
      for (let k = a; k < b; k++) inRun[k] = 1;
      report(a, b);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (inRun[i] === 1) continue;
      if (isAllCaps(t) && EMPHATIC.has(t.lower) && !KNOWN_CAPS.has(t.text)) {
        report(i, i + 1);
        continue;
      }
      if (t.kind === 'punct' && (t.text === '!' || t.text === '?') && mask[i] !== 1) {
        let j = i + 1;
        while (j < tokens.length && ((tokens[j] as Token).text === '!' || (tokens[j] as Token).text === '?') && (tokens[j] as Token).start === (tokens[j - 1] as Token).end) j++;
        if (j - i >= 2) {
          const start = t.start;
          const end = (tokens[j - 1] as Token).end;
          const text = ctx.text.slice(start, end);
          const mark = text.includes('?') ? '?' : '!';
          ctx.report({ messageId: 'punctuation', range: [start, end], data: { text }, suggestions: [{ desc: 'singleMark', edits: [{ range: [start, end], text: mark }] }] });
        }
        i = j - 1;
      }
    }
  },
});
