/**
 * `@rapport/core/thread`: a whole conversation through the analyzer. `analyzeThread` analyzes each
 * message of a ticket's public thread against the message it answers, runs thread-level checks
 * of your own, and averages the agent's scorecard; the per-message analysis is
 * `@rapport/core/analyze`'s.
 *
 * @packageDocumentation
 */
export { analyzeThread } from './analyze-thread.js';
export type {
  AnalyzeThreadOptions,
  AnalyzeThreadResult,
  AnalyzedThreadMessage,
  ThreadCheck,
  ThreadFinding,
  ThreadMessageInput,
} from './analyze-thread.js';
