/**
 * `@rapport/core/analyze`: the message-quality analyzer. `analyze` one message (a whole
 * conversation: `analyzeThread` in `@rapport/core/thread`) and get findings with ranges and suggested edits, a
 * per-category scorecard and shared signals; extend it with `defineRule`, `definePlugin` and data
 * rules; configure it ESLint-style with presets.
 *
 * @packageDocumentation
 */
// The exports are in the order that compresses best: it sets the order of the modules in a bundle
// of the whole subpath (found as in `rules/index.ts`; the public API is the same in any order).
export type { Analyzer } from './engine/create-analyzer.js';
export { builtinRules } from './rules/index.js';
export { applyEdits } from './engine/apply-edits.js';
export { dataRuleHeaderSchema } from './data-rules/data-rule-header.js';
export { defineRule } from './define-rule.js';
export type { NoRuleOptions, RuleDefinition } from './define-rule.js';
export type { PluginDefinition } from './define-plugin.js';
export { createAnalyzer } from './engine/create-analyzer.js';
export { defineDataRule, dataRuleSchema } from './data-rules/define-data-rule.js';
export type { DataRuleDefinition } from './data-rules/define-data-rule.js';
export { loadDataRules } from './data-rules/load-data-rules.js';
export { existenceRuleSchema } from './data-rules/existence.js';
export type { ExistenceRuleDefinition } from './data-rules/existence.js';
export { substitutionRuleSchema } from './data-rules/substitution.js';
export type { SubstitutionRuleDefinition } from './data-rules/substitution.js';
export { occurrenceRuleSchema } from './data-rules/occurrence.js';
export type { OccurrenceRuleDefinition } from './data-rules/occurrence.js';
export { resolveConfig } from './config/resolve-config.js';
export type { ResolvedConfig, ResolvedRule } from './config/resolve-config.js';
export { ruleSettingSchema, severitySettingSchema } from './config/rule-setting-schema.js';
export type { SchemaOutput, StandardSchema, StandardSchemaResult } from './engine/parse-schema.js';
export { definePlugin } from './define-plugin.js';
export { analyze } from './analyze.js';
export { compilePhrases } from './engine/phrase-matcher.js';
export type { CompilePhrasesOptions, FindPhrasesOptions, PhraseMatch, PhraseMatcher } from './engine/phrase-matcher.js';
export { findingWeights, scoreCategories } from './engine/scorecard.js';
export type { SignalEnvironment } from './engine/lazy-signals.js';
export { readability } from './signals/readability.js';
export type { ReadabilityFigures, ReadabilityOptions } from './signals/readability.js';
export { findQuestions } from './signals/questions.js';
export type { DetectedQuestion, QuestionKind } from './signals/questions.js';
export { findCommitments } from './signals/commitments.js';
export type { DetectedCommitment, FindCommitmentsOptions } from './signals/commitments.js';
export { scoreSentiment } from './learned/sentiment.js';
export type { SentimentEvidence, SentimentSignal } from './learned/sentiment.js';
export { scoreFrustration } from './learned/frustration.js';
export type { FrustrationCueKind, FrustrationEvidence, FrustrationOptions, FrustrationSignal } from './learned/frustration.js';
export { scoreEgoState } from './learned/ego-state.js';
export type { EgoStateEvidence, EgoStateName, EgoStateOptions, EgoStateSignal } from './learned/ego-state.js';
export { scorePoliteness } from './learned/politeness.js';
export type { PolitenessContribution, PolitenessSignal } from './learned/politeness.js';
export { classifyQuestion, findQuestionTypes, retypeQuestions } from './learned/question-type.js';
export type { QuestionTypeSignal } from './learned/question-type.js';
export { createTextView } from './text/text-view.js';
export type { Sentence, TextView, Token, TokenKind } from './text/text-view.js';
export type {
  AnalyzeDiagnostic,
  RuleFailedDiagnostic,
  SignalFailedDiagnostic,
  AnalyzeMessageOptions,
  AnalyzeOptions,
  AnalyzeResult,
  AnalyzeSignals,
  AnalyzerConfig,
  AuthorRole,
  CategoryScore,
  CommitmentSignal,
  Finding,
  Instant,
  Plugin,
  PluginPreset,
  PresetName,
  QuestionSignal,
  ReadabilitySignal,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleMeta,
  RuleSetting,
  Scorecard,
  ScoreCategory,
  Severity,
  SeveritySetting,
  Suggestion,
  TextEdit,
  TextRange,
} from './types.js';
