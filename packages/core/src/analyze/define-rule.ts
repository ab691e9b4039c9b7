import { RapportError } from '../errors.js';
import { strictObject } from './config/schema-kit.js';
import type { SchemaOutput, StandardSchema } from './engine/parse-schema.js';
import { scoreCategories } from './engine/scorecard.js';
import type { Rule, RuleContext, RuleMeta } from './types.js';

/**
 * What `defineRule` accepts: the id, the metadata and the check function.
 *
 * @typeParam MessageId - Inferred from the keys of `meta.messages`.
 * @typeParam Options - Inferred from `meta.options` (no options when absent).
 * @since 0.1.0
 */
export interface RuleDefinition<MessageId extends string, Options extends StandardSchema> {
  /** The rule id: lower-case kebab-case, without a namespace (`no-jargon`). */
  readonly id: string;
  /** What the rule checks, its messages, options and defaults. */
  readonly meta: RuleMeta<MessageId, Options>;
  /** Checks one message; `context.report` accepts only the declared message ids. */
  check(context: RuleContext<MessageId, SchemaOutput<Options>>): void;
}

/**
 * The options schema of a rule that declares none: an empty object that rejects unknown keys.
 * @since 0.1.0
 */
export type NoRuleOptions = StandardSchema<Record<string, never>, Record<string, never>>;

/** The schema used when a rule declares no options (shared; unknown keys are an error). */
export const noRuleOptions: NoRuleOptions = strictObject({}) as NoRuleOptions;

const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CATEGORIES = new Set<string>(scoreCategories);
const SEVERITIES = new Set(['info', 'warning', 'error']);
const ROLES = new Set(['agent', 'customer']);
const PRESETS = new Set(['recommended', 'strict']);

/**
 * Defines an analyzer rule: metadata (messages with `{{placeholders}}`, an options schema with
 * defaults, severity, roles, presets) and a check function that reports findings.
 *
 * When to use: for any check that needs code. For word lists and swaps, a data rule
 * (`defineDataRule`) needs no code at all.
 *
 * Details: the message ids are inferred from `meta.messages`, so `context.report` with an id the
 * rule does not declare is a type error; `context.options` is the parsed output of
 * `meta.options` (defaults applied). The definition is checked at once (id format, category,
 * messages, severities, roles, presets) and a malformed one throws a `RapportError` with code
 * `INVALID_RULE`, the rule id and the path of the bad field. The returned rule is frozen.
 * The options schema is any synchronous Standard Schema: `zod` or `zod/mini` (prefer `zod/mini`
 * for rules that run in browsers; it is a fraction of the size), Valibot, ArkType.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { analyze, defineRule, definePlugin } from '@rapport/core/analyze';
 *
 * const noAsap = defineRule({
 *   id: 'no-asap',
 *   meta: {
 *     description: 'Give a time instead of "ASAP".',
 *     category: 'expectations',
 *     messages: { vague: '`{{word}}` promises no time; say when.' },
 *     options: z.object({ replacement: z._default(z.string(), 'by 3 pm today') }),
 *   },
 *   check(ctx) {
 *     for (const token of ctx.view.tokens) {
 *       if (token.lower !== 'asap') continue;
 *       ctx.report({
 *         messageId: 'vague',
 *         range: [token.start, token.end],
 *         data: { word: token.text },
 *         suggestions: [{ desc: 'Name a time', edits: [{ range: [token.start, token.end], text: ctx.options.replacement }] }],
 *       });
 *     }
 *   },
 * });
 *
 * const acme = definePlugin({ namespace: 'acme', rules: [noAsap] });
 * const result = analyze('We will fix it ASAP.', {
 *   config: { plugins: [acme], rules: { 'acme/no-asap': 'warning' } },
 * });
 * result.findings[0]?.message; // '`ASAP` promises no time; say when.'
 * ```
 * @since 0.1.0
 */
export function defineRule<const MessageId extends string, Options extends StandardSchema = NoRuleOptions>(
  definition: RuleDefinition<MessageId, Options>,
): Rule<MessageId, Options> {
  validateDefinition(definition as unknown as RuleDefinition<string, StandardSchema>);
  const meta = Object.freeze({
    ...definition.meta,
    messages: Object.freeze({ ...definition.meta.messages }),
  });
  return Object.freeze({ id: definition.id, meta, check: definition.check });
}

function fail(id: string, path: (string | number)[], message: string): never {
  const where = path.length > 0 ? ` at ${path.join('.')}` : '';
  throw new RapportError('INVALID_RULE', `Invalid rule "${id}"${where}: ${message}`, {
    ruleId: id,
    issues: [{ code: 'invalid_rule', path, message }],
  });
}

function validateDefinition(def: RuleDefinition<string, StandardSchema>): void {
  if (typeof def !== 'object' || def === null) fail('(unknown)', [], 'a rule definition must be an object');
  const id = typeof def.id === 'string' ? def.id : '(unknown)';
  if (typeof def.id !== 'string' || !RULE_ID.test(def.id)) {
    fail(id, ['id'], 'the id must be lower-case kebab-case without a namespace, e.g. "no-jargon"');
  }
  const meta = def.meta as Partial<RuleMeta<string, StandardSchema>> | undefined;
  if (typeof meta !== 'object' || meta === null) fail(id, ['meta'], 'meta must be an object');
  if (typeof meta.description !== 'string' || meta.description.length === 0) {
    fail(id, ['meta', 'description'], 'a non-empty description is required');
  }
  if (!CATEGORIES.has(meta.category as string)) {
    fail(id, ['meta', 'category'], `unknown category "${String(meta.category)}"`);
  }
  const messages = meta.messages as Record<string, unknown> | undefined;
  if (typeof messages !== 'object' || messages === null || Object.keys(messages).length === 0) {
    fail(id, ['meta', 'messages'], 'at least one message is required');
  }
  for (const [key, template] of Object.entries(messages)) {
    if (typeof template !== 'string' || template.length === 0) {
      fail(id, ['meta', 'messages', key], 'a message must be a non-empty string');
    }
  }
  if (meta.options !== undefined && typeof (meta.options as Partial<StandardSchema> | null)?.['~standard']?.validate !== 'function') {
    fail(id, ['meta', 'options'], 'options must be a Standard Schema (zod 4, Valibot, ArkType...)');
  }
  if (meta.defaultSeverity !== undefined && !SEVERITIES.has(meta.defaultSeverity)) {
    fail(id, ['meta', 'defaultSeverity'], `unknown severity "${String(meta.defaultSeverity)}"`);
  }
  meta.roles?.forEach((role, i) => {
    if (!ROLES.has(role)) fail(id, ['meta', 'roles', i], `unknown role "${String(role)}"`);
  });
  meta.presets?.forEach((preset, i) => {
    if (!PRESETS.has(preset)) fail(id, ['meta', 'presets', i], `unknown preset "${String(preset)}"`);
  });
  if (typeof def.check !== 'function') fail(id, ['check'], 'check must be a function');
}
