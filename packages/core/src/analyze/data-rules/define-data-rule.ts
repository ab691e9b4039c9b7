import { RapportError } from '../../errors.js';
import { formatPath } from '../../internal/parse.js';
import { isObject, raise, runOn, schema, type Output, type Schema } from '../config/schema-kit.js';
import { parseSchema, type StandardSchema } from '../engine/parse-schema.js';
import type { Rule } from '../types.js';
import { compileExistenceRule, existenceRule, type ExistenceRuleDefinition } from './existence.js';
import { compileOccurrenceRule, occurrenceRule, type OccurrenceRuleDefinition } from './occurrence.js';
import { compileSubstitutionRule, substitutionRule, type SubstitutionRuleDefinition } from './substitution.js';

/**
 * A data rule as written in JSON or YAML: one of the check kinds, picked by `extends`.
 * @since 0.1.0
 */
export type DataRuleDefinition = ExistenceRuleDefinition | SubstitutionRuleDefinition | OccurrenceRuleDefinition;

type ParsedDataRule = Output<typeof existenceRule> | Output<typeof substitutionRule> | Output<typeof occurrenceRule>;

const kindSchemas = { existence: existenceRule, substitution: substitutionRule, occurrence: occurrenceRule };

// Any data rule: the kind that `extends` names (the exported schema below is this object).
const dataRule = schema<ParsedDataRule, DataRuleDefinition>((payload) => {
  const value: unknown = payload.value;
  if (!isObject(value)) {
    raise(payload, 'invalid_type', { expected: 'object' });
    return;
  }
  const kind = (value as { extends?: unknown }).extends;
  if (typeof kind !== 'string' || !Object.hasOwn(kindSchemas, kind)) {
    const options = Object.keys(kindSchemas);
    raise(payload, 'invalid_union', { errors: [], note: 'No matching discriminator', discriminator: 'extends', options, path: ['extends'] });
    return;
  }
  const result = runOn(kindSchemas[kind as keyof typeof kindSchemas] as Schema<ParsedDataRule, unknown>, value);
  payload.value = result.value;
  payload.issues.push(...result.issues);
});

/**
 * The schema of any data rule: the schema of the kind that `extends` names.
 *
 * Details: it behaves as a union discriminated on `extends` (an object is required; an unknown
 * kind is an `invalid_union` issue at `extends`; otherwise the issues and output are the kind's),
 * as zod's discriminated union would.
 *
 * @example
 * ```ts
 * import { dataRuleSchema } from '@rapport/core/analyze';
 *
 * const result = dataRuleSchema['~standard'].validate({ extends: 'spelling', message: 'x' });
 * 'issues' in result && result.issues?.[0]?.path; // ['extends']: unknown kind
 * ```
 * @since 0.1.0
 */
export const dataRuleSchema: StandardSchema<DataRuleDefinition, ParsedDataRule> = dataRule;

// One compiler per check kind. The mapped type makes a new kind without a compiler a compile
// error, as `match(...).exhaustive()` would, without shipping ts-pattern (1.8 kB gzip) to browsers
// for this one branch.
const compilers: { readonly [K in ParsedDataRule['extends']]: (id: string, def: Extract<ParsedDataRule, { extends: K }>) => Rule } = {
  existence: compileExistenceRule,
  substitution: compileSubstitutionRule,
  occurrence: compileOccurrenceRule,
};

/**
 * Compiles a data rule (Vale-style: `existence`, `substitution` or `occurrence`) into a rule.
 *
 * When to use: for house word lists and swaps that need no code, e.g. loaded from a YAML file by
 * the CLI, or kept as JSON beside your config. Package them with `definePlugin` to enable them.
 *
 * Details: the definition is validated by `dataRuleSchema`; a bad one throws a `RapportError` with code
 * `INVALID_RULE`, the rule id (`id`, or `fallbackId` when given) and the path of the first
 * bad field. Phrases are compiled into a token trie once, here. Matching uses the shared
 * tokens: case-insensitive unless `ignorecase: false`; `*` matches any one word.
 *
 * @example
 * ```ts
 * import { analyze, defineDataRule, definePlugin } from '@rapport/core/analyze';
 *
 * const swaps = defineDataRule({
 *   extends: 'substitution',
 *   id: 'plain-verbs',
 *   message: 'Say `{{replacement}}` instead of `{{match}}`.',
 *   swap: { utilize: 'use', 'reach out': 'contact' },
 * });
 * const config = { plugins: [definePlugin({ namespace: 'house', rules: [swaps] })], rules: { 'house/plain-verbs': 'warning' as const } };
 * analyze('Please utilize the portal.', { config }).findings[0]?.suggestions[0]?.desc; // 'Replace with `use`'
 * ```
 * @since 0.1.0
 */
export function defineDataRule(definition: DataRuleDefinition, fallbackId?: string): Rule {
  const rawId = (definition as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' ? rawId : fallbackId;
  const parsed = parseSchema(dataRule, definition, 'INVALID_RULE', `data rule "${id ?? '(no id)'}"`, id);
  const ruleId = parsed.id ?? fallbackId;
  if (ruleId === undefined || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(ruleId)) {
    throw new RapportError('INVALID_RULE', `Invalid data rule at ${formatPath(['id'])}: an id in lower-case kebab-case is required`, {
      issues: [{ code: 'invalid_rule', path: ['id'], message: 'an id in lower-case kebab-case is required' }],
      ...(ruleId === undefined ? {} : { ruleId }),
    });
  }
  try {
    const compile = compilers[parsed.extends] as (id: string, def: ParsedDataRule) => Rule;
    return compile(ruleId, parsed);
  } catch (error) {
    // A phrase that tokenizes to nothing (e.g. only punctuation the tokenizer drops).
    if (error instanceof RapportError && error.code === 'INVALID_INPUT') {
      const index = error.issues[0]?.path[0] ?? 0;
      const field = parsed.extends === 'substitution' ? 'swap' : 'tokens';
      throw new RapportError('INVALID_RULE', `Invalid data rule "${ruleId}" at ${field}[${index}]: ${error.message}`, {
        ruleId,
        issues: [{ code: 'invalid_rule', path: [field, index], message: error.message }],
      });
    }
    throw error;
  }
}
