import * as z from 'zod/mini';
import { boolean, matches, trim, url } from '../config/lean-zod.js';
import { scoreCategories } from '../engine/scorecard.js';

/**
 * The fields every data rule shares, whatever its check kind (`extends`). Unknown fields are an
 * error (a misspelt `ignoreCase` must not be silently ignored).
 *
 * - `id`: lower-case kebab-case; when loading a record of rules, the key is used if absent.
 * - `message`: the finding's message; placeholders depend on the kind (`{{match}}`...).
 * - `description`: one sentence on what the rule wants (default: the message).
 * - `level`: the severity when enabled without one (default `warning`).
 * - `category`: the scorecard category (default `clarity`).
 * - `ignorecase`: match regardless of case (default `true`).
 * - `roles`: the author roles it applies to (default: both).
 * - `presets`: the presets of its plugin that enable it.
 * - `link`: a public documentation URL, copied into findings.
 *
 * @example
 * ```ts
 * import { dataRuleHeaderSchema } from '@rapport/core/analyze';
 * import * as z from 'zod/mini';
 *
 * z.parse(dataRuleHeaderSchema, { message: 'Avoid `{{match}}`.' }).level; // 'warning'
 * ```
 * @since 0.1.0
 */
export const dataRuleHeaderSchema = z.strictObject({
  id: z.optional(z.string().check(matches(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, e.g. "no-ticket-speak"'))),
  message: z.string().check(z.minLength(1)),
  description: z.optional(z.string().check(z.minLength(1))),
  level: z._default(z.enum(['info', 'warning', 'error']), 'warning'),
  category: z._default(z.enum(scoreCategories), 'clarity'),
  ignorecase: z._default(boolean(), true),
  roles: z.optional(z.array(z.enum(['agent', 'customer'])).check(z.minLength(1))),
  presets: z.optional(z.array(z.enum(['recommended', 'strict']))),
  link: z.optional(url()),
});

/** A list of phrases: at least one, none blank. */
export const phraseListSchema = z.array(z.string().check(trim, z.minLength(1))).check(z.minLength(1));
