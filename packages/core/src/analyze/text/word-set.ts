/**
 * Word sets that answer "is token `i` in the set?" with an array read instead of a string-keyed
 * hash look-up.
 *
 * Every word set (and every word of the rule pack's phrase lists) is registered in one vocabulary
 * that gives each distinct lower-case word a small integer id. A view's tokens are looked up in
 * that vocabulary once ({@link wordIds}, kept for the last two views: the message and its
 * context), and each set keeps one bit per vocabulary word, so testing a token is
 * `bits[id] & mask`. The rule pack reads some thirty sets per token; this turns about 160
 * `Set.has` calls a message into some 24 table probes plus array reads. The same pass ORs the
 * bits of every token, so a rule can ask whether any word of a set occurs in a view at all
 * ({@link WordSet.inView}) and skip its scan when none does.
 *
 * Build sets at module load. Every registration adds to the vocabulary for the life of the
 * program, and views looked up before a registration are looked up again (a generation check), so
 * a late set is correct, only slower once.
 */
import type { TextView, Token } from './text-view.js';

/**
 * The vocabulary: an open-addressing hash table (linear probing, at most half full) from word to
 * id; id 0 means "in no set". Hand-rolled rather than a `Map`: a `Map` look-up of a freshly sliced
 * token string makes V8 compute and store the string's hash, which costs about three times the
 * JavaScript loop below (measured on the corpus: ~60 ns against ~25 ns a token). Each slot is two
 * adjacent entries of one array, the word's full hash and its id, so a probe reads one cache line;
 * the hash is compared before the word (most probes end there).
 */
let table = new Int32Array(2048);
let slotMask = 1023;
/** The word of each id (index 0: none), for the final comparison and for {@link wordOf}. */
const idWords: string[] = [''];
/** The id of each one-character ASCII word (punctuation tokens), 0 when it has none. */
const charIds = new Int32Array(128);
let nextId = 1;
/** Allocated length of every bit array (ids are below it). */
let capacity = 256;
/** `bits[c][id]`: bit `k` set when word `id` is in set `32 * c + k`. */
const bits: Uint32Array[] = [];
let setCount = 0;
/** Bumped whenever a word gets an id, so views looked up earlier are looked up again. */
let generation = 0;

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h ^ (h >>> 15);
}

/**
 * The id of `word`, or 0 when it is in no set.
 *
 * @internal The tokenizer's look-up for tokens it does not hash itself.
 */
export function idOf(word: string): number {
  const hash = hashOf(word);
  let slot = hash & slotMask;
  for (;;) {
    const id = table[2 * slot + 1] as number;
    if (id === 0) return 0;
    if (table[2 * slot] === hash && idWords[id] === word) return id;
    slot = (slot + 1) & slotMask;
  }
}

/** The id of the one-character word `String.fromCharCode(c)` for an ASCII `c`. @internal */
export function charId(c: number): number {
  return charIds[c] as number;
}

/**
 * The id of the ASCII word written at `text[start, end)` lower-cased (A–Z folded to a–z, nothing
 * else changed), or 0 when it is in no set. `h` is the running hash the tokenizer computed while
 * scanning it: `h = Math.imul(h, 31) + unit | 0` over the folded code units, as in `hashOf` before
 * its final mix. The candidate is compared with the span in place, so no string is made.
 *
 * @internal For the tokenizer; {@link wordOf} gives the matched word's string.
 */
export function spanId(text: string, start: number, end: number, h: number): number {
  const hash = h ^ (h >>> 15);
  const length = end - start;
  let slot = hash & slotMask;
  for (;;) {
    const id = table[2 * slot + 1] as number;
    if (id === 0) return 0;
    if (table[2 * slot] === hash) {
      const word = idWords[id] as string;
      if (word.length === length) {
        let k = 0;
        while (k < length) {
          let c = text.charCodeAt(start + k);
          if (c >= 65 && c <= 90) c += 32;
          if (c !== word.charCodeAt(k)) break;
          k++;
        }
        if (k === length) return id;
      }
    }
    slot = (slot + 1) & slotMask;
  }
}

/** The word with vocabulary id `id` (non-zero, from {@link spanId}). @internal */
export function wordOf(id: number): string {
  return idWords[id] as string;
}

function insert(into: Int32Array, mask: number, word: string, id: number): void {
  const hash = hashOf(word);
  let slot = hash & mask;
  while (into[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
  into[2 * slot] = hash;
  into[2 * slot + 1] = id;
}

/**
 * The id of `word` in the shared vocabulary, registering it when new (so a token spelled `word`
 * gets this id from {@link wordIds} from now on). The empty string has no id (no token is empty).
 */
export function vocabularyId(word: string): number {
  if (word === '') return 0;
  const known = idOf(word);
  if (known !== 0) return known;
  const id = nextId++;
  generation++;
  idWords.push(word);
  if (2 * nextId > slotMask + 1) {
    const size = (slotMask + 1) * 2;
    const grown = new Int32Array(2 * size);
    for (let other = 1; other < id; other++) insert(grown, size - 1, idWords[other] as string, other);
    table = grown;
    slotMask = size - 1;
  }
  insert(table, slotMask, word, id);
  if (word.length === 1 && word.charCodeAt(0) < 128) charIds[word.charCodeAt(0)] = id;
  if (id >= capacity) {
    while (id >= capacity) capacity *= 2;
    for (let c = 0; c < bits.length; c++) {
      const grown = new Uint32Array(capacity);
      grown.set(bits[c] as Uint32Array);
      bits[c] = grown;
    }
  }
  return id;
}

/** The vocabulary ids of one view's tokens, and which sets occur in it. */
export interface ViewWords {
  /** The vocabulary id of each token's `lower`, 0 when the word is in no set. */
  readonly ids: readonly number[];
  /** `present[c]` has bit `k` set when some token of the view is in set `32 * c + k`. */
  readonly present: readonly number[];
}

interface CachedWords extends ViewWords {
  readonly generation: number;
}

let key0: TextView | undefined;
let value0: CachedWords | undefined;
let key1: TextView | undefined;
let value1: CachedWords | undefined;

function lookUp(view: TextView): CachedWords {
  const tokens = view.tokens;
  const n = tokens.length;
  // Plain arrays: a small typed array costs more to allocate than the whole pass saves.
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(idOf((tokens[i] as Token).lower));
  return withPresent(ids);
}

function withPresent(ids: readonly number[]): CachedWords {
  const present: number[] = [];
  // One tight loop per bit array, without a test for id 0 (whose bits are all clear): about half
  // the tokens have an id, so that test would be a coin toss the branch predictor loses.
  for (let c = 0; c < bits.length; c++) {
    const arr = bits[c] as Uint32Array;
    let any = 0;
    for (let i = 0; i < ids.length; i++) any |= arr[ids[i] as number] as number;
    present.push(any);
  }
  return { ids, present, generation };
}

function remember(view: TextView, value: CachedWords): void {
  if (view === key0) {
    value0 = value;
  } else {
    key1 = key0;
    value1 = value0;
    key0 = view;
    value0 = value;
  }
}

/**
 * Records the ids the tokenizer found for `view`'s tokens (each the id of the token's `lower`, as
 * {@link wordIds} would compute them), so {@link wordIds} does not look the tokens up again.
 *
 * @internal Called by `createTextView`.
 */
export function rememberIds(view: TextView, ids: readonly number[]): void {
  remember(view, withPresent(ids));
}

/**
 * The vocabulary ids of `view`'s tokens (one hash-table probe per token), computed once per view: the
 * last two views are kept (the analyzed message and its context), like the rule pack's other
 * per-view caches.
 */
export function wordIds(view: TextView): ViewWords {
  if (view === key0 && (value0 as CachedWords).generation === generation) return value0 as CachedWords;
  if (view === key1 && (value1 as CachedWords).generation === generation) return value1 as CachedWords;
  const value = lookUp(view);
  remember(view, value);
  return value;
}

/**
 * A fixed set of lower-case words, tested by token (`at`, `hasId`) or by string (`has`). Create
 * with {@link wordSet}, at module load.
 */
export class WordSet {
  /** The words, for string look-ups off the hot path. */
  readonly words: ReadonlySet<string>;
  /** Which bit array holds this set's bit. */
  readonly chunk: number;
  /** This set's bit in `bits[chunk]`. */
  readonly bit: number;

  constructor(words: Iterable<string>) {
    const set = new Set(words);
    this.words = set;
    const index = setCount++;
    this.chunk = index >>> 5;
    this.bit = 1 << (index & 31);
    if (this.chunk >= bits.length) bits.push(new Uint32Array(capacity));
    for (const word of set) {
      // No token is empty: '' has no id, and id 0 ("in no set") must keep every bit clear.
      if (word === '') continue;
      const id = vocabularyId(word);
      const arr = bits[this.chunk] as Uint32Array;
      arr[id] = (arr[id] as number) | this.bit;
    }
    generation++;
  }

  /** Whether `word` is in the set. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Whether the word with vocabulary id `id` (from {@link wordIds}) is in the set. */
  hasId(id: number): boolean {
    return (((bits[this.chunk] as Uint32Array)[id] as number) & this.bit) !== 0;
  }

  /** Whether token `i` of `view` is in the set (its `lower` is one of the words). */
  at(view: TextView, i: number): boolean {
    return this.hasId(wordIds(view).ids[i] as number);
  }

  /** Whether any token of `view` is in the set. */
  inView(view: TextView): boolean {
    return (((wordIds(view).present[this.chunk] as number) & this.bit) !== 0);
  }
}

/** A {@link WordSet} of `words` (give them in lower case: tokens are matched on `lower`). */
export function wordSet(words: Iterable<string>): WordSet {
  return new WordSet(words);
}
