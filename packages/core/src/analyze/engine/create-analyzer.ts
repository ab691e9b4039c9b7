import { resolveConfig, type ResolvedConfig } from '../config/resolve-config.js';
import type { AnalyzeMessageOptions, AnalyzeResult, AnalyzerConfig } from '../types.js';
import { compileRule, type CompiledRule } from './compiled-rule.js';
import { normalizeOptions } from './normalize-options.js';
import { runRules, type RunInput } from './run-rules.js';
import type { TextView } from '../text/text-view.js';
import { defaultSignalProviders } from './signal-providers.js';

/**
 * A configuration compiled once, ready to analyze many messages.
 * @since 0.1.0
 */
export interface Analyzer {
  /** The resolved configuration: the enabled rules with severities and parsed options. */
  readonly config: ResolvedConfig;
  /**
   * Analyzes one message. Never throws because of the text; throws `INVALID_INPUT` for malformed
   * options (a role other than agent/customer, an unparsable `now`) and `UNKNOWN_TIME_ZONE`.
   */
  analyze(text: string, options?: AnalyzeMessageOptions): AnalyzeResult;
}

const analyzerCache = new WeakMap<AnalyzerConfig, Analyzer>();
const runners = new WeakMap<Analyzer, (input: RunInput) => AnalyzeResult>();

/**
 * Internal: analyze with views the caller already built (`analyzeThread` reuses each message's
 * view as the next reply's context instead of tokenizing it twice). The views must be of `text`
 * and `options.context`.
 */
export function analyzeWithViews(analyzer: Analyzer, text: string, options: AnalyzeMessageOptions, view: TextView, contextView: TextView | undefined): AnalyzeResult {
  const run = runners.get(analyzer);
  if (run === undefined) return analyzer.analyze(text, options);
  const input = normalizeOptions(text, options);
  return run(contextView === undefined ? { ...input, view } : { ...input, view, contextView });
}
let defaultAnalyzer: Analyzer | undefined;

/**
 * Compiles a configuration into an analyzer: presets resolved, options parsed, message templates
 * compiled, once.
 *
 * When to use: in hot loops (a CLI over thousands of macros, a benchmark, an editor that
 * re-analyzes on each keystroke). `analyze(text, { config })` does the same behind a cache keyed
 * by the config object, so passing the same object each time is equally cheap.
 *
 * Details: configuration errors are thrown here (see `resolveConfig`). Calling with the same config
 * object returns the same analyzer.
 *
 * @example
 * ```ts
 * import { createAnalyzer } from '@rapport/core/analyze';
 *
 * const analyzer = createAnalyzer({ extends: ['recommended'] });
 * for (const reply of ['Hi Sam, the VPN is back.', 'Restart it.']) {
 *   const { findings, scorecard } = analyzer.analyze(reply, { role: 'agent', channel: 'email' });
 *   console.log(findings.length, scorecard.clarity.score);
 * }
 * ```
 * @since 0.1.0
 */
export function createAnalyzer(config?: AnalyzerConfig): Analyzer {
  if (config === undefined && defaultAnalyzer !== undefined) return defaultAnalyzer;
  if (config !== undefined && typeof config === 'object' && config !== null) {
    const cached = analyzerCache.get(config);
    if (cached !== undefined) return cached;
  }
  const resolved = resolveConfig(config);
  const rules: readonly CompiledRule[] = resolved.rules.map((r) => compileRule(r.ruleId, r.rule, r.severity, r.options));
  const analyzer: Analyzer = Object.freeze({
    config: resolved,
    analyze(text: string, options?: AnalyzeMessageOptions): AnalyzeResult {
      return runRules(rules, normalizeOptions(text, options), defaultSignalProviders);
    },
  });
  runners.set(analyzer, (input) => runRules(rules, input, defaultSignalProviders));
  if (config === undefined) defaultAnalyzer = analyzer;
  else if (typeof config === 'object' && config !== null) analyzerCache.set(config, analyzer);
  return analyzer;
}
