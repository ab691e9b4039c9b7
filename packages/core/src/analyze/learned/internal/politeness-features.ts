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
import { compilePhrases } from '../../engine/phrase-matcher.js';
import { FIRST_PLURAL, FIRST_SINGULAR, SECOND_PERSON } from './cues.js';
import { wordSet } from './lexicon.js';
import { sentimentWordPolarity } from './sentiment-lexicon.js';

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

const F = Object.fromEntries(POLITENESS_FEATURES.map((n, i) => [n, i])) as Record<PolitenessFeature, number>;

const GRATITUDE = wordSet('thanks thank thx ty tysm appreciate appreciated appreciative grateful gratitude cheers');
const DEFERENCE = wordSet('great good nice interesting cool excellent awesome wonderful fantastic impressive brilliant');
const GREETING = wordSet('hi hello hey dear greetings howdy hiya morning afternoon evening');
const APOLOGY = wordSet('sorry apologize apologise apologies apology oops whoops woops pardon regret');
const WH_DIRECT = wordSet('what why who whom how where when which');
const DIRECT_START = wordSet('so then and but or now');
const HEDGES = wordSet(
  'think thought suggest suggested maybe perhaps possibly probably presumably seems seem seemed appears ' +
    'apparently might guess believe assume suppose wonder wondering somewhat likely unlikely tend ' +
    'approximately roughly fairly quite rather hopefully',
);
const FACTUALITY = wordSet('really actually honestly surely truly obviously clearly definitely certainly indeed frankly');
const IMPERATIVE = wordSet(
  "stop do don't dont fix read check look go give tell make remove revert explain answer leave quit keep " +
    'add change delete use send show put get try note see avoid reply respond restore undo move',
);
const INSULT = wordSet(
  'stupid idiot idiots idiotic dumb moron crap crappy damn damned hell wtf shit bullshit fuck fucking ' +
    'nonsense ridiculous pathetic useless incompetent lazy clueless ignorant rubbish garbage absurd shut',
);
const INFORMAL = wordSet('u ur pls plz pl0x wanna gonna gotta ya yo dude lol idk imo bro');

const NEGATION_WORDS = wordSet("not no never nothing nobody don't doesn't didn't isn't aren't wasn't can't won't cannot");
const IMPERSONAL = wordSet('anyone anybody someone somebody');
const OBLIGATION = compilePhrases([
  'you should', 'you must', 'you need to', 'you have to', "you'd better", 'you better', 'you ought to',
  'you shouldn\'t', 'do you even', 'do you really', 'why did you', "why didn't you", 'why would you',
]);

const PHRASES = compilePhrases([
  'by the way', // 0 indirect
  'could you', 'would you', 'could we', 'would it be', 'would you mind', 'would it be possible', // 1-6 counterfactual
  'can you', 'will you', 'can we', // 7-9 indicative
  'if you could', 'if you can', 'if possible', 'if you have time', 'when you get a chance', 'i was wondering',
  'i wonder', 'do you mind', 'is it possible', 'any chance', // 10-19 conditional courtesy
  'in fact', 'of course', // 20-21 factuality
  'excuse me', 'forgive me', // 22-23 apology
  'good morning', 'good afternoon', 'good evening', // 24-26 greeting
  'thank you', // 27 gratitude
  'sort of', 'kind of', 'i think', 'i believe', 'i feel', // 28-32 hedges
]);

function kindOfPhrase(i: number): number {
  if (i === 0) return F.indirectBtw;
  if (i <= 6) return F.counterfactual;
  if (i <= 9) return F.indicative;
  if (i <= 19) return F.conditionalCourtesy;
  if (i <= 21) return F.factuality;
  if (i <= 23) return F.apologizing;
  if (i <= 26) return F.greeting;
  if (i === 27) return F.gratitude;
  return F.hedges;
}

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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') {
      if (t.text === '!') x[F.exclamation] = 1;
      else if (t.text === '?') x[F.question] = 1;
      continue;
    }
    const w = t.lower;
    if (GRATITUDE.has(w)) x[F.gratitude] = 1;
    if (APOLOGY.has(w)) x[F.apologizing] = 1;
    if (w === 'please' || w === 'pls' || w === 'plz' || w === 'kindly') x[F.please] = 1;
    if (w === 'btw' || w === 'incidentally') x[F.indirectBtw] = 1;
    if (HEDGES.has(w)) x[F.hedges] = 1;
    if (FACTUALITY.has(w)) x[F.factuality] = 1;
    if (FIRST_PLURAL.has(w)) x[F.firstPersonPlural] = 1;
    if (FIRST_SINGULAR.has(w)) x[F.firstPerson] = 1;
    if (SECOND_PERSON.has(w)) x[F.secondPerson] = 1;
    if (INSULT.has(w)) x[F.insult] = 1;
    if (INFORMAL.has(w) || t.text === 'i') x[F.informal] = 1;
    if (NEGATION_WORDS.has(w)) x[F.negation] = 1;
    if (IMPERSONAL.has(w)) x[F.impersonal] = 1;
    if (isShoutedWord(t)) shouted++;
    const polarity = sentimentWordPolarity(w);
    if (polarity > 0) positive++;
    else if (polarity < 0) negative++;
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
  for (const m of PHRASES.find(view)) x[kindOfPhrase(m.phraseIndex)] = 1;
  if (OBLIGATION.find(view).length > 0) x[F.obligation] = 1;
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
  if (x[F.pleaseStart] === 1 && x[F.please] === 1) {
    let count = 0;
    for (const t of tokens) if (t.lower === 'please' || t.lower === 'pls' || t.lower === 'plz') count++;
    if (count < 2) x[F.please] = 0;
  }
  x[F.length] = Math.min(Math.log2(1 + view.wordCount) / 8, 1);
  return x;
}
