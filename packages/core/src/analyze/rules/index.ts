/**
 * The built-in English rule pack of `@rapport/core/analyze`: one rule per file, named by rule id.
 * The engine builds the default pack and the presets from each rule's `meta.presets`.
 */
import type { Rule } from '../types.js';
// The imports are in the order that compresses best: it sets where each rule's code and helpers
// land in a bundle, so words a rule shares with its neighbours fall inside one gzip window
// (found by moving one line at a time and keeping each move that made `pnpm size` smaller;
// 0.2 kB min+gzip). The rules' order everywhere else is `builtinRuleList`'s, below.
import { answerEveryQuestion } from './answer-every-question.js';
import { noCrossedTransaction } from './no-crossed-transaction.js';
import { noSarcasm } from './no-sarcasm.js';
import { noCurtReply } from './no-curt-reply.js';
import { noJargon } from './no-jargon.js';
import { askClarifyingQuestions } from './ask-clarifying-questions.js';
import { noOverApologizing } from './no-over-apologizing.js';
import { noPatronizing } from './no-patronizing.js';
import { noBlame } from './no-blame.js';
import { noScriptedEmpathy } from './no-scripted-empathy.js';
import { noShouting } from './no-shouting.js';
import { noHardWords } from './no-hard-words.js';
import { offerFurtherHelp } from './offer-further-help.js';
import { acknowledgeSpecifics } from './acknowledge-specifics.js';
import { includeGreeting } from './include-greeting.js';
import { customerFrustration } from './customer-frustration.js';
import { crucialConversation } from './crucial-conversation.js';
import { paraphraseComplexIssue } from './paraphrase-complex-issue.js';
import { noWallOfText } from './no-wall-of-text.js';
import { preferOpenQuestions } from './prefer-open-questions.js';
import { personalCriticism } from './personal-criticism.js';
import { preferAdultWording } from './prefer-adult-wording.js';
import { setExpectations } from './set-expectations.js';
import { maxSentenceLength } from './max-sentence-length.js';

export {
  acknowledgeSpecifics,
  answerEveryQuestion,
  askClarifyingQuestions,
  crucialConversation,
  customerFrustration,
  includeGreeting,
  maxSentenceLength,
  noBlame,
  noCrossedTransaction,
  noCurtReply,
  noHardWords,
  noJargon,
  noOverApologizing,
  noPatronizing,
  noSarcasm,
  noScriptedEmpathy,
  noShouting,
  noWallOfText,
  offerFurtherHelp,
  paraphraseComplexIssue,
  personalCriticism,
  preferAdultWording,
  preferOpenQuestions,
  setExpectations,
};

/**
 * Every built-in English rule, in a stable order: the agent-reply rules by category (greeting,
 * empathy, respect, listening, clarity, expectations, tone, closing), then the customer-message
 * rules.
 *
 * When to use: to list or document the built-in pack, or to build a configuration that names
 * every rule. `analyze()` already uses it; presets come from each rule's `meta.presets`.
 *
 * Details: 24 rules. 22 are in `recommended` and all 24 in `strict` (`prefer-open-questions` and
 * `no-crossed-transaction` are `strict` only). Each rule has a page at `docs/rules/<id>.md`.
 *
 * @example
 * ```ts
 * import { builtinRules } from '@rapport/core/analyze';
 *
 * builtinRules.filter((r) => r.meta.roles?.includes('customer')).map((r) => r.id);
 * // ['customer-frustration', 'personal-criticism', 'crucial-conversation']
 * ```
 * @since 0.1.0
 */
export const builtinRules: readonly Rule[] = Object.freeze([
  includeGreeting,
  noScriptedEmpathy,
  noOverApologizing,
  noPatronizing,
  noBlame,
  acknowledgeSpecifics,
  answerEveryQuestion,
  paraphraseComplexIssue,
  askClarifyingQuestions,
  preferOpenQuestions,
  noJargon,
  noHardWords,
  maxSentenceLength,
  noWallOfText,
  setExpectations,
  preferAdultWording,
  noCrossedTransaction,
  noShouting,
  noSarcasm,
  noCurtReply,
  offerFurtherHelp,
  customerFrustration,
  personalCriticism,
  crucialConversation,
] as unknown as readonly Rule[]);
