import { crucialDisagreement, crucialEmotion, crucialStakes } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList, type PhraseList } from './internal/pack-phrases.js';
import type { TextView, Token } from '../text/text-view.js';
import { frustrationOf } from './internal/frustration-level.js';
import { masked } from './internal/skip-mask.js';

const stakes = phraseList(crucialStakes);
const emotion = phraseList(crucialEmotion);
const disagreement = phraseList(crucialDisagreement);

/** Whether `list` has a match in `view` that is not quoted or code. */
function anyUnmasked(list: PhraseList, view: TextView): boolean {
  return list.find(view).some((m) => !masked(view, m.firstToken));
}

/**
 * `crucial-conversation`: a customer message with two or more signs of a crucial conversation:
 * high stakes, strong emotion, and disagreement.
 *
 * When to use: on customer messages (enabled in `recommended`), so the agent slows down before a
 * reply that matters more than usual.
 *
 * Details: stakes (deadlines, money, a job, legal steps, lost data), strong emotion (fear,
 * distress, or a frustration level of 0.5 or more as in `customer-frustration`) and disagreement
 * ("that's not what you said", "I already did that", "makes no sense") come from
 * `data/en/crucial-conversation.json`. Two of the three make one finding over the whole message,
 * naming the signs found.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const text = "My payroll run is due today and you said it was fixed. I'm panicking.";
 * analyze(text, { role: 'customer', config: { rules: { 'crucial-conversation': 'info' } } }).findings[0]?.expected;
 * // ['high stakes', 'strong emotion', 'disagreement']
 * ```
 * @since 0.1.0
 */
export const crucialConversation = builtinRule({
  id: 'crucial-conversation',
  meta: {
    description: 'Recognise a crucial conversation (high stakes, strong emotion, disagreement) and handle it with care.',
    category: 'tone',
    messages: {
      crucial:
        'Signs of a crucial conversation ({{signs}}). Start from the goal you share, acknowledge how they feel, and paraphrase their point before you answer it.',
    },
    defaultSeverity: 'info',
    roles: ['customer'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const signs: string[] = [];
    if (anyUnmasked(stakes, view)) signs.push('high stakes');
    if (anyUnmasked(emotion, view) || frustrationOf(view).level >= 0.5) signs.push('strong emotion');
    if (anyUnmasked(disagreement, view)) signs.push('disagreement');
    if (signs.length < 2) return;
    // Two signs were found, so the message has tokens.
    const tokens = view.tokens;
    ctx.report({ messageId: 'crucial', range: [(tokens[0] as Token).start, (tokens[tokens.length - 1] as Token).end], data: { signs: signs.join(', ') }, expected: signs });
  },
});
