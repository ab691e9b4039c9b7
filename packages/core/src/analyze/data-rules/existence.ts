import { strictObject, oneOfValues, type Input, type Output } from '../config/schema-kit.js';
import type { StandardSchema } from '../engine/parse-schema.js';
import { defineRule } from '../define-rule.js';
import { compilePhrases } from '../engine/phrase-matcher.js';
import type { Rule } from '../types.js';
import { dataRuleHeader, phraseList } from './data-rule-header.js';
import { ruleMetaOf } from './rule-meta-of.js';

/** The `existence` rule kind (the exported schema below is this object). */
export const existenceRule = strictObject({
  ...dataRuleHeader.shape,
  extends: oneOfValues(['existence']),
  tokens: phraseList,
});

/**
 * An `existence` data rule, as written in JSON or YAML.
 * @since 0.1.0
 */
export type ExistenceRuleDefinition = Input<typeof existenceRule>;

/**
 * The schema of an `existence` data rule: report every occurrence of any of `tokens` (words
 * or phrases; `*` matches any one word). Message placeholder: `{{match}}`.
 *
 * @example
 * ```ts
 * import { existenceRuleSchema } from '@rapport/core/analyze';
 *
 * const result = existenceRuleSchema['~standard'].validate({ extends: 'existence', message: 'Avoid `{{match}}`.', tokens: ['as per'] });
 * 'issues' in result && result.issues; // undefined: valid
 * ```
 * @since 0.1.0
 */
export const existenceRuleSchema: StandardSchema<ExistenceRuleDefinition, Output<typeof existenceRule>> = existenceRule;

/** Compiles a parsed existence rule. */
export function compileExistenceRule(id: string, def: Output<typeof existenceRule>): Rule {
  const matcher = compilePhrases(def.tokens, { caseSensitive: !def.ignorecase });
  return defineRule({
    id,
    meta: { ...ruleMetaOf(def), messages: { existence: def.message } },
    check(ctx) {
      for (const m of matcher.find(ctx.view)) {
        ctx.report({ messageId: 'existence', range: [m.start, m.end], data: { match: ctx.text.slice(m.start, m.end) } });
      }
    },
  });
}
