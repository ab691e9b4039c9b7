import { builtinRules } from '../rules/index.js';
import type { Rule } from '../types.js';

/**
 * The built-in English rule pack, in a stable order. The rule modules live in `../rules/`; this
 * module is the single place the engine reads them from.
 */
export const builtinRuleList: readonly Rule[] = builtinRules;
