/**
 * Test and benchmark helper: an analyzer running the whole built-in pack (every rule at `info`)
 * through the public plugin API, independent of how the engine wires the default presets.
 */
import { createAnalyzer, type Analyzer } from '../../engine/create-analyzer.js';
import { definePlugin } from '../../define-plugin.js';
import type { AnalyzerConfig } from '../../types.js';
import { builtinRules } from '../index.js';

export const PACK_NAMESPACE = 'pack';

/** An analyzer with every built-in rule enabled (namespaced `pack/<id>`), or only `presets`' rules. */
export function createPackAnalyzer(preset?: 'recommended' | 'strict'): Analyzer {
  const rules = preset === undefined ? builtinRules : builtinRules.filter((r) => r.meta.presets?.includes(preset));
  const plugin = definePlugin({ namespace: PACK_NAMESPACE, rules });
  const config: AnalyzerConfig = {
    plugins: [plugin],
    rules: Object.fromEntries(rules.map((r) => [`${PACK_NAMESPACE}/${r.id}`, r.meta.defaultSeverity ?? 'warning'])),
  };
  return createAnalyzer(config);
}
