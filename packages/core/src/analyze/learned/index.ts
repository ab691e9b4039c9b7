/**
 * The learned signals of `@rapport/core/analyze`: small, transparent models over the shared
 * text view, trained offline by `scripts/train/*.ts` and shipped as JSON weights (no network).
 * Accuracy figures: `docs/evaluation.md`.
 */
export { scoreSentiment } from './sentiment.js';
export type { SentimentEvidence, SentimentSignal } from './sentiment.js';
export { scoreFrustration } from './frustration.js';
export type { FrustrationCueKind, FrustrationEvidence, FrustrationOptions, FrustrationSignal } from './frustration.js';
export { scorePoliteness } from './politeness.js';
export type { PolitenessContribution, PolitenessSignal } from './politeness.js';
export type { PolitenessFeature } from './internal/politeness-features.js';
export { classifyQuestion, findQuestionTypes, retypeQuestions } from './question-type.js';
export type { QuestionTypeSignal } from './question-type.js';
export { scoreEgoState } from './ego-state.js';
export type { EgoStateEvidence, EgoStateName, EgoStateOptions, EgoStateSignal } from './ego-state.js';
