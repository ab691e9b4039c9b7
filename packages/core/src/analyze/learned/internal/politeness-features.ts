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
import { CUE, scanCues } from './cue-scan.js';
import { FIRST_PLURAL, FIRST_SINGULAR, SECOND_PERSON } from './cues.js';
import { wordSet } from './lexicon.js';
import { SENTIMENT_LEXICON } from './sentiment-lexicon.js';

/** Feature names, in the order of the vector returned by {@link politenessFeatures}. */
export const POLITENESS_FEATURES = [
  'gratitude', 'deference', 'greeting', 'positive', 'negative', 'apologizing', 'please',
  'pleaseStart', 'indirectBtw', 'directQuestion', 'whyQuestion', 'directStart', 'counterfactual',
  'indicative', 'firstPersonStart', 'firstPersonPlural', 'firstPerson', 'secondPerson',
  'secondPersonStart', 'hedges', 'factuality', 'conditionalCourtesy', 'imperativeStart', 'insult',
  'exclamation', 'shouting', 'informal', 'question', 'length', 'bareQuestion', 'leadingQuestion',
  'obligation', 'negation', 'manyQuestions', 'impersonal',
] as const;

/** A feature name. */
export type PolitenessFeature = (typeof POLITENESS_FEATURES)[number];

// Index of each feature in the vector (a literal, so property reads are inline-cached).
const F = {
  gratitude: 0,
  deference: 1,
  greeting: 2,
  positive: 3,
  negative: 4,
  apologizing: 5,
  please: 6,
  pleaseStart: 7,
  indirectBtw: 8,
  directQuestion: 9,
  whyQuestion: 10,
  directStart: 11,
  counterfactual: 12,
  indicative: 13,
  firstPersonStart: 14,
  firstPersonPlural: 15,
  firstPerson: 16,
  secondPerson: 17,
  secondPersonStart: 18,
  hedges: 19,
  factuality: 20,
  conditionalCourtesy: 21,
  imperativeStart: 22,
  insult: 23,
  exclamation: 24,
  shouting: 25,
  informal: 26,
  question: 27,
  length: 28,
  bareQuestion: 29,
  leadingQuestion: 30,
  obligation: 31,
  negation: 32,
  manyQuestions: 33,
  impersonal: 34,
} as const satisfies Record<PolitenessFeature, number>;

// Word classes, as bits of one map so each token costs one look-up.
const B_GRATITUDE = 1;
const B_APOLOGY = 2;
const B_PLEASE = 4;
const B_BTW = 8;
const B_HEDGE = 16;
const B_FACT = 32;
const B_WE = 64;
const B_I = 128;
const B_YOU = 256;
const B_INSULT = 512;
const B_INFORMAL = 1024;
const B_NEGATION = 2048;
const B_IMPERSONAL = 4096;
const B_POSITIVE = 8192;
const B_NEGATIVE = 16384;

const WORD_BITS = new Map<string, number>();
function mark(words: Iterable<string>, bit: number): void {
  for (const w of words) WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | bit);
}
mark(wordSet('thanks thank thx ty tysm appreciate appreciated appreciative grateful gratitude cheers'), B_GRATITUDE);
mark(wordSet('sorry apologize apologise apologies apology oops whoops woops pardon regret'), B_APOLOGY);
mark(wordSet('please pls plz kindly'), B_PLEASE);
mark(wordSet('btw incidentally'), B_BTW);
mark(
  wordSet(
    'think thought suggest suggested maybe perhaps possibly probably presumably seems seem seemed appears ' +
      'apparently might guess believe assume suppose wonder wondering somewhat likely unlikely tend ' +
      'approximately roughly fairly quite rather hopefully',
  ),
  B_HEDGE,
);
mark(wordSet('really actually honestly surely truly obviously clearly definitely certainly indeed frankly'), B_FACT);
mark(FIRST_PLURAL, B_WE);
mark(FIRST_SINGULAR, B_I);
mark(SECOND_PERSON, B_YOU);
mark(
  wordSet(
    'stupid idiot idiots idiotic dumb moron crap crappy damn damned hell wtf shit bullshit fuck fucking ' +
      'nonsense ridiculous pathetic useless incompetent lazy clueless ignorant rubbish garbage absurd shut',
  ),
  B_INSULT,
);
mark(wordSet('u ur pls plz pl0x wanna gonna gotta ya yo dude lol idk imo bro'), B_INFORMAL);
mark(wordSet("not no never nothing nobody don't doesn't didn't isn't aren't wasn't can't won't cannot"), B_NEGATION);
mark(wordSet('anyone anybody someone somebody'), B_IMPERSONAL);
for (const [w, v] of SENTIMENT_LEXICON) {
  if (v >= 1) mark([w], B_POSITIVE);
  else if (v <= -1) mark([w], B_NEGATIVE);
}

const DEFERENCE = wordSet('great good nice interesting cool excellent awesome wonderful fantastic impressive brilliant');
const GREETING = wordSet('hi hello hey dear greetings howdy hiya morning afternoon evening');
const WH_DIRECT = wordSet('what why who whom how where when which');
const DIRECT_START = wordSet('so then and but or now');
const IMPERATIVE = wordSet(
  "stop do don't dont fix read check look go give tell make remove revert explain answer leave quit keep " +
    'add change delete use send show put get try note see avoid reply respond restore undo move',
);

/** Cue-phrase group → the feature it sets. */
const PHRASE_FEATURE: readonly (readonly [number, PolitenessFeature])[] = [
  [CUE.polIndirect, 'indirectBtw'],
  [CUE.polCounterfactual, 'counterfactual'],
  [CUE.polIndicative, 'indicative'],
  [CUE.polConditional, 'conditionalCourtesy'],
  [CUE.polFactuality, 'factuality'],
  [CUE.polApology, 'apologizing'],
  [CUE.polGreeting, 'greeting'],
  [CUE.polGratitude, 'gratitude'],
  [CUE.polHedge, 'hedges'],
  [CUE.polObligation, 'obligation'],
];

function isShoutedWord(t: Token): boolean {
  if (t.text.length < 3) return false;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (!(c >= 65 && c <= 90) && c !== 39 && c !== 45) return false;
  }
  return true;
}

/**
 * The feature vector of a text. Most features are presence indicators (0 or 1), as in the paper;
 * `positive` and `negative` count sentiment words (at most 3); `length` is log2 of the word count
 * over 8, capped at 1, so long messages do not dominate.
 */
export function politenessFeatures(view: TextView): Float64Array {
  const x = new Float64Array(POLITENESS_FEATURES.length);
  const tokens = view.tokens;
  let positive = 0;
  let negative = 0;
  let shouted = 0;
  let pleases = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') {
      if (t.text === '!') x[F.exclamation] = 1;
      else if (t.text === '?') x[F.question] = 1;
      continue;
    }
    const bits = WORD_BITS.get(t.lower);
    if (isShoutedWord(t)) shouted++;
    if (t.text === 'i') x[F.informal] = 1;
    if (bits === undefined) continue;
    if (bits & B_GRATITUDE) x[F.gratitude] = 1;
    if (bits & B_APOLOGY) x[F.apologizing] = 1;
    if (bits & B_PLEASE) {
      x[F.please] = 1;
      pleases++;
    }
    if (bits & B_BTW) x[F.indirectBtw] = 1;
    if (bits & B_HEDGE) x[F.hedges] = 1;
    if (bits & B_FACT) x[F.factuality] = 1;
    if (bits & B_WE) x[F.firstPersonPlural] = 1;
    if (bits & B_I) x[F.firstPerson] = 1;
    if (bits & B_YOU) x[F.secondPerson] = 1;
    if (bits & B_INSULT) x[F.insult] = 1;
    if (bits & B_INFORMAL) x[F.informal] = 1;
    if (bits & B_NEGATION) x[F.negation] = 1;
    if (bits & B_IMPERSONAL) x[F.impersonal] = 1;
    if (bits & B_POSITIVE) positive++;
    else if (bits & B_NEGATIVE) negative++;
  }
  x[F.positive] = Math.min(positive, 3);
  x[F.negative] = Math.min(negative, 3);
  x[F.shouting] = shouted >= 2 ? 1 : 0;
  // Sentence starts.
  for (let s = 0; s < view.sentences.length; s++) {
    const sentence = view.sentences[s]!;
    let first = sentence.firstToken;
    while (first < sentence.endToken && (tokens[first] as Token).kind !== 'word') first++;
    if (first >= sentence.endToken) continue;
    const w = (tokens[first] as Token).lower;
    if (s === 0) {
      if (DEFERENCE.has(w)) x[F.deference] = 1;
      if (GREETING.has(w)) x[F.greeting] = 1;
    }
    if (w === 'please' || w === 'pls' || w === 'plz') x[F.pleaseStart] = 1;
    if (DIRECT_START.has(w)) x[F.directStart] = 1;
    if (w === 'i' || w === 'my' || w === "i'm" || w === "i've") x[F.firstPersonStart] = 1;
    if (w === 'you' || w === 'your' || w === "you're" || w === "you've") x[F.secondPersonStart] = 1;
    if (IMPERATIVE.has(w) && sentence.terminator !== '?') x[F.imperativeStart] = 1;
    if (sentence.terminator === '?' && WH_DIRECT.has(w)) {
      x[F.directQuestion] = 1;
      if (w === 'why') x[F.whyQuestion] = 1;
    }
  }
  const hits = scanCues(view);
  for (const h of hits) {
    for (const [group, feature] of PHRASE_FEATURE) if (h.group === group) x[F[feature]] = 1;
  }
  let questions = 0;
  for (const sentence of view.sentences) if (sentence.terminator === '?') questions++;
  x[F.manyQuestions] = questions >= 2 ? 1 : 0;
  const first = view.sentences[0];
  if (first !== undefined && first.terminator === '?') x[F.leadingQuestion] = 1;
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
