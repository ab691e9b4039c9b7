/**
 * The English lists the built-in rules read, by name (`<file><List>`). The rules import them from
 * here rather than from each JSON file, so a bundler emits the lists side by side: words that recur
 * from list to list (stopwords, auxiliaries, frustration and tone words) then fall inside one gzip
 * window and are stored once, which saves about 1 kB of the compressed bundle. The signals and the
 * learned scorers import their JSON files directly; that does not change what they read.
 */
export { blameLeads, conditionals as blameConditionals, faultVerbs as blameFaultVerbs, leadFaultVerbs as blameLeadFaultVerbs, negations as blameNegations, omissionVerbs as blameOmissionVerbs, phrases as blamePhrases, rewrite as blameRewrite, strongFaultVerbs as blameStrongFaultVerbs } from './blame.json';
export { offers as closingsOffers, requestAfterLetKnow as closingsRequestAfterLetKnow, signOffs as closingsSignOffs } from './closings.json';
export { disagreement as crucialDisagreement, emotion as crucialEmotion, stakes as crucialStakes } from './crucial-conversation.json';
export { adaptedChild as egoStateAdaptedChild, criticalParent as egoStateCriticalParent, nurturingParent as egoStateNurturingParent } from './ego-state.json';
export { apologyWords as empathyApologyWords, overApology as empathyOverApology, scripted as empathyScripted, templates as empathyTemplates } from './empathy.json';
export { nextStep as expectationsNextStep, openIssue as expectationsOpenIssue, problem as expectationsProblem } from './expectations.json';
export { elongated as frustrationElongated, emoji as frustrationEmoji, moderate as frustrationModerate, profanity as frustrationProfanity, strong as frustrationStrong, weak as frustrationWeak } from './frustration.json';
export { greetings } from './greetings.json';
export { words as hardWordsWords } from './hard-words.json';
export { acronyms as jargonAcronyms, terms as jargonTerms } from './jargon.json';
export { answerStarts as listeningAnswerStarts, paraphraseMarkers as listeningParaphraseMarkers, specificMarkers as listeningSpecificMarkers, stopwords as listeningStopwords, vagueProblem as listeningVagueProblem } from './listening.json';
export { exemptAfterMinimizer as patronizingExemptAfterMinimizer, instructionVerbs as patronizingInstructionVerbs, minimizers as patronizingMinimizers, phrases as patronizingPhrases } from './patronizing.json';
export { insults as criticismInsults, phrases as criticismPhrases, staffNouns as criticismStaffNouns, targets as criticismTargets } from './personal-criticism.json';
export { acronyms as toneAcronyms, curt as toneCurt, emphatic as toneEmphatic, passiveAggressive as tonePassiveAggressive, sarcasm as toneSarcasm, sarcasmAtEnd as toneSarcasmAtEnd } from './tone.json';
