import { atLeast, int, strictObject, oneOfValues, optional, refineTo, withDefault, type Input, type Output } from '../config/schema-kit.js';
import type { StandardSchema } from '../engine/parse-schema.js';
import { defineRule } from '../define-rule.js';
import { compilePhrases, type PhraseMatch } from '../engine/phrase-matcher.js';
import type { Sentence } from '../text/text-view.js';
import type { Rule } from '../types.js';
import { dataRuleHeader, phraseList } from './data-rule-header.js';
import { ruleMetaOf } from './rule-meta-of.js';

/** The `occurrence` rule kind (the exported schema below is this object). */
export const occurrenceRule = strictObject({
  ...dataRuleHeader.shape,
  extends: oneOfValues(['occurrence']),
  tokens: phraseList,
  max: optional(int().check(atLeast(0))),
  min: optional(int().check(atLeast(0, false))),
  scope: withDefault(oneOfValues(['text', 'sentence']), 'text'),
}).check(
  refineTo((d) => d.max !== undefined || d.min !== undefined, 'set max, min or both', ['max']),
  refineTo((d) => d.max === undefined || d.min === undefined || d.min <= d.max, 'min must not exceed max', ['min']),
);

/**
 * An `occurrence` data rule, as written in JSON or YAML.
 * @since 0.1.0
 */
export type OccurrenceRuleDefinition = Input<typeof occurrenceRule>;

/**
 * The schema of an `occurrence` data rule: count the phrases of `tokens` per scope (the whole
 * text, or each sentence) and report when the count is above `max` or below `min`.
 * `tokens` are words, phrases or punctuation (`*` matches any one word); `scope` is `text`
 * (default) or `sentence`. Message placeholders: `{{count}}`, `{{max}}`, `{{min}}`.
 *
 * @example
 * ```ts
 * import { occurrenceRuleSchema } from '@rapport/core/analyze';
 *
 * const result = occurrenceRuleSchema['~standard'].validate({
 *   extends: 'occurrence',
 *   message: '{{count}} exclamation marks; keep it to {{max}}.',
 *   tokens: ['!'],
 *   max: 1,
 * });
 * 'issues' in result && result.issues; // undefined: valid
 * ```
 * @since 0.1.0
 */
export const occurrenceRuleSchema: StandardSchema<OccurrenceRuleDefinition, Output<typeof occurrenceRule>> = occurrenceRule;

/** Compiles a parsed occurrence rule. */
export function compileOccurrenceRule(id: string, def: Output<typeof occurrenceRule>): Rule {
  const matcher = compilePhrases(def.tokens, { caseSensitive: !def.ignorecase });
  const max = def.max ?? Number.POSITIVE_INFINITY;
  const min = def.min ?? 0;
  return defineRule({
    id,
    meta: { ...ruleMetaOf(def), messages: { occurrence: def.message } },
    check(ctx) {
      const matches = matcher.find(ctx.view);
      const judge = (found: readonly PhraseMatch[], scopeStart: number, scopeEnd: number) => {
        const count = found.length;
        const data = { count, max: def.max ?? '', min: def.min ?? '' };
        if (count > max) {
          // Point at the occurrences past the limit: from the first one over it to the last.
          const first = found[max] as PhraseMatch;
          const last = found[count - 1] as PhraseMatch;
          ctx.report({ messageId: 'occurrence', range: [first.start, last.end], data });
        } else if (count < min) {
          ctx.report({ messageId: 'occurrence', range: [scopeStart, scopeEnd], data });
        }
      };
      if (def.scope === 'text') {
        // Too few in the whole text: an empty range at the start (there is nothing to underline).
        judge(matches, 0, 0);
        return;
      }
      let k = 0;
      for (const sentence of ctx.view.sentences as readonly Sentence[]) {
        const inSentence: PhraseMatch[] = [];
        while (k < matches.length && (matches[k] as PhraseMatch).firstToken < sentence.endToken) {
          if ((matches[k] as PhraseMatch).firstToken >= sentence.firstToken) inSentence.push(matches[k] as PhraseMatch);
          k++;
        }
        judge(inSentence, sentence.start, sentence.end);
      }
    },
  });
}
