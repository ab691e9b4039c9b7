import { builtinRule } from './internal/builtin-rule.js';
import { CAPS_PAIR, MARK_PAIR, viewFacts, type TextView, type Token } from '../text/text-view.js';
import type { RuleContext } from '../types.js';
import { startsSentence } from './internal/edits.js';
import { markRunEnd, shoutingRuns } from './internal/frustration-level.js';
import { reportPhrase } from './internal/report-phrase.js';
import { anyMasked, masked } from './internal/skip-mask.js';

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
const MAY_SHOUT = /[A-Z]{2}|[!?]{2}/;

type ShoutingContext = RuleContext<'caps' | 'punctuation' | 'lowerCase' | 'singleMark', unknown>;

/** Reports the capitalised run `[a, b)` unless part of it is quoted or code. */
function reportCaps(ctx: ShoutingContext, view: TextView, a: number, b: number): void {
  if (anyMasked(view, a, b)) return;
  const tokens = view.tokens;
  const start = (tokens[a] as Token).start;
  const end = (tokens[b - 1] as Token).end;
  let lower = ctx.text.slice(start, end).toLowerCase();
  if (startsSentence(view, a)) lower = lower.charAt(0).toUpperCase() + lower.slice(1);
  reportPhrase(ctx, 'caps', start, end, [{ desc: 'lowerCase', edits: [{ range: [start, end], text: lower }] }]);
}

export const noShouting = builtinRule({
  id: 'no-shouting',
  meta: {
    description: 'No capitals or repeated punctuation that read as shouting.',
    category: 'tone',
    messages: {
      caps: '“{{phrase}}” in capitals reads as shouting; use normal case and say why it matters instead.',
      punctuation: '“{{phrase}}” reads as raised voice; one mark is enough.',
      lowerCase: 'Write “{{phrase}}” in normal case',
      singleMark: 'Keep one mark',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const tokens = view.tokens;
    // Necessary conditions, noted by the tokenizer (or tested on the raw text for a view it no
    // longer remembers): a capitalised word starts with two capitals, a punctuation run is two
    // adjacent `!`/`?`. Three replies in four have neither.
    const facts = viewFacts(view);
    if (facts === 0 || (facts < 0 && !MAY_SHOUT.test(ctx.text))) return;
    // A module-level helper, not a closure per call: the rule runs on every message.
    if ((facts & CAPS_PAIR) !== 0) for (const [a, b] of shoutingRuns(view)) reportCaps(ctx, view, a, b);
    if ((facts & MARK_PAIR) !== 0) for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'punct' && (t.text === '!' || t.text === '?')) {
        const j = markRunEnd(tokens, i);
        if (j - i >= 2 && !masked(view, i)) {
          const start = t.start;
          const end = (tokens[j - 1] as Token).end;
          reportPhrase(ctx, 'punctuation', start, end, [{ desc: 'singleMark', edits: [{ range: [start, end], text: ctx.text.slice(start, end).includes('?') ? '?' : '!' }] }]);
        }
        i = j - 1;
      }
    }
  },
});
