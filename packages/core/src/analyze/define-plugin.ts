import { RapportError } from '../errors.js';
import { ruleSetting } from './config/rule-setting-schema.js';
import { runOn } from './config/schema-kit.js';
import type { Plugin, PluginPreset, Rule, RuleSetting } from './types.js';

/**
 * What `definePlugin` accepts.
 * @since 0.1.0
 */
export interface PluginDefinition {
  /** Lower-case kebab-case namespace; every rule id becomes `<namespace>/<rule id>`. */
  readonly namespace: string;
  /** The plugin's rules (by their own ids, or as a record whose keys are ignored in favour of `rule.id`). */
  readonly rules: readonly Rule[] | Readonly<Record<string, Rule>>;
  /**
   * Presets by name. Rule keys may be short (`hedging`) or full (`acme/hedging`). When
   * `recommended` or `strict` is absent, it is built from the rules whose `meta.presets` list it.
   */
  readonly presets?: Readonly<Record<string, { readonly rules: Readonly<Record<string, RuleSetting>> }>>;
}

const NAMESPACE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function fail(namespace: string, path: (string | number)[], message: string, ruleId?: string): never {
  const where = path.length > 0 ? ` at ${path.join('.')}` : '';
  throw new RapportError('INVALID_PLUGIN', `Invalid plugin "${namespace}"${where}: ${message}`, {
    issues: [{ code: 'invalid_plugin', path, message }],
    ...(ruleId === undefined ? {} : { ruleId }),
  });
}

/**
 * Bundles rules under a namespace, with presets, so users enable them with
 * `plugins: [plugin]` and `extends: ['plugin:<namespace>/recommended']`.
 *
 * When to use: to ship a set of house rules (coded or data rules) as one npm package or module.
 *
 * Details: rule ids are prefixed (`acme/hedging`). Presets `recommended` and `strict` are built
 * from each rule's `meta.presets` unless given explicitly. A bad namespace, a duplicate rule id,
 * or a preset that names an unknown rule or a bad severity throws a `RapportError` with code
 * `INVALID_PLUGIN` and the path of the problem.
 *
 * @example
 * ```ts
 * import { analyze, defineDataRule, definePlugin } from '@rapport/core/analyze';
 *
 * const acme = definePlugin({
 *   namespace: 'acme',
 *   rules: [
 *     defineDataRule({
 *       extends: 'existence',
 *       id: 'no-ticket-speak',
 *       category: 'clarity',
 *       message: 'Say what happens instead of `{{match}}`.',
 *       tokens: ['as per', 'kindly revert'],
 *       presets: ['recommended'],
 *     }),
 *   ],
 * });
 * const result = analyze('Kindly revert with the logs.', {
 *   config: { plugins: [acme], extends: ['plugin:acme/recommended'] },
 * });
 * result.findings[0]?.ruleId; // 'acme/no-ticket-speak'
 * ```
 * @since 0.1.0
 */
export function definePlugin(definition: PluginDefinition): Plugin {
  const namespace = typeof definition?.namespace === 'string' ? definition.namespace : '(unknown)';
  if (!NAMESPACE.test(namespace)) fail(namespace, ['namespace'], 'the namespace must be lower-case kebab-case, e.g. "acme"');
  const ruleList = Array.isArray(definition.rules) ? (definition.rules as readonly Rule[]) : Object.values(definition.rules ?? {});
  const rules: Record<string, Rule> = {};
  ruleList.forEach((rule, i) => {
    if (typeof rule !== 'object' || rule === null || typeof rule.id !== 'string' || typeof rule.check !== 'function') {
      fail(namespace, ['rules', i], 'not a rule; create rules with defineRule or defineDataRule');
    }
    const fullId = `${namespace}/${rule.id}`;
    if (Object.hasOwn(rules, fullId)) fail(namespace, ['rules', i], `duplicate rule id "${rule.id}"`, fullId);
    rules[fullId] = rule;
  });

  const presets: Record<string, PluginPreset> = {};
  for (const name of ['recommended', 'strict'] as const) {
    const enabled: Record<string, RuleSetting> = {};
    for (const [id, rule] of Object.entries(rules)) {
      if (rule.meta.presets?.includes(name)) enabled[id] = rule.meta.defaultSeverity ?? 'warning';
    }
    presets[name] = Object.freeze({ rules: Object.freeze(enabled) });
  }
  for (const [name, preset] of Object.entries(definition.presets ?? {})) {
    const normalized: Record<string, RuleSetting> = {};
    for (const [key, setting] of Object.entries(preset?.rules ?? {})) {
      const fullId = key.includes('/') ? key : `${namespace}/${key}`;
      if (!Object.hasOwn(rules, fullId)) fail(namespace, ['presets', name, 'rules', key], `unknown rule "${key}"`, fullId);
      if (runOn(ruleSetting, setting).issues.length > 0) {
        fail(namespace, ['presets', name, 'rules', key], 'a setting is a severity (off, info, warning, error) or [severity, options]', fullId);
      }
      normalized[fullId] = setting;
    }
    presets[name] = Object.freeze({ rules: Object.freeze(normalized) });
  }
  return Object.freeze({ namespace, rules: Object.freeze(rules), presets: Object.freeze(presets) });
}
