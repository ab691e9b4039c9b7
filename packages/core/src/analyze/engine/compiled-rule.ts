import type { Rule, ScoreCategory, Severity } from '../types.js';
import { compileTemplate, type MessageTemplate } from './message-template.js';
import { categoryIndex } from './scorecard.js';

/** A rule ready to run: its configured severity and parsed options, templates compiled. */
export interface CompiledRule {
  /** The id findings carry (namespaced for plugin rules). */
  readonly ruleId: string;
  /** The rule itself. */
  readonly rule: Rule;
  /** The configured severity. */
  readonly severity: Severity;
  /** The parsed options (defaults applied). */
  readonly options: unknown;
  /** The rule's category. */
  readonly category: ScoreCategory;
  /** The category's index in `scoreCategories`. */
  readonly categoryIndex: number;
  /** Whether it runs on agent messages. */
  readonly forAgent: boolean;
  /** Whether it runs on customer messages. */
  readonly forCustomer: boolean;
  /** Whether it runs only with a context message. */
  readonly needsContext: boolean;
  /** Compiled message templates by message id. */
  readonly templates: ReadonlyMap<string, MessageTemplate>;
  /** The documentation link copied into findings. */
  readonly url: string | undefined;
}

const templateCache = new WeakMap<Rule, ReadonlyMap<string, MessageTemplate>>();

/** The compiled templates of a rule, compiled once per rule object. */
export function templatesOf(rule: Rule): ReadonlyMap<string, MessageTemplate> {
  let templates = templateCache.get(rule);
  if (templates === undefined) {
    const map = new Map<string, MessageTemplate>();
    for (const [id, source] of Object.entries(rule.meta.messages as Record<string, string>)) map.set(id, compileTemplate(source));
    templates = map;
    templateCache.set(rule, templates);
  }
  return templates;
}

/** Prepares `rule` to run under `ruleId` with `severity` and already-parsed `options`. */
export function compileRule(ruleId: string, rule: Rule, severity: Severity, options: unknown): CompiledRule {
  const roles = rule.meta.roles;
  return {
    ruleId,
    rule,
    severity,
    options,
    category: rule.meta.category,
    categoryIndex: categoryIndex[rule.meta.category],
    forAgent: roles === undefined || roles.includes('agent'),
    forCustomer: roles === undefined || roles.includes('customer'),
    needsContext: rule.meta.needsContext === true,
    templates: templatesOf(rule),
    url: rule.meta.url,
  };
}
