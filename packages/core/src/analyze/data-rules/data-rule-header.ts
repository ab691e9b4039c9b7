import { array, boolean, matches, nonEmpty, strictObject, oneOfValues, optional, string, trim, url, withDefault, type Input, type Output } from '../config/schema-kit.js';
import type { StandardSchema } from '../engine/parse-schema.js';
import { scoreCategories } from '../engine/scorecard.js';

/** The fields every data rule shares (the exported schema below is this object). */
export const dataRuleHeader = strictObject({
  id: optional(string().check(matches(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, e.g. "no-ticket-speak"'))),
  message: string().check(nonEmpty),
  description: optional(string().check(nonEmpty)),
  level: withDefault(oneOfValues(['info', 'warning', 'error']), 'warning'),
  category: withDefault(oneOfValues(scoreCategories), 'clarity'),
  ignorecase: withDefault(boolean(), true),
  roles: optional(array(oneOfValues(['agent', 'customer'])).check(nonEmpty)),
  presets: optional(array(oneOfValues(['recommended', 'strict']))),
  link: optional(url()),
});

/** The header's parsed output. */
export type DataRuleHeader = Output<typeof dataRuleHeader>;

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
 *
 * dataRuleHeaderSchema['~standard'].validate({ message: 'Avoid `{{match}}`.' }); // { value: { message: 'Avoid `{{match}}`.', level: 'warning', ... } }
 * ```
 * @since 0.1.0
 */
export const dataRuleHeaderSchema: StandardSchema<Input<typeof dataRuleHeader>, DataRuleHeader> = dataRuleHeader;

/** A list of phrases: at least one, none blank. */
export const phraseList = array(string().check(trim, nonEmpty)).check(nonEmpty);
