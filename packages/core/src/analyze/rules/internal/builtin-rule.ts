import { defineRule, type NoRuleOptions, type RuleDefinition } from '../../define-rule.js';
import type { StandardSchema } from '../../engine/parse-schema.js';
import type { Rule, RuleMeta } from '../../types.js';

/** A built-in rule's definition: `meta.docs` is implied by the id. */
export interface BuiltinRuleDefinition<MessageId extends string, Options extends StandardSchema> extends Omit<RuleDefinition<MessageId, Options>, 'meta'> {
  /** Everything but `docs`, which is always `docs/rules/<id>.md`. */
  readonly meta: Omit<RuleMeta<MessageId, Options>, 'docs'>;
}

/**
 * `defineRule` for the English pack: every built-in rule has its page at `docs/rules/<id>.md`, so
 * the path is derived from the id rather than written out thirty times.
 */
export function builtinRule<const MessageId extends string, Options extends StandardSchema = NoRuleOptions>(
  definition: BuiltinRuleDefinition<MessageId, Options>,
): Rule<MessageId, Options> {
  return defineRule<MessageId, Options>({ ...definition, meta: { ...definition.meta, docs: `docs/rules/${definition.id}.md` } });
}
