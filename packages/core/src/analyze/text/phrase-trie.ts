/**
 * Phrase tries over vocabulary ids: the structure under the rule pack's shared phrase scan
 * (`rules/internal/pack-phrases.ts`) and the engine's public `compilePhrases`. A phrase is
 * tokenized with the shared tokenizer; each of its tokens gives one or more key sequences (by
 * default the lower-case word, its apostrophe-free form and its hyphen splits); keys are
 * registered in the shared vocabulary (`word-set.ts`), so a view's word ids walk the trie without
 * string comparisons.
 */
import { createTextView, type Token } from './text-view.js';
import { vocabularyId } from './word-set.js';

/** A trie node. */
export interface TrieNode {
  /** Children by the vocabulary id of the next word. */
  next: Map<number, TrieNode> | undefined;
  /** The node's number in {@link edgeBits}. */
  tag: number;
  /** Phrase ends at this node: pairs of (list id, phrase index), flattened. */
  ends: number[] | undefined;
}

/**
 * A compiled trie: first level by vocabulary id. Key 0 (the empty word, which no token has) is a
 * wildcard child for `compilePhrases`' `*`; the pack's scan never follows it.
 */
export type Trie = (TrieNode | undefined)[];

/**
 * One bit per (node, next word) pair that is a trie edge, by hash: a clear bit means no such child,
 * so the scan skips the Map look-up (two scattered objects) for most next words.
 */
export const edgeBits = new Uint32Array(2048);
let tags = 0;
/** The bit of `edgeBits` for the edge from the node tagged `tag` to word `id`. */
export function edgeBit(tag: number, id: number): number {
  return (Math.imul(tag, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) >>> 16;
}

/** The key sequences a phrase word matches: itself, then without apostrophes, then split and joined at hyphens. */
export function variants(key: string): string[][] {
  const out: string[][] = [[key]];
  if (key.includes("'")) out.push([key.replaceAll("'", '')]);
  if (key.includes('-') && key.length > 1) {
    const parts = key.split('-').filter((p) => p.length > 0);
    if (parts.length > 1) {
      out.push(parts);
      out.push([parts.join('')]);
    }
  }
  return out;
}

/**
 * The trie of `lists` (phrase words registered in the shared vocabulary), first level by id;
 * `expand` gives the key sequences each phrase token matches.
 */
export function compileTrie(lists: readonly (readonly string[])[], expand?: (token: Token) => string[][]): Trie {
  const top = new Map<number, TrieNode>();
  lists.forEach((phrases, list) => addPhrases(top, phrases, list, expand));
  return firstLevel(top);
}

/**
 * Adds `phrases` as list `list` to the trie whose first level is `top` (by vocabulary id),
 * registering their words in the shared vocabulary.
 */
export function addPhrases(top: Map<number, TrieNode>, phrases: readonly string[], list: number, expand = (token: Token) => variants(token.lower)): void {
  phrases.forEach((phrase, index) => {
    const keys = createTextView(phrase).tokens.map(expand);
    if (keys.length === 0) return;
    let sequences: string[][] = [[]];
    for (const key of keys) {
      const next: string[][] = [];
      for (const seq of sequences) for (const alt of key) if (next.length < 64) next.push([...seq, ...alt]);
      sequences = next;
    }
    for (const seq of sequences) {
      let node: TrieNode | undefined;
      for (const key of seq) {
        // Child maps are made only for nodes that get a child, so a leaf's `next` stays undefined.
        const level = node === undefined ? top : (node.next ??= new Map());
        const id = vocabularyId(key);
        let child = level.get(id);
        if (child === undefined) level.set(id, (child = { next: undefined, tag: tags++, ends: undefined }));
        if (node !== undefined) {
          const bit = edgeBit(node.tag, id);
          edgeBits[bit >>> 5] = (edgeBits[bit >>> 5] as number) | (1 << bit);
        }
        node = child;
      }
      const ends = ((node as TrieNode).ends ??= []);
      // Duplicates within a list keep the first index. A list's phrases are added together, so a
      // list's earlier pair at this node, if any, is the last one.
      if (ends[ends.length - 2] !== list) ends.push(list, index);
    }
  });
}

/** The first level of a trie as an array by vocabulary id (see {@link Trie}). */
export function firstLevel(top: ReadonlyMap<number, TrieNode>): Trie {
  const first: Trie = [];
  for (const [id, node] of top) {
    while (first.length <= id) first.push(undefined);
    first[id] = node;
  }
  return first;
}

/**
 * The longest phrase of `trie` (one list) starting at token `i` and ending by token `to`, written
 * to `out` as [endToken, phraseIndex]; false when there is none. Ties (several wildcard paths):
 * the lower phrase index. `ids` are the vocabulary ids of the tokens' keys.
 */
export function longestAt(trie: Trie, ids: readonly number[], tokens: readonly Token[], i: number, to: number, out: [number, number]): boolean {
  out[0] = -1;
  const id = ids[i] as number;
  if (id !== 0) visit(trie[id], ids, tokens, i + 1, to, out);
  if (wordy(tokens[i] as Token)) visit(trie[0], ids, tokens, i + 1, to, out);
  return out[0] >= 0;
}

const wordy = (token: Token): boolean => token.kind === 'word' || token.kind === 'number';

/** {@link longestAt} from `node`, reached with tokens up to `j`. */
function visit(node: TrieNode | undefined, ids: readonly number[], tokens: readonly Token[], j: number, to: number, out: [number, number]): void {
  if (node === undefined) return;
  const phrase = node.ends?.[1];
  if (phrase !== undefined && (j > out[0] || (j === out[0] && phrase < out[1]))) {
    out[0] = j;
    out[1] = phrase;
  }
  const next = node.next;
  if (j >= to || next === undefined) return;
  const id = ids[j] as number;
  if (id !== 0) visit(next.get(id), ids, tokens, j + 1, to, out);
  if (wordy(tokens[j] as Token)) visit(next.get(0), ids, tokens, j + 1, to, out);
}
