import type { z } from 'zod';
import type { dataRuleHeaderSchema } from './data-rule-header.js';

type Header = z.output<typeof dataRuleHeaderSchema>;

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
