import { array, nonEmpty, strictObject, oneOf, oneOfValues, recordOf, refineTo, string, trim, type Input, type Output } from '../config/schema-kit.js';
import type { StandardSchema } from '../engine/parse-schema.js';
import { defineRule } from '../define-rule.js';
import { compilePhrases } from '../engine/phrase-matcher.js';
import type { Rule, Suggestion } from '../types.js';
import { dataRuleHeader } from './data-rule-header.js';
import { ruleMetaOf } from './rule-meta-of.js';

const phrase = () => string().check(nonEmpty);

/** The `substitution` rule kind (the exported schema below is this object). */
export const substitutionRule = strictObject({
  ...dataRuleHeader.shape,
  extends: oneOfValues(['substitution']),
  swap: recordOf(string().check(trim, nonEmpty), oneOf([phrase(), array(phrase()).check(nonEmpty)])).check(
    refineTo((swap) => Object.keys(swap).length > 0, 'at least one swap is required'),
  ),
});

/**
 * A `substitution` data rule, as written in JSON or YAML.
 * @since 0.1.0
 */
export type SubstitutionRuleDefinition = Input<typeof substitutionRule>;

/**
 * The schema of a `substitution` data rule: report each phrase of `swap` (phrase →
 * replacement, or several replacements, each becoming a suggestion). Message placeholders:
 * `{{match}}` (as written) and `{{replacement}}` (the replacements joined with " or ").
 *
 * @example
 * ```ts
 * import { substitutionRuleSchema } from '@rapport/core/analyze';
 *
 * const result = substitutionRuleSchema['~standard'].validate({
 *   extends: 'substitution',
 *   message: 'Say `{{replacement}}` instead of `{{match}}`.',
 *   swap: { utilize: 'use', 'reach out': ['contact', 'write to'] },
 * });
 * 'issues' in result && result.issues; // undefined: valid
 * ```
 * @since 0.1.0
 */
export const substitutionRuleSchema: StandardSchema<SubstitutionRuleDefinition, Output<typeof substitutionRule>> = substitutionRule;

/** Gives `replacement` the case pattern of `match` (Capitalized or UPPER), else leaves it. */
function matchCase(match: string, replacement: string): string {
  if (match.length > 1 && match === match.toUpperCase() && match !== match.toLowerCase()) return replacement.toUpperCase();
  const first = match.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Compiles a parsed substitution rule. */
export function compileSubstitutionRule(id: string, def: Output<typeof substitutionRule>): Rule {
  const phrases = Object.keys(def.swap);
  const replacements = phrases.map((p) => {
    const r = def.swap[p] as string | string[];
    return typeof r === 'string' ? [r] : r;
  });
  const lowerReplacements = replacements.map((list) => new Set(list.map((r) => r.toLowerCase())));
  const matcher = compilePhrases(phrases, { caseSensitive: !def.ignorecase });
  return defineRule({
    id,
    meta: { ...ruleMetaOf(def), messages: { substitution: def.message } },
    check(ctx) {
      for (const m of matcher.find(ctx.view)) {
        const match = ctx.text.slice(m.start, m.end);
        // "e-mail" -> "email" must not flag "email" itself (a hyphen variant of the phrase).
        if (lowerReplacements[m.phraseIndex]?.has(match.toLowerCase())) continue;
        const cased = (replacements[m.phraseIndex] ?? []).map((r) => matchCase(match, r));
        const suggestions: Suggestion[] = cased.map((r) => ({ desc: `Replace with \`${r}\``, edits: [{ range: [m.start, m.end], text: r }] }));
        ctx.report({
          messageId: 'substitution',
          range: [m.start, m.end],
          data: { match, replacement: cased.join(' or ') },
          expected: cased,
          suggestions,
        });
      }
    },
  });
}
