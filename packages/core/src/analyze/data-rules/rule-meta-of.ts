import type { DataRuleHeader as Header } from './data-rule-header.js';

/** The `RuleMeta` fields that come from a data rule's shared header. */
export function ruleMetaOf(def: Header) {
  return {
    description: def.description ?? def.message,
    category: def.category,
    defaultSeverity: def.level,
    ...(def.roles === undefined ? {} : { roles: def.roles }),
    ...(def.presets === undefined ? {} : { presets: def.presets }),
    ...(def.link === undefined ? {} : { url: def.link }),
  };
}
