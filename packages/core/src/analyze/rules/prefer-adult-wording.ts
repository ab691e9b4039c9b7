import { builtinRule } from './internal/builtin-rule.js';
import { egoSpans } from './internal/ego-spans.js';
import { reportPhrase } from './internal/report-phrase.js';

/**
 * `prefer-adult-wording`: Parent and Child wording in an agent's reply (Transactional Analysis):
 * Critical Parent commands and lectures ("You need to understand…", "You should have…", "How many
 * times…"), condescending Nurturing Parent ("Don't worry your head", "sweetie"), and Adapted Child
 * self-abasement or helplessness ("I'm so so sorry, I'm terrible", "I can't possibly").
 *
 * When to use: on agent replies (enabled in `recommended`). Service talk works best Adult to
 * Adult: factual, calm and respectful.
 *
 * Details: phrases come from `data/en/ego-state.json` (shared with the learned ego-state signal,
 * which gives the per-message distribution). Plain instructions are Adult and not reported: "You
 * need to restart the laptop" and "You'll need to restart" state a requirement; only "you need to"
 * with a lecturing verb ("understand", "listen", "calm down") is Critical Parent. Quoted text is
 * not reported.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const { findings } = analyze('You should have saved the file first.', { config: { rules: { 'prefer-adult-wording': 'warning' } } });
 * findings[0]?.messageId; // 'criticalParent'
 * ```
 * @since 0.1.0
 */
export const preferAdultWording = builtinRule({
  id: 'prefer-adult-wording',
  meta: {
    description: 'Adult-to-Adult wording: no Critical Parent lectures, condescending care or self-abasing Child talk.',
    category: 'tone',
    messages: {
      criticalParent: '“{{phrase}}” talks down like a critical parent; state the facts and the next step as one adult to another.',
      nurturingParent: '“{{phrase}}” is condescending care; treat the customer as a capable adult.',
      adaptedChild: '“{{phrase}}” sounds self-abasing or helpless; say plainly what you can do.',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    for (const span of egoSpans(ctx.view)) reportPhrase(ctx, span.state, span.start, span.end);
  },
});
