/**
 * The politeness features: the strategies of Danescu-Niculescu-Mizil et al. (ACL 2013, "A
 * computational approach to politeness") — gratitude, deference, greeting, apologizing, please,
 * indirectness, direct questions and starts, counterfactual and indicative modals, first and second
 * person, hedges, factuality, sentiment — plus a few that travel across communities (imperative
 * starts, insults, shouting, informal spellings). The word lists are the team's own, short and
 * general; nothing is specific to Wikipedia (no `<url>`, no topic words). One pass over the
 * shared tokens. Used by the scorer at run time and by `scripts/train/train-politeness.ts`.
 */
import type { TextView, Token } from '../../text/text-view.js';
import { CUE } from './cue-scan.js';
import { tokenInfo, WB } from './token-info.js';
import { firstWordFrom } from '../../rules/internal/lexicon.js';

/** Feature names, in the order of the vector returned by {@link politenessFeatures}. */
export const POLITENESS_FEATURES = [
  'gratitude', 'deference', 'greeting', 'positive', 'negative', 'apologizing', 'please',
  'pleaseStart', 'indirectBtw', 'directQuestion', 'whyQuestion', 'directStart', 'counterfactual',
  'indicative', 'firstPersonStart', 'firstPersonPlural', 'firstPerson', 'secondPerson',
  'secondPersonStart', 'hedges', 'factuality', 'conditionalCourtesy', 'imperativeStart', 'insult',
  'exclamation', 'shouting', 'informal', 'question', 'length', 'bareQuestion', 'leadingQuestion',
  'obligation', 'negation', 'manyQuestions', 'impersonal', 'reassurance', 'opinion', 'thanksBut',
] as const;

/** A feature name. */
export type PolitenessFeature = (typeof POLITENESS_FEATURES)[number];

/**
 * Index of each feature in the vector, in the order of {@link POLITENESS_FEATURES} (a test checks
 * it). An enum so that the bundler writes each use as a plain number: no object, no names.
 */
export enum F {
  gratitude = 0,
  deference = 1,
  greeting = 2,
  positive = 3,
  negative = 4,
  apologizing = 5,
  please = 6,
  pleaseStart = 7,
  indirectBtw = 8,
  directQuestion = 9,
  whyQuestion = 10,
  directStart = 11,
  counterfactual = 12,
  indicative = 13,
  firstPersonStart = 14,
  firstPersonPlural = 15,
  firstPerson = 16,
  secondPerson = 17,
  secondPersonStart = 18,
  hedges = 19,
  factuality = 20,
  conditionalCourtesy = 21,
  imperativeStart = 22,
  insult = 23,
  exclamation = 24,
  shouting = 25,
  informal = 26,
  question = 27,
  length = 28,
  bareQuestion = 29,
  leadingQuestion = 30,
  obligation = 31,
  negation = 32,
  manyQuestions = 33,
  impersonal = 34,
  reassurance = 35,
  opinion = 36,
  thanksBut = 37,
}

/**
 * The feature set when any word of a class occurs, for the classes with bits 0 … 12 of {@link WB}
 * (gratitude, apology, please, btw, hedge, factuality, we, i, you, insult, informal, negation,
 * impersonal), in bit order.
 */
const ANY_FEATURE: readonly F[] = [
  F.gratitude, F.apologizing, F.please, F.indirectBtw, F.hedges, F.factuality, F.firstPersonPlural,
  F.firstPerson, F.secondPerson, F.insult, F.informal, F.negation, F.impersonal,
];

/**
 * The feature vector of a text. Most features are presence indicators (0 or 1), as in the paper;
 * `positive` and `negative` count sentiment words (at most 3); `length` is log2 of the word count
 * over 8, capped at 1, so long messages do not dominate.
 */
export function politenessFeatures(view: TextView): Float64Array {
  const x = new Float64Array(POLITENESS_FEATURES.length);
  const tokens = view.tokens;
  const info = tokenInfo(view);
  const bits = info.bits;
  let positive = 0;
  let negative = 0;
  let pleases = 0;
  let any = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const b = bits[i] as number;
    any |= b;
    if ((b & WB.please) !== 0) pleases++;
    if (t.text === 'i') x[F.informal] = 1;
    // "Thanks, but …": gratitude that only prefaces a rebuttal.
    if ((b & WB.gratitude) !== 0) {
      const n1 = tokens[i + 1];
      if (n1 !== undefined && (n1.lower === 'but' || (n1.kind === 'punct' && tokens[i + 2]?.lower === 'but'))) x[F.thanksBut] = 1;
    }
  }
  for (const v of info.valences) {
    if (v >= 1) positive++;
    else if (v <= -1) negative++;
  }
  if (info.bangs > 0) x[F.exclamation] = 1;
  if (info.qmarks > 0) x[F.question] = 1;
  for (let k = 0; k < ANY_FEATURE.length; k++) if (((any >> k) & 1) !== 0) x[ANY_FEATURE[k] as F] = 1;
  x[F.positive] = Math.min(positive, 3);
  x[F.negative] = Math.min(negative, 3);
  x[F.shouting] = info.loud >= 2 ? 1 : 0;
  // Questions, and sentence starts.
  let questions = 0;
  for (let s = 0; s < view.sentences.length; s++) {
    const sentence = view.sentences[s]!;
    if (sentence.terminator === '?') {
      questions++;
      if (s === 0) x[F.leadingQuestion] = 1;
    }
    const first = firstWordFrom(tokens, sentence.firstToken, sentence.endToken);
    if (first < 0) continue;
    const b = bits[first] as number;
    if (b === 0) continue;
    if (s === 0) {
      if ((b & WB.deference) !== 0) x[F.deference] = 1;
      if ((b & WB.greeting) !== 0) x[F.greeting] = 1;
    }
    if ((b & WB.please) !== 0) x[F.pleaseStart] = 1;
    if ((b & WB.directStart) !== 0) x[F.directStart] = 1;
    if ((b & WB.i) !== 0) x[F.firstPersonStart] = 1;
    if ((b & WB.you) !== 0) x[F.secondPersonStart] = 1;
    if ((b & WB.imperative) !== 0 && sentence.terminator !== '?') x[F.imperativeStart] = 1;
    if (sentence.terminator === '?' && (b & WB.wh) !== 0) {
      x[F.directQuestion] = 1;
      if ((tokens[first] as Token).lower === 'why') x[F.whyQuestion] = 1;
    }
  }
  // A politeness cue group's id is the index of its feature.
  for (const h of info.hits) if (h.group < CUE.afterPoliteness) x[h.group] = 1;
  x[F.manyQuestions] = questions >= 2 ? 1 : 0;
  // A question with none of the softening strategies around it.
  if (
    x[F.question] === 1 &&
    x[F.gratitude] === 0 && x[F.please] === 0 && x[F.pleaseStart] === 0 && x[F.greeting] === 0 &&
    x[F.apologizing] === 0 && x[F.counterfactual] === 0 && x[F.conditionalCourtesy] === 0 && x[F.hedges] === 0
  ) {
    x[F.bareQuestion] = 1;
  }
  // "please" at a sentence start is its own strategy; keep `please` for the other positions.
  if (x[F.pleaseStart] === 1 && pleases < 2) x[F.please] = 0;
  x[F.length] = Math.min(Math.log2(1 + view.wordCount) / 8, 1);
  return x;
}
