import { builtinRule } from './internal/builtin-rule.js';
import type { TextView, Token } from '../text/text-view.js';
import type { RuleContext } from '../types.js';
import { startsSentence } from './internal/edits.js';
import { markRunEnd, shoutingRuns } from './internal/frustration-level.js';
import { masked } from './internal/skip-mask.js';

/**
 * `no-shouting`: capitals and repeated punctuation that read as a raised voice: "PLEASE DO NOT
 * RESTART", "do NOT", "Why??", "Done!!!".
 *
 * When to use: on agent replies (enabled in `recommended`).
 *
 * Details: reported are runs of two or more capitalised words and single emphatic words in
 * capitals ("NOT", "NOW", "URGENT", from `data/en/tone.json`), except acronyms and abbreviations
 * (the tone and jargon lists, and words without a vowel such as "VB"), codes with digits, hyphens
 * or colons ("BA8733", "FRA-LCY", "WP:DAB"), a lone unknown capitalised word (a name or acronym
 * such as "NASCAR") and quoted text; and runs of two or more `!` or `?`. Suggestions lower the
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
/**
 * A necessary condition for a finding, tested on the raw text first: a capitalised word starts
 * with two capital letters, and a punctuation run is two adjacent `!`/`?`. Three replies in four
 * have neither, and this linear scan (no nested quantifier, no alternation under a repeat) is
 * cheaper than visiting their tokens.
 */
const MAY_SHOUT = /[A-Z]{2}|[!?]{2}/;

type ShoutingContext = RuleContext<'caps' | 'punctuation' | 'lowerCase' | 'singleMark', unknown>;

/** Reports the capitalised run `[a, b)` unless part of it is quoted or code. */
function reportCaps(ctx: ShoutingContext, view: TextView, a: number, b: number): void {
  for (let k = a; k < b; k++) if (masked(view, k)) return;
  const tokens = view.tokens;
  const start = (tokens[a] as Token).start;
  const end = (tokens[b - 1] as Token).end;
  const text = ctx.text.slice(start, end);
  let lower = text.toLowerCase();
  if (startsSentence(view, a)) lower = lower.charAt(0).toUpperCase() + lower.slice(1);
  ctx.report({ messageId: 'caps', range: [start, end], data: { text }, suggestions: [{ desc: 'lowerCase', edits: [{ range: [start, end], text: lower }] }] });
}

export const noShouting = builtinRule({
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
  },
  check(ctx) {
    if (!MAY_SHOUT.test(ctx.text)) return;
    const view = ctx.view;
    const tokens = view.tokens;
    // A module-level helper, not a closure per call: the rule runs on every message.
    for (const [a, b] of shoutingRuns(view)) reportCaps(ctx, view, a, b);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'punct' && (t.text === '!' || t.text === '?')) {
        const j = markRunEnd(tokens, i);
        if (j - i >= 2 && !masked(view, i)) {
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
