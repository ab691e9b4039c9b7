import * as z from 'zod/mini';
import { defineRule } from '../define-rule.js';
import { compilePhrases } from '../engine/phrase-matcher.js';
import type { Rule } from '../types.js';
import { dataRuleHeaderSchema, phraseListSchema } from './data-rule-header.js';
import { ruleMetaOf } from './rule-meta-of.js';

/**
 * The zod schema of an `existence` data rule: report every occurrence of any of `tokens` (words
 * or phrases; `*` matches any one word). Message placeholder: `{{match}}`.
 *
 * @example
 * ```ts
 * import { existenceRuleSchema } from '@rapport/core/analyze';
 * import * as z from 'zod/mini';
 *
 * z.safeParse(existenceRuleSchema, { extends: 'existence', message: 'Avoid `{{match}}`.', tokens: ['as per'] }).success; // true
 * ```
 * @since 0.1.0
 */
export const existenceRuleSchema = z.strictObject({
  ...dataRuleHeaderSchema.def.shape,
  extends: z.enum(['existence']),
  tokens: phraseListSchema,
});

/**
 * An `existence` data rule, as written in JSON or YAML.
 * @since 0.1.0
 */
export type ExistenceRuleDefinition = z.input<typeof existenceRuleSchema>;

/** Compiles a parsed existence rule. */
export function compileExistenceRule(id: string, def: z.output<typeof existenceRuleSchema>): Rule {
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
