import { RapportError } from '../../errors.js';
import type { Rule } from '../types.js';
import { defineDataRule, type DataRuleDefinition } from './define-data-rule.js';

/**
 * Compiles many data rules at once: an array of definitions (each with an `id`), or a record
 * keyed by id (e.g. one entry per YAML file, keyed by file name).
 *
 * When to use: to turn a folder of JSON/YAML rule files into rules. Parsing YAML stays outside
 * the core (the CLI does it), so a browser bundle carries no YAML parser.
 *
 * Details: each definition is validated; the first bad one throws `INVALID_RULE` naming its id
 * and the path inside it. Duplicate ids throw `INVALID_RULE` too.
 *
 * @example
 * ```ts
 * import { definePlugin, loadDataRules } from '@rapport/core/analyze';
 *
 * const rules = loadDataRules({
 *   'no-ticket-speak': { extends: 'existence', message: 'Avoid `{{match}}`.', tokens: ['as per', 'kindly revert'] },
 *   'shouting': { extends: 'occurrence', message: '{{count}} exclamation marks.', tokens: ['!'], max: 1 },
 * });
 * const house = definePlugin({ namespace: 'house', rules });
 * ```
 * @since 0.1.0
 */
export function loadDataRules(definitions: readonly DataRuleDefinition[] | Readonly<Record<string, DataRuleDefinition>>): Rule[] {
  const entries: [string | undefined, DataRuleDefinition][] = Array.isArray(definitions)
    ? (definitions as readonly DataRuleDefinition[]).map((d) => [undefined, d])
    : Object.entries(definitions as Readonly<Record<string, DataRuleDefinition>>);
  const seen = new Set<string>();
  return entries.map(([key, definition]) => {
    const rule = defineDataRule(definition, key);
    if (seen.has(rule.id)) {
      throw new RapportError('INVALID_RULE', `Duplicate data rule id "${rule.id}"`, {
        ruleId: rule.id,
        issues: [{ code: 'duplicate_rule', path: ['id'], message: `"${rule.id}" is defined twice` }],
      });
    }
    seen.add(rule.id);
    return rule;
  });
}
