import { RapportError } from '../../errors.js';
import { createTextView, type TextView, type Token } from '../text/text-view.js';

/**
 * One phrase found by a {@link PhraseMatcher}.
 * @since 0.1.0
 */
export interface PhraseMatch {
  /** Index of the matched phrase in the list given to `compilePhrases`. */
  readonly phraseIndex: number;
  /** Index of the first matched token in `view.tokens`. */
  readonly firstToken: number;
  /** Index just past the last matched token. */
  readonly endToken: number;
  /** UTF-16 offset where the match starts. */
  readonly start: number;
  /** UTF-16 offset where the match ends (exclusive). */
  readonly end: number;
}

/**
 * Options of `compilePhrases`.
 * @since 0.1.0
 */
export interface CompilePhrasesOptions {
  /** Match the case as written (default `false`: `Sorry` matches `sorry`). */
  readonly caseSensitive?: boolean;
  /** Also match words written without their apostrophe (`dont` for `don't`; default `true`). */
  readonly apostropheVariants?: boolean;
  /** Also match hyphenated words split or joined (`follow up`, `followup` for `follow-up`; default `true`). */
  readonly hyphenVariants?: boolean;
}

/**
 * Options of {@link PhraseMatcher.find}.
 * @since 0.1.0
 */
export interface FindPhrasesOptions {
  /** First token index to consider (default 0). */
  readonly from?: number;
  /** Token index to stop before (default: all tokens). Matches never extend past it. */
  readonly to?: number;
  /** Report the longest match at every start token, even inside an earlier match (default `false`). */
  readonly overlapping?: boolean;
}

/**
 * A compiled phrase list. Created once (per rule module or per configuration), used per message.
 * @since 0.1.0
 */
export interface PhraseMatcher {
  /** Number of phrases compiled. */
  readonly size: number;
  /**
   * Finds phrases in `view`, left to right; at each position the longest phrase wins, and by
   * default matching resumes after it (no overlaps). Linear in the number of tokens.
   */
  find(view: TextView, options?: FindPhrasesOptions): PhraseMatch[];
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  any: TrieNode | undefined;
  phrase: number;
  depth: number;
}

const MAX_VARIANTS = 64;

function node(depth: number): TrieNode {
  return { next: undefined, any: undefined, phrase: -1, depth };
}

function normalizeKey(token: Token, caseSensitive: boolean): string {
  if (!caseSensitive) return token.lower;
  const t = token.text;
  return t.includes('\u2019') || t.includes('\u2018') ? t.replace(/[\u2018\u2019]/g, "'") : t;
}

/** Alternative token sequences for one phrase token. */
function variantsOf(key: string, options: Required<CompilePhrasesOptions>): string[][] {
  const out: string[][] = [[key]];
  if (options.apostropheVariants && key.includes("'")) out.push([key.replaceAll("'", '')]);
  if (options.hyphenVariants && key.includes('-') && key.length > 1) {
    const parts = key.split('-').filter((p) => p.length > 0);
    if (parts.length > 1) {
      out.push(parts);
      out.push([parts.join('')]);
    }
  }
  return out;
}

/*
 * A pre-filter so that most tokens cost a matcher one bit test instead of a string-keyed Map
 * look-up (the English pack has thirty-odd matchers, and hashing each token thirty times was a
 * fifth of the analysis time). Each token gets a 12-bit signature from its first, second and last
 * characters and its length, computed once per view; each matcher keeps a 4,096-bit set of the
 * signatures of its phrases' first words. A token whose signature is not in the set cannot start
 * a match; one that is (about 1 in 40 false positives for a hundred first words) goes on to the
 * trie. No global state grows, and nothing depends on which matchers exist.
 */
const SIGNATURE_BITS = 4096;

function signatureOf(lower: string): number {
  const n = lower.length;
  if (n === 0) return 0;
  const c0 = lower.charCodeAt(0);
  const c1 = n > 1 ? lower.charCodeAt(1) : 0;
  const cl = lower.charCodeAt(n - 1);
  return (c0 * 961 + c1 * 31 + cl + n * 7919) & (SIGNATURE_BITS - 1);
}

// The signatures of the last two views seen (an analysis matches its text and often its
// context); a miss only recomputes, so any call pattern stays correct.
let viewA: TextView | undefined;
let sigsA: Uint16Array = new Uint16Array(0);
let viewB: TextView | undefined;
let sigsB: Uint16Array = new Uint16Array(0);

function signaturesOf(view: TextView): Uint16Array {
  if (view === viewA) return sigsA;
  if (view === viewB) return sigsB;
  const tokens = view.tokens;
  const sigs = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) sigs[i] = signatureOf((tokens[i] as Token).lower);
  viewB = viewA;
  sigsB = sigsA;
  viewA = view;
  sigsA = sigs;
  return sigs;
}

/** The signature set of the first words of `root`'s phrases. */
function firstWordSignatures(root: TrieNode): Uint32Array {
  const bits = new Uint32Array(SIGNATURE_BITS / 32);
  for (const key of root.next?.keys() ?? []) {
    const sig = signatureOf(key.toLowerCase());
    bits[sig >>> 5] = (bits[sig >>> 5] as number) | (1 << (sig & 31));
  }
  return bits;
}

/**
 * Compiles a list of phrases into a token trie, once, for fast matching over a `TextView`.
 *
 * When to use: in any rule that looks for words or multi-word phrases ("sorry for any
 * inconvenience", "as per"): it matches on the shared tokens, so it costs one map look-up per
 * token rather than a regex pass per phrase.
 *
 * Details: phrases are tokenized with the same tokenizer as the analyzed text, so punctuation
 * inside a phrase ("sorry, but") matches punctuation tokens. A token `*` in a phrase matches any
 * one word or number. Matching is case-insensitive unless `caseSensitive`; typographic
 * apostrophes match straight ones; by default `dont` also matches `don't` and `follow up` /
 * `followup` match `follow-up`. Duplicate phrases keep the first index. An empty phrase or one
 * made only of `*` throws a `RapportError` (`INVALID_INPUT`) naming its index.
 *
 * @example
 * ```ts
 * import { compilePhrases, createTextView } from '@rapport/core/analyze';
 *
 * const matcher = compilePhrases(['sorry for any inconvenience', 'as per', 'follow-up']);
 * const view = createTextView('As per your email, sorry for any inconvenience. A follow up is planned.');
 * matcher.find(view).map((m) => m.phraseIndex); // [1, 0, 2]
 * ```
 * @since 0.1.0
 */
export function compilePhrases(phrases: readonly string[], options: CompilePhrasesOptions = {}): PhraseMatcher {
  const opts: Required<CompilePhrasesOptions> = {
    caseSensitive: options.caseSensitive ?? false,
    apostropheVariants: options.apostropheVariants ?? true,
    hyphenVariants: options.hyphenVariants ?? true,
  };
  const root = node(0);
  let wildcards = false;
  phrases.forEach((phrase, index) => {
    const tokens = typeof phrase === 'string' ? createTextView(phrase).tokens : [];
    const keys = tokens.map((t) => (t.text === '*' ? '*' : normalizeKey(t, opts.caseSensitive)));
    if (keys.includes('*')) wildcards = true;
    if (keys.length === 0 || keys.every((k) => k === '*')) {
      throw new RapportError('INVALID_INPUT', `Phrase ${index} is empty or only wildcards`, {
        issues: [{ code: 'invalid_phrase', path: [index], message: 'a phrase needs at least one word' }],
      });
    }
    let sequences: string[][] = [[]];
    for (const key of keys) {
      const alternatives = key === '*' ? [['*']] : variantsOf(key, opts);
      const next: string[][] = [];
      for (const seq of sequences) for (const alt of alternatives) if (next.length < MAX_VARIANTS) next.push([...seq, ...alt]);
      sequences = next;
    }
    for (const seq of sequences) insert(root, seq, index);
  });
  // A phrase starting with `*` can start anywhere: no pre-filter then.
  const firstBits = root.any === undefined ? firstWordSignatures(root) : undefined;

  return {
    size: phrases.length,
    find(view: TextView, findOptions: FindPhrasesOptions = {}): PhraseMatch[] {
      const tokens = view.tokens;
      const to = Math.min(findOptions.to ?? tokens.length, tokens.length);
      const overlapping = findOptions.overlapping === true;
      const matches: PhraseMatch[] = [];
      const caseSensitive = opts.caseSensitive;
      const sigs = firstBits === undefined ? undefined : signaturesOf(view);
      let i = Math.max(findOptions.from ?? 0, 0);
      while (i < to) {
        if (sigs !== undefined) {
          const sig = sigs[i] as number;
          if ((((firstBits as Uint32Array)[sig >>> 5] as number) & (1 << (sig & 31))) === 0) {
            i++;
            continue;
          }
        }
        const best = longestAt(root, tokens, i, to, caseSensitive, wildcards);
        if (best === undefined) {
          i++;
          continue;
        }
        const endToken = i + best.depth;
        matches.push({
          phraseIndex: best.phrase,
          firstToken: i,
          endToken,
          start: (tokens[i] as Token).start,
          end: (tokens[endToken - 1] as Token).end,
        });
        i = overlapping ? i + 1 : endToken;
      }
      return matches;
    },
  };
}

function insert(root: TrieNode, keys: readonly string[], index: number): void {
  let current = root;
  for (const key of keys) {
    if (key === '*') {
      current.any ??= node(current.depth + 1);
      current = current.any;
      continue;
    }
    current.next ??= new Map();
    let child = current.next.get(key);
    if (child === undefined) {
      child = node(current.depth + 1);
      current.next.set(key, child);
    }
    current = child;
  }
  if (current.phrase < 0) current.phrase = index;
}

/** Whether `candidate` beats `best`: longer, or as long with a lower phrase index. */
function better(candidate: TrieNode, best: TrieNode | undefined): boolean {
  return best === undefined || candidate.depth > best.depth || (candidate.depth === best.depth && candidate.phrase < best.phrase);
}

/** The deepest phrase-ending node reachable from `start` (ties: the lower phrase index). */
function longestAt(root: TrieNode, tokens: readonly Token[], start: number, to: number, caseSensitive: boolean, wildcards: boolean): TrieNode | undefined {
  let best: TrieNode | undefined;
  if (!wildcards) {
    // One path through the trie: one map look-up per token, no allocation.
    let current: TrieNode | undefined = root;
    for (let j = start; j < to && current !== undefined; j++) {
      const token = tokens[j] as Token;
      current = current.next?.get(caseSensitive ? normalizeKey(token, true) : token.lower);
      if (current !== undefined && current.phrase >= 0 && better(current, best)) best = current;
    }
    return best;
  }
  // With wildcards, a small set of parallel paths (bounded by the trie's branching on `*`).
  let frontier: TrieNode[] = [root];
  for (let j = start; j < to && frontier.length > 0; j++) {
    const token = tokens[j] as Token;
    const key = caseSensitive ? normalizeKey(token, true) : token.lower;
    const isWord = token.kind === 'word' || token.kind === 'number';
    const next: TrieNode[] = [];
    for (const n of frontier) {
      const exact = n.next?.get(key);
      if (exact !== undefined) next.push(exact);
      if (isWord && n.any !== undefined) next.push(n.any);
    }
    for (const child of next) if (child.phrase >= 0 && better(child, best)) best = child;
    frontier = next;
  }
  return best;
}
