import { egoStateCriticalParent, egoStateAdaptedChild } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { TextView } from '../text/text-view.js';
import { egoSpans } from './internal/ego-spans.js';
import { frustrationOf } from './internal/frustration-level.js';
import { reportPhrase } from './internal/report-phrase.js';

const customerParent = phraseList(egoStateCriticalParent);
const customerChild = phraseList([
  ...egoStateAdaptedChild,
  "i'm useless with computers", "i'm hopeless with technology", "i don't understand any of this", "i'm so lost", "i'm lost",
  'please please', "i'm desperate", "i don't know what i did", "i'm scared", "i'm panicking", 'i beg you', "i'm not good with",
]);

type CustomerState = 'adult' | 'child' | 'parent' | 'upset';

/** The customer's ego state as far as the words show: Parent, Child, calm Adult, or upset (no call). */
function customerState(view: TextView): CustomerState {
  if (customerParent.find(view).length > 0) return 'parent';
  if (customerChild.find(view).length > 0) return 'child';
  return frustrationOf(view).level >= 0.35 ? 'upset' : 'adult';
}

/**
 * `no-crossed-transaction`: a reply that answers from a different ego state than the one the
 * customer addressed (Transactional Analysis): a calm, factual (Adult) message met with Parent
 * lecturing or Child self-abasement, or a customer's anxious Child met with Critical Parent.
 *
 * When to use: on agent replies analyzed with the customer's message as `context` (enabled in
 * `strict`; `prefer-adult-wording` already reports the same words without the context, so
 * `recommended` leaves this one out to avoid two findings on one phrase).
 *
 * Details: the customer's state is read from their message: Critical Parent phrases make it
 * Parent, helpless or pleading phrases ("I'm useless with computers", "please please") make it
 * Child, strong frustration makes no call, and otherwise it is Adult. The agent's Parent and Child
 * phrases come from the same list as `prefer-adult-wording`. One finding per reply, on the first
 * phrase that crosses the transaction.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const r = analyze('You should have read the guide first.', {
 *   context: 'The VPN client shows error 809 since this morning. I have restarted twice.',
 *   config: { rules: { 'no-crossed-transaction': 'warning' } },
 * });
 * r.findings[0]?.messageId; // 'adultMetWithParent'
 * ```
 * @since 0.1.0
 */
export const noCrossedTransaction = builtinRule({
  id: 'no-crossed-transaction',
  meta: {
    description: 'Answer from the Adult when the customer writes as an Adult (no crossed transactions).',
    category: 'tone',
    messages: {
      adultMetWithParent: 'The customer wrote calmly and factually, adult to adult; “{{phrase}}” answers from the Parent and crosses the transaction. Reply with facts and a next step.',
      adultMetWithChild: 'The customer wrote calmly and factually; “{{phrase}}” answers from the Child. Reply as a calm expert: what happened and what you will do.',
      childMetWithCriticalParent: 'The customer sounds anxious or unsure; “{{phrase}}” meets them with criticism. Reassure with facts and walk them through the next step.',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    needsContext: true,
    presets: ['strict'],
  },
  check(ctx) {
    // needsContext: the engine runs the rule only with a context.
    const state = customerState(ctx.context as TextView);
    if (state === 'parent' || state === 'upset') {
      ctx.notApplicable();
      return;
    }
    // An Adult customer: the first Parent or Child phrase crosses; a Child customer: the first Critical Parent one.
    for (const span of egoSpans(ctx.view)) {
      if (state === 'adult' || span.state === 'criticalParent') {
        reportPhrase(ctx, state === 'child' ? 'childMetWithCriticalParent' : span.state === 'adaptedChild' ? 'adultMetWithChild' : 'adultMetWithParent', span.start, span.end);
        return;
      }
    }
  },
});
