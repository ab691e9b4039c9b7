import { RapportError } from '../../errors.js';
import { formatPath } from '../../internal/parse.js';
import { parseSchema } from '../engine/parse-schema.js';
import { noRuleOptions } from '../define-rule.js';
import type { AnalyzerConfig, Plugin, Rule, RuleSetting, Severity, SeveritySetting } from '../types.js';
import { builtinRuleList } from './builtin-rules.js';
import { ruleSetting } from './rule-setting-schema.js';
import { array, custom, strictObject, optional, recordOf, string } from './schema-kit.js';

/**
 * One enabled rule after configuration is resolved.
 * @since 0.1.0
 */
export interface ResolvedRule {
  /** The id findings carry (`no-jargon`, `acme/hedging`). */
  readonly ruleId: string;
  /** The rule. */
  readonly rule: Rule;
  /** The effective severity. */
  readonly severity: Severity;
  /** The options after parsing with the rule's schema (defaults applied). */
  readonly options: unknown;
}

/**
 * A configuration after presets, plugins and per-rule settings are applied and validated.
 * @since 0.1.0
 */
export interface ResolvedConfig {
  /** The enabled rules in a stable order (built-ins first, then plugins, each in definition order). */
  readonly rules: readonly ResolvedRule[];
}

const pluginShape = custom<Plugin>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Plugin).namespace === 'string' &&
    typeof (value as Plugin).rules === 'object' &&
    typeof (value as Plugin).presets === 'object',
  'Expected a plugin created with definePlugin',
);

const configSchema = strictObject({
  extends: optional(array(string())),
  plugins: optional(array(pluginShape)),
  rules: optional(recordOf(string(), ruleSetting)),
});

/** The default configuration: the `recommended` preset. */
export const defaultConfig: AnalyzerConfig = Object.freeze({ extends: Object.freeze(['recommended']) });

const resolvedCache = new WeakMap<AnalyzerConfig, ResolvedConfig>();

interface Entry {
  severity: SeveritySetting;
  options: unknown;
  hasOptions: boolean;
}

/**
 * Validates and resolves an ESLint-style configuration: applies the presets in `extends` order,
 * then `rules`, and parses every enabled rule's options with its schema.
 *
 * When to use: to check a configuration early (at startup, or in a settings UI) or to list what
 * it enables. `analyze` and `createAnalyzer` call it for you and cache the result per config object.
 *
 * Details: the presets are `recommended`, `strict`, and `plugin:<namespace>/<name>`. A rule
 * setting of only a severity keeps options set by an earlier preset; `[severity, options]`
 * replaces them. Errors are thrown as `RapportError`: `INVALID_CONFIG` (malformed config, unknown
 * preset, bad severity, duplicate plugin namespace; `issues[0].path` locates it), `UNKNOWN_RULE`
 * (`ruleId` names it) and `INVALID_RULE_OPTIONS` (`ruleId` plus the issue path inside the options).
 *
 * @example
 * ```ts
 * import { isRapportError } from '@rapport/core';
 * import { resolveConfig } from '@rapport/core/analyze';
 *
 * try {
 *   resolveConfig({ rules: { 'no-such-rule': 'error' } });
 * } catch (error) {
 *   if (isRapportError(error)) console.log(error.code, error.ruleId); // 'UNKNOWN_RULE' 'no-such-rule'
 * }
 * ```
 * @since 0.1.0
 */
export function resolveConfig(config: AnalyzerConfig = defaultConfig): ResolvedConfig {
  if (typeof config === 'object' && config !== null) {
    const cached = resolvedCache.get(config);
    if (cached !== undefined) return cached;
  }
  const resolved = resolveUncached(config);
  if (typeof config === 'object' && config !== null) resolvedCache.set(config, resolved);
  return resolved;
}

function resolveUncached(input: AnalyzerConfig): ResolvedConfig {
  const config = parseSchema(configSchema, input, 'INVALID_CONFIG', 'analyzer configuration');
  const registry = new Map<string, Rule>();
  for (const rule of builtinRuleList) registry.set(rule.id, rule);
  const pluginsByNamespace = new Map<string, Plugin>();
  (config.plugins ?? []).forEach((plugin, i) => {
    if (pluginsByNamespace.has(plugin.namespace)) {
      throw configError(['plugins', i, 'namespace'], `two plugins use the namespace "${plugin.namespace}"`);
    }
    pluginsByNamespace.set(plugin.namespace, plugin);
    for (const [id, rule] of Object.entries(plugin.rules)) registry.set(id, rule);
  });

  const entries = new Map<string, Entry>();
  const apply = (ruleId: string, setting: RuleSetting, path: (string | number)[]) => {
    if (!registry.has(ruleId)) {
      throw new RapportError('UNKNOWN_RULE', `Unknown rule "${ruleId}" at ${formatPath(path)}${hintFor(ruleId)}`, {
        ruleId,
        issues: [{ code: 'unknown_rule', path, message: `No built-in or loaded plugin rule is called "${ruleId}"` }],
      });
    }
    const previous = entries.get(ruleId);
    if (typeof setting === 'string') {
      entries.set(ruleId, { severity: setting, options: previous?.options, hasOptions: previous?.hasOptions ?? false });
    } else if (setting.length === 1) {
      entries.set(ruleId, { severity: setting[0], options: previous?.options, hasOptions: previous?.hasOptions ?? false });
    } else {
      entries.set(ruleId, { severity: setting[0], options: setting[1], hasOptions: true });
    }
  };

  (config.extends ?? []).forEach((name, i) => {
    if (name === 'recommended' || name === 'strict') {
      for (const rule of builtinRuleList) {
        if (rule.meta.presets?.includes(name)) apply(rule.id, rule.meta.defaultSeverity ?? 'warning', ['extends', i]);
      }
      return;
    }
    const match = /^plugin:([a-z0-9-]+)\/([A-Za-z0-9_-]+)$/.exec(name);
    const plugin = match ? pluginsByNamespace.get(match[1] as string) : undefined;
    const preset = plugin && match ? plugin.presets[match[2] as string] : undefined;
    if (preset === undefined) {
      throw configError(
        ['extends', i],
        `unknown preset "${name}"; use "recommended", "strict" or "plugin:<namespace>/<preset>" of a plugin listed in plugins`,
      );
    }
    for (const [ruleId, setting] of Object.entries(preset.rules)) apply(ruleId, setting, ['extends', i]);
  });
  for (const [ruleId, setting] of Object.entries(config.rules ?? {})) apply(ruleId, setting as RuleSetting, ['rules', ruleId]);

  const rules: ResolvedRule[] = [];
  for (const [ruleId, rule] of registry) {
    const entry = entries.get(ruleId);
    if (entry === undefined || entry.severity === 'off') continue;
    const schema = rule.meta.options ?? noRuleOptions;
    const options = parseSchema(schema, entry.hasOptions ? entry.options : {}, 'INVALID_RULE_OPTIONS', `options of rule "${ruleId}"`, ruleId);
    rules.push(Object.freeze({ ruleId, rule, severity: entry.severity, options }));
  }
  return Object.freeze({ rules: Object.freeze(rules) });
}

function configError(path: (string | number)[], message: string): RapportError {
  return new RapportError('INVALID_CONFIG', `Invalid analyzer configuration at ${formatPath(path)}: ${message}`, {
    issues: [{ code: 'invalid_config', path, message }],
  });
}

function hintFor(ruleId: string): string {
  return ruleId.includes('/') ? '; is its plugin listed in `plugins`?' : '';
}
