/**
 * The one lexical pass every learned signal reads. For each token it records, from a single
 * `Map` look-up, the word classes the models use (as bits), its sentiment valence, and the cue
 * phrases starting there (walking the shared phrase trie); it also counts what several models
 * need (capitals, `!`, `?`, emoji). The result is cached per view, so sentiment, politeness,
 * frustration, question typing and ego state together read each token's entry once.
 */
import type { TextView, Token } from '../../text/text-view.js';
import { CUE_ROOT, walkCues, type CueHit, type TrieNode } from './cue-scan.js';
import { CONTRASTS, DAMPENERS, FIRST_PLURAL, FIRST_SINGULAR, INTENSIFIERS, NEGATIONS, SECOND_PERSON } from './cues.js';
import { SENTIMENT_LEXICON } from './sentiment-lexicon.js';

/**
 * Word-class bits (a token may have several). An enum so that the bundler writes each use as a
 * plain number: no object, no names in the bundle.
 */
export enum WB {
  gratitude = 1 << 0,
  apology = 1 << 1,
  please = 1 << 2,
  btw = 1 << 3,
  hedge = 1 << 4,
  factuality = 1 << 5,
  we = 1 << 6,
  i = 1 << 7,
  you = 1 << 8,
  insult = 1 << 9,
  informal = 1 << 10,
  negation = 1 << 11,
  impersonal = 1 << 12,
  negate = 1 << 13,
  intensify = 1 << 14,
  dampen = 1 << 15,
  contrast = 1 << 16,
  deference = 1 << 17,
  greeting = 1 << 18,
  wh = 1 << 19,
  directStart = 1 << 20,
  imperative = 1 << 21,
  lead = 1 << 22,
  aux = 1 << 23,
  subject = 1 << 24,
  clarifying = 1 << 25,
  /** Verbs of a system doing its job ("work", "load", "print"): negated, they are a complaint. */
  function = 1 << 26,
  /** Persistence words ("still", "again", "anymore"): they deepen a complaint. */
  persist = 1 << 27,
}

/** Shape bit: a word of at least two letters, all capitals. Stored in the same bit field. */
export const SHAPE_CAPS = 1 << 28;
/** Shape bit: a number, URL or e-mail, or a word starting with a digit. */
export const SHAPE_DIGIT = 1 << 29;

interface WordEntry {
  bits: number;
  /** Sentiment valence on the −4 … +4 scale, or NaN. */
  valence: number;
  /** Cue phrases starting with this word. */
  phrases: TrieNode | undefined;
}

const WORDS = new Map<string, WordEntry>();
function entry(word: string): WordEntry {
  let e = WORDS.get(word);
  if (e === undefined) {
    e = { bits: 0, valence: Number.NaN, phrases: undefined };
    WORDS.set(word, e);
  }
  return e;
}
/**
 * The words of each class, as space-separated lists in {@link WB} bit order (the class with bit
 * `1 << k` is entry `k`; a test checks a word of each).
 */
const CLASSES: readonly string[] = [
  // gratitude
  'thanks thank thx ty tysm appreciate appreciated appreciative grateful gratitude cheers merci',
  // apology
  'sorry apologize apologise apologies apology oops whoops woops pardon regret',
  // please
  'please pls plz kindly',
  // btw
  'btw incidentally',
  // hedge
  'think thought suggest suggested maybe perhaps possibly probably presumably seems seem seemed appears ' +
    'apparently might guess believe assume suppose wonder wondering somewhat likely unlikely tend ' +
    'approximately roughly fairly quite rather hopefully',
  // factuality
  'really actually honestly surely truly obviously clearly definitely certainly indeed frankly',
  // we
  FIRST_PLURAL,
  // i
  FIRST_SINGULAR,
  // you
  SECOND_PERSON,
  // insult
  'stupid idiot idiots idiotic dumb moron crap crappy damn damned hell wtf shit bullshit fuck fucking ' +
    'nonsense ridiculous pathetic useless incompetent lazy clueless ignorant rubbish garbage absurd shut',
  // informal
  'u ur pls plz pl0x wanna gonna gotta ya yo dude lol idk imo bro',
  // negation
  "not no never nothing nobody don't doesn't didn't isn't aren't wasn't can't won't cannot",
  // impersonal
  'anyone anybody someone somebody',
  // negate
  NEGATIONS,
  // intensify
  INTENSIFIERS,
  // dampen
  DAMPENERS,
  // contrast
  CONTRASTS,
  // deference
  'great good nice interesting cool excellent awesome wonderful fantastic impressive brilliant',
  // greeting
  'hi hello hey dear greetings howdy hiya morning afternoon evening',
  // wh
  'what how why where when who whom whose which',
  // directStart
  'so then and but or now',
  // imperative
  "stop do don't dont fix read check look go give tell make remove revert explain answer leave quit keep " +
    'add change delete use send show put get try note see avoid reply respond restore undo move follow ' +
    'resubmit submit ask',
  // lead
  'okay ok so and but well um uh umm uhh er erm yeah yes yep right now oh ah hmm mm mhm alright great ' +
    'good cool fine sure hi hey hello then also just actually anyway anyways plus like',
  // aux
  'do does did is are was were am can could would will should shall may might must have has had ' +
    "don't doesn't didn't isn't aren't wasn't weren't can't couldn't wouldn't won't shouldn't haven't hasn't hadn't " +
    'dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt wont shouldnt havent hasnt hadnt',
  // subject
  "you i we they he she it there that this your anyone anybody someone somebody anything everything everyone people y'all u",
  // clarifying
  'exactly specifically mean meant version error message screenshot code steps step details detail ' +
    'which clarify confirm model browser device number link id account username time date when where ' +
    'happened happens example',
  // function
  'work works working worked load loads loading open opens opening start starts starting connect connects ' +
    'connecting print prints printing sync syncs syncing boot boots booting respond responds responding run ' +
    'runs running send sends sending save saves saving install installs installing update updates updating ' +
    'log login charge charges charging',
  // persist
  'still again anymore keeps kept repeatedly constantly',
];
CLASSES.forEach((words, k) => {
  for (const w of words.split(' ')) entry(w).bits |= 1 << k;
});
for (const [w, v] of SENTIMENT_LEXICON) entry(w).valence = v;
for (const [w, node] of CUE_ROOT.next) entry(w).phrases = node;

/**
 * A map from `keys` to valences on the −4 … +4 scale, given as one character each in `codes`:
 * the valence times ten plus 81 (so an integer divided by ten: the same number as the literal).
 */
function valences(keys: Iterable<string>, codes: string): Map<string, number> {
  const map = new Map<string, number>();
  let k = 0;
  for (const key of keys) map.set(key, (codes.charCodeAt(k++) - 81) / 10);
  return map;
}

/** Emoticons (ASCII), team-curated, with their valences. */
const EMOTICONS = valences(":) :-) :] =) :d :-d ;) ;-) :p :-p <3 :( :-( :'( :/ :-/ :| >:( :@".split(' '), 'eecchhaa^^j==9EEK7:');
/** Emoji (one code point each), team-curated, with their valences. */
const EMOJI = valences(
  '\u{1F600}\u{1F601}\u{1F602}\u{1F603}\u{1F604}\u{1F605}\u{1F606}\u{1F609}\u{1F60A}\u{1F60D}\u{1F618}\u{1F642}\u{1F923}\u{1F970}' +
    '\u{1F44D}\u{1F44F}\u{1F64C}\u{1F64F}\u{1F389}\u2764\u{1F499}\u{1F495}\u2705\u{1F525}\u2B50\u{1F61E}\u{1F622}\u{1F62D}' +
    '\u{1F620}\u{1F621}\u{1F92C}\u{1F612}\u{1F644}\u{1F629}\u{1F62B}\u{1F61F}\u{1F615}\u{1F610}\u{1F611}\u{1F614}\u{1F624}' +
    '\u{1F44E}\u{1F494}\u274C\u{1F480}',
  'ggcgg[e`gmh_emcdg`ikii]]`?<;743AA==BEMKA;?9EL',
);

/** Valence of an ASCII emoticon starting at punctuation token `t`, if any. */
function emoticonValence(text: string, t: Token): number {
  if (!':;=<>'.includes(t.text)) return Number.NaN;
  for (let end = t.start + 4; end > t.start + 1; end--) {
    // Past the end of the text the slice is shorter: it finds what a shorter length would.
    const v = EMOTICONS.get(text.slice(t.start, end).toLowerCase());
    // ":d" must not be the start of a word (":does").
    if (v !== undefined && !/[a-z]/i.test(text.charAt(end))) return v;
  }
  return Number.NaN;
}

/**
 * The entry of a word written with a letter stretched ("sooo", "pleeease", "goooood", "sorryyy"):
 * each run of three or more of a letter becomes two, else one, and the first of those spellings
 * in the dictionary wins. Undefined for any other word (English spells no letter three times).
 */
function stretched(word: string): WordEntry | undefined {
  // A quick look for three of a kind first: most words have none, and skip the replacements.
  let run = 0;
  for (let i = 1; i < word.length && run < 2; i++) run = word.charCodeAt(i) === word.charCodeAt(i - 1) ? run + 1 : 0;
  return run < 2 ? undefined : (WORDS.get(word.replace(STRETCH, '$1$1')) ?? WORDS.get(word.replace(STRETCH, '$1')));
}
/** A run of three or more of one character (linear: one character, then repeats of it). */
const STRETCH = /(.)\1\1+/g;

/** What the lexical pass found (short field names: a minifier cannot shorten property names). */
export interface TokenInfo {
  /** Word-class bits ({@link WB}) and shape bits ({@link SHAPE_CAPS}, {@link SHAPE_DIGIT}) per token. */
  readonly bits: Int32Array;
  /** Cue phrases, in token order. */
  readonly hits: readonly CueHit[];
  /** Tokens with a valence, in order. */
  readonly valued: readonly number[];
  /** Their valences, parallel to `valued`. */
  readonly valences: readonly number[];
  /** Word tokens. */
  readonly words: number;
  /** Word tokens written in capitals (≥ 2 letters). */
  readonly caps: number;
  /** Of those, the ones of three or more characters ("NOT", "ASAP"; not "OK"). */
  readonly loud: number;
  /** `!` tokens. */
  readonly bangs: number;
  /** `?` tokens. */
  readonly qmarks: number;
}

// A one-entry cache: the signals of one message are computed one after another, so the last
// view is the one asked about again. (Views are immutable, so identity is a safe key; a WeakMap
// costs more per message than the pass it would save.)
let lastView: TextView | undefined;
let lastInfo: TokenInfo | undefined;

/** Runs (or returns the cached) lexical pass over `view`. */
export function tokenInfo(view: TextView): TokenInfo {
  if (view === lastView && lastInfo !== undefined) return lastInfo;
  const tokens = view.tokens;
  const n = tokens.length;
  const bits = new Int32Array(n);
  const hits: CueHit[] = [];
  const valued: number[] = [];
  const valences: number[] = [];
  let words = 0;
  let caps = 0;
  let loud = 0;
  let bangs = 0;
  let qmarks = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const kind = t.kind;
    let b = 0;
    let v = Number.NaN;
    if (kind === 'word') {
      words++;
      const c0 = t.text.charCodeAt(0);
      // All capitals: a capital first, no a-z, and another A-Z ("OK", "NOT"; not "I", "Ok", "É").
      if (c0 >= 65 && c0 <= 90) {
        if (!/[a-z]/.test(t.text) && /^.[^A-Z]*[A-Z]/.test(t.text)) {
          b = SHAPE_CAPS;
          caps++;
          if (t.text.length >= 3) loud++;
        }
      } else if (c0 >= 48 && c0 <= 57) b = SHAPE_DIGIT;
      const e = WORDS.get(t.lower) ?? stretched(t.lower);
      if (e !== undefined) {
        b |= e.bits;
        // A function verb is neutral alone; the sentiment scorer gives it a valence when negated.
        v = e.valence === e.valence || (e.bits & WB.function) === 0 ? e.valence : 0;
        if (e.phrases !== undefined) walkCues(tokens, i, e.phrases, hits);
      }
    } else if (kind === 'punct') {
      if (t.text === '!') bangs++;
      else if (t.text === '?') qmarks++;
      else v = emoticonValence(view.text, t);
    } else if (kind === 'other') v = EMOJI.get(t.text) ?? Number.NaN;
    else if (kind !== 'mention') b = SHAPE_DIGIT; // a number, URL or e-mail address
    bits[i] = b;
    if (v === v) {
      valued.push(i);
      valences.push(v);
    }
  }
  const info: TokenInfo = { bits, hits, valued, valences, words, caps, loud, bangs, qmarks };
  lastView = view;
  lastInfo = info;
  return info;
}

/** The word-class bits ({@link WB}) of `word` (lower case), 0 when it is in no class. */
export function wordBits(word: string): number {
  return WORDS.get(word)?.bits ?? 0;
}

/** The cue phrases of `view` (from the cached lexical pass). */
export function scanCues(view: TextView): readonly CueHit[] {
  return tokenInfo(view).hits;
}
