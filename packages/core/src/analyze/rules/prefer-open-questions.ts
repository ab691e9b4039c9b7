import { atLeast, int, object, withDefault } from '../config/schema-kit.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { TextRange } from '../types.js';
import type { TextView } from '../text/text-view.js';
import { messageQuestions } from './internal/signals.js';

const offers = phraseList([
  'would you like', 'is there anything', 'anything else', 'can i help', 'can we help', 'do you need anything', 'shall i',
  'should i', 'may i', 'can i have', 'could i have', 'can i get', 'could i get', 'does that help', 'did that help',
  'does this help', 'did this help', 'does that work', 'did that work', 'is that ok', 'is that okay', 'are you there',
  'still there', 'happy to', 'all good', 'are you happy', 'do you want me', 'would it help', 'can i ask', 'may i ask',
]);

function isOffer(view: TextView, range: TextRange): boolean {
  const from = view.tokens.findIndex((t) => t.start >= range[0]);
  if (from < 0) return false;
  return offers.find(view, { from, to: Math.min(view.tokens.length, from + 6) }).length > 0;
}

const options = object({
  /** How many closed clarifying questions in a row, without an open one, are reported (default 2). */
  minClosed: withDefault(int().check(atLeast(1)), 2),
});

/**
 * `prefer-open-questions`: information gathering done only with yes/no questions ("Is it plugged
 * in? Did you restart it? Is the light green?"), where one open question would get the story.
 *
 * When to use: on agent replies (enabled in `strict` at `info`). It scores `listening`: 1 when the
 * reply gathers information with an open question, 0 when only with yes/no questions.
 *
 * Details: uses the questions signal. Information-gathering questions are the clarifying ones and
 * the yes/no questions that are not offers or account requests ("Would you like a call?", "May I
 * have your name?"). When a reply asks at least `minClosed` closed ones and no open one, the first
 * closed question is reported. Replies with no clarifying
 * questions, or with at least one open question, are fine; a single confirming question ("Are you
 * on iOS 17?") is fine too.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const r = analyze('Is the printer on? Did you restart it? Is the cable plugged in?', {
 *   config: { rules: { 'prefer-open-questions': 'info' } },
 * });
 * r.findings[0]?.actual; // 'Is the printer on?'
 * ```
 * @since 0.1.0
 */
export const preferOpenQuestions = builtinRule({
  id: 'prefer-open-questions',
  meta: {
    description: 'Gather information with an open question, not a string of yes/no questions.',
    category: 'listening',
    messages: {
      onlyClosed:
        'These {{count}} questions can all be answered yes or no; one open question (“What happens when you try to print?”) gets more of the story in one reply.',
    },
    options,
    defaultSeverity: 'info',
    roles: ['agent'],
    presets: ['strict'],
  },
  check(ctx) {
    // Information-gathering questions: clarifying ones, and yes/no questions that are not offers
    // or requests for account details ("Would you like…?", "May I have your name?").
    const clarifying = messageQuestions(ctx.signals, ctx.view).filter((q) => q.clarifying || (q.kind === 'closed' && !isOffer(ctx.view, q.range)));
    if (clarifying.length === 0) {
      ctx.notApplicable();
      return;
    }
    const open = clarifying.filter((q) => q.kind === 'open').length;
    const closed = clarifying.filter((q) => q.kind === 'closed');
    if (open > 0) {
      ctx.assess(1);
      return;
    }
    const first = closed[0];
    if (first === undefined || closed.length < ctx.options.minClosed) {
      ctx.notApplicable();
      return;
    }
    ctx.assess(0);
    ctx.report({ messageId: 'onlyClosed', range: first.range, data: { count: closed.length } });
  },
});
