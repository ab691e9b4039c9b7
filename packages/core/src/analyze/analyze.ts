import { createAnalyzer } from './engine/create-analyzer.js';
import type { AnalyzeOptions, AnalyzeResult } from './types.js';

/**
 * Analyzes one message: runs the configured rules over it and returns findings (with ranges,
 * the actual text and suggested edits), a per-category scorecard, and shared signals.
 *
 * When to use: for one message at a time (an agent's draft in the editor, a customer's incoming
 * message). For a conversation use `analyzeThread` (`@rapport/core/thread`); for many messages with one configuration,
 * `createAnalyzer` (or pass the same `config` object every time: compiled configs are cached).
 *
 * Details: synchronous and pure. It never throws because of the text: empty strings, 1 MB
 * strings, lone surrogates and NUL bytes are analyzed like any other. A rule that throws is
 * dropped for that message and reported in `diagnostics`. Configuration errors (an unknown rule,
 * bad options) and malformed options are thrown as `RapportError`. All ranges are UTF-16,
 * end-exclusive, into `text`. The default configuration is `{ extends: ['recommended'] }`.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const result = analyze('Just reboot it, it is simple.', {
 *   role: 'agent',
 *   channel: 'email',
 *   context: 'My laptop will not connect to the VPN since this morning.',
 * });
 * for (const finding of result.findings) {
 *   console.log(finding.ruleId, finding.range, finding.message);
 * }
 * result.scorecard.respect.score; // a number in [0, 1], or null when no respect rule applies
 * ```
 * @since 0.1.0
 */
export function analyze(text: string, options?: AnalyzeOptions): AnalyzeResult {
  return createAnalyzer(options?.config).analyze(text, options);
}
