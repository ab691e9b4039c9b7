import { toneCurt, tonePassiveAggressive } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { Token } from '../text/text-view.js';
import { reportPhrase } from './internal/report-phrase.js';
import { unmasked } from './internal/skip-mask.js';

const CURT = new Set<string>(toneCurt);
const passive = phraseList(tonePassiveAggressive);
const MAX_CURT_WORDS = 4;

/**
 * `no-curt-reply`: replies that dismiss the customer: a bare "No.", "Not possible.", "See above.",
 * "Read the manual.", and passive-aggressive formulas such as "per my last email".
 *
 * When to use: on agent replies (enabled in `recommended`).
 *
 * Details: a whole reply of at most four words that matches a curt reply from `data/en/tone.json`
 * is reported (mentions, emoji and punctuation ignored); short friendly replies ("Sure!", "Done,
 * try now.", "One moment please") are not in the list. Passive-aggressive formulas are reported at
 * any length. Quoted text is not reported.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * analyze('No.', { config: { rules: { 'no-curt-reply': 'warning' } } }).findings[0]?.messageId; // 'curt'
 * ```
 * @since 0.1.0
 */
export const noCurtReply = builtinRule({
  id: 'no-curt-reply',
  meta: {
    description: 'Replies that engage with the customer, not curt dismissals.',
    category: 'tone',
    messages: {
      curt: '“{{phrase}}” on its own reads as a brush-off; add the reason and what the customer can do instead.',
      passiveAggressive: '“{{phrase}}” reads as passive-aggressive; restate the point briefly instead of pointing back to it.',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    for (const m of unmasked(passive.find(view), view)) reportPhrase(ctx, 'passiveAggressive', m.start, m.end);
    if (view.wordCount === 0 || view.wordCount > MAX_CURT_WORDS) return;
    // One to four words: the whole reply, mentions, emoji and punctuation left out.
    const words = view.tokens.filter((t) => t.kind === 'word');
    if (CURT.has(words.map((t) => t.lower).join(' '))) reportPhrase(ctx, 'curt', (words[0] as Token).start, (words[words.length - 1] as Token).end);
  },
});
