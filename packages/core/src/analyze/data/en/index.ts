/**
 * The English lists the built-in rules read, by name (`<file><List>`). The rules import them from
 * here rather than from each JSON file, so a bundler emits all the lists in one block, in the
 * order below: words that recur from list to list (stopwords, auxiliaries, frustration and tone
 * words) then fall inside one gzip window and are stored once. The order is the one that
 * compressed best, found by moving one line at a time and keeping each move that made the
 * whole-subpath bundle smaller (`pnpm size`); `questions.json` and `commitments.json` are listed
 * for their place in the block, although only the signals read them (directly).
 *
 * The learned signals' sentiment lexicon and ego-state cue phrases are listed for their place too
 * (the learned code imports them directly): the lexicon first, so that its 8 kB of coded words
 * does not sit between the rules' code and the lists whose words it repeats, and the cue phrases
 * among the rule pack's phrase lists they overlap. Measured on the whole subpath: both placed
 * here, 0.29 kB min+gzip smaller; this order then 0.10 kB more.
 */
export { valences as sentimentLexiconValences, words as sentimentLexiconWords } from '../../learned/data/sentiment-lexicon.json';
export { apologyWords as empathyApologyWords, overApology as empathyOverApology, scripted as empathyScripted, templates as empathyTemplates } from './empathy.json';
export { words as hardWordsWords } from './hard-words.json';
export { acronyms as jargonAcronyms, terms as jargonTerms } from './jargon.json';
export { offers as closingsOffers, requestAfterLetKnow as closingsRequestAfterLetKnow, signOffs as closingsSignOffs } from './closings.json';
export { answerStarts as listeningAnswerStarts, paraphraseMarkers as listeningParaphraseMarkers, specificMarkers as listeningSpecificMarkers, stopwords as listeningStopwords, vagueProblem as listeningVagueProblem } from './listening.json';
export { nextStep as expectationsNextStep, openIssue as expectationsOpenIssue, problem as expectationsProblem } from './expectations.json';
export { blameLeads, conditionals as blameConditionals, faultVerbs as blameFaultVerbs, leadFaultVerbs as blameLeadFaultVerbs, negations as blameNegations, omissionVerbs as blameOmissionVerbs, phrases as blamePhrases, rewrite as blameRewrite, strongFaultVerbs as blameStrongFaultVerbs } from './blame.json';
export { exemptAfterMinimizer as patronizingExemptAfterMinimizer, instructionVerbs as patronizingInstructionVerbs, minimizers as patronizingMinimizers, phrases as patronizingPhrases } from './patronizing.json';
export { insults as criticismInsults, phrases as criticismPhrases, staffNouns as criticismStaffNouns, targets as criticismTargets } from './personal-criticism.json';
export { disagreement as crucialDisagreement, emotion as crucialEmotion, stakes as crucialStakes } from './crucial-conversation.json';
export { acronyms as toneAcronyms, curt as toneCurt, emphatic as toneEmphatic, passiveAggressive as tonePassiveAggressive, sarcasm as toneSarcasm, sarcasmAtEnd as toneSarcasmAtEnd } from './tone.json';
export { elongated as frustrationElongated, emoji as frustrationEmoji, moderate as frustrationModerate, profanity as frustrationProfanity, strong as frustrationStrong, weak as frustrationWeak } from './frustration.json';
export { adaptedChild as egoCuesAdaptedChild, criticalParent as egoCuesCriticalParent, freeChild as egoCuesFreeChild, nurturingParent as egoCuesNurturingParent } from '../../learned/data/ego-state-cues.json';
export { whWords as questionsWhWords } from './questions.json';
export { weekdays as commitmentsWeekdays } from './commitments.json';
export { greetings } from './greetings.json';
export { adaptedChild as egoStateAdaptedChild, criticalParent as egoStateCriticalParent, nurturingParent as egoStateNurturingParent } from './ego-state.json';
