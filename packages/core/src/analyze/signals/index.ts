/**
 * The rule-based signals of `@rapport/core/analyze`: readability figures, questions and time
 * commitments. Each is a pure function of a `TextView`; the engine wires them into
 * `ctx.signals` and `result.signals`.
 */
export { readability } from './readability.js';
export type { ReadabilityFigures, ReadabilityOptions } from './readability.js';
export { findQuestions } from './questions.js';
export type { DetectedQuestion, QuestionKind } from './questions.js';
export { findCommitments } from './commitments.js';
export type { DetectedCommitment, FindCommitmentsOptions } from './commitments.js';
