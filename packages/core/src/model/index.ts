/**
 * `@rapport/core/model`: the three communication models (linear, interactive, transactional),
 * the default model of each channel, advice on which model a situation needs, and the model a
 * conversation actually uses.
 *
 * @packageDocumentation
 * @module @rapport/core/model
 */
export { communicationModelSchema, describeCommunicationModel } from './communication-model.js';
export type {
  CommunicationModel,
  CommunicationModelProfile,
  FeedbackTiming,
} from './communication-model.js';
export { channelDefaultModel } from './channel-model.js';
export {
  feedbackNeedSchema,
  modelSituationSchema,
  situationLevelSchema,
  situationPurposeSchema,
} from './model-situation.js';
export type {
  AudienceBand,
  FeedbackNeed,
  ModelSituation,
  ResolvedModelSituation,
  SituationLevel,
  SituationPurpose,
} from './model-situation.js';
export { modelAdviceTable } from './model-advice-table.js';
export type {
  ModelAdviceChannelRow,
  ModelAdviceEffect,
  ModelAdvicePurposeRow,
  ModelAdviceRule,
  ModelAdviceTable,
} from './model-advice-table.js';
export { adviseModel } from './advise-model.js';
export type { ModelAdvice, ModelAdviceReason } from './advise-model.js';
export { observableMessageSchema, observeModel } from './observe-model.js';
export type {
  ConversationSide,
  ConversationWait,
  ModelObservation,
  ObservableMessage,
  ObservableThread,
  ObserveModelOptions,
  ResponseLatency,
} from './observe-model.js';
export type { ModelMismatch, ModelMismatchKind } from './model-mismatch.js';
