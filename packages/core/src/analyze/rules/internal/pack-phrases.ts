/**
 * One phrase scan for the whole built-in pack. Each rule registers its phrase lists at module
 * load; the first analysis compiles them into a single token trie, and each message is scanned
 * once, however many lists the enabled rules use (the pack has about thirty). A rule then reads
 * its list's matches with the same semantics as the engine's `compilePhrases(...).find(view)`:
 * left to right, the longest phrase at each position, no overlaps.
 *
 * Phrases are tokenized with the shared tokenizer and matched on `token.lower`; like the engine's
 * matcher, a phrase word with an apostrophe also matches without it ("dont"), and a hyphenated
 * word also matches split or joined ("follow up", "followup").
 *
 * The engine's public `compilePhrases` is built on the same trie ({@link compileTrie} and
 * {@link longestAt}), with its own key sequences (case-sensitive keys, variants off, `*`).
 */
import { createTextView, type TextView, type Token } from '../../text/text-view.js';
import { vocabularyId, wordIds } from '../../text/word-set.js';
import { viewCache } from './view-cache.js';

/** A registered phrase list. */
export interface PhraseList {
  /** Finds the list's phrases in `view` (optionally only in tokens `[from, to)`). */
  find(view: TextView, window?: { readonly from?: number; readonly to?: number }): readonly PackMatch[];
}

/** One match: which phrase, and where (token indices and UTF-16 offsets). */
export interface PackMatch {
  readonly phraseIndex: number;
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
}

interface Node {
  /** Children by the vocabulary id of the next word. */
  next: Map<number, Node> | undefined;
  /** The node's number in {@link edgeBits}. */
  tag: number;
  /** Phrase ends at this node: pairs of (list id, phrase index), flattened. */
  ends: number[] | undefined;
}

/**
 * A compiled trie: first level by vocabulary id. Key 0 (the empty word, which no token has) is a
 * wildcard child for `compilePhrases`' `*`; the pack's scan never follows it.
 */
export type Trie = (Node | undefined)[];

const lists: (readonly string[])[] = [];
/** The trie's first level, indexed by vocabulary id (see `text/word-set.ts`). */
let root: Trie | undefined;
/**
 * One bit per (node, next word) pair that is a trie edge, by hash: a clear bit means no such child,
 * so the scan skips the Map look-up (two scattered objects) for most next words.
 */
const edgeBits = new Uint32Array(2048);
let tags = 0;
function edgeBit(tag: number, id: number): number {
  return (Math.imul(tag, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) >>> 16;
}
/** The empty result, of a scan and of a list (one frozen array for both). */
const EMPTY: readonly never[] = Object.freeze([]);

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
export function compileTrie(lists: readonly (readonly string[])[], expand = (token: Token) => variants(token.lower)): Trie {
  const top = new Map<number, Node>();
  lists.forEach((phrases, list) => {
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
        let node: Node | undefined;
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
        const ends = ((node as Node).ends ??= []);
        // Duplicates within a list keep the first index. Lists are compiled in order, so a list's
        // earlier pair at this node, if any, is the last one.
        if (ends[ends.length - 2] !== list) ends.push(list, index);
      }
    });
  });
  const first: Trie = [];
  for (const [id, node] of top) {
    while (first.length <= id) first.push(undefined);
    first[id] = node;
  }
  return first;
}

/**
 * Scans `view` once for every list: flattened (list, start, end, phrase) quadruples in order of
 * start token, the longest phrase per list and start. Messages match about one phrase on average,
 * so one flat array (usually empty) beats a structure per list.
 */
function scanUncached(view: TextView, first: readonly (Node | undefined)[]): readonly number[] {
  let found: number[] | undefined;
  const ids = wordIds(view).ids;
  const n = ids.length;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    let node = id === 0 || id >= first.length ? undefined : first[id];
    let depth = 1;
    let startsAt = -1; // index in `found` of the first quadruple starting at token i
    while (node !== undefined) {
      const ends = node.ends;
      if (ends !== undefined) {
        found ??= [];
        if (startsAt < 0) startsAt = found.length;
        for (let k = 0; k < ends.length; k += 2) {
          const list = ends[k] as number;
          // Deeper nodes come later: the longest phrase at a start replaces a shorter one.
          let q = startsAt;
          while (q < found.length && found[q] !== list) q += 4;
          if (q < found.length) {
            found[q + 2] = i + depth;
            found[q + 3] = ends[k + 1] as number;
          } else found.push(list, i, i + depth, ends[k + 1] as number);
        }
      }
      if (i + depth >= n || node.next === undefined) break;
      // A word in no list (id 0) continues no phrase (about half the tokens), and most others do
      // not continue this one: skip the Map look-up then.
      const nextId = ids[i + depth] as number;
      if (nextId === 0) break;
      const bit = edgeBit(node.tag, nextId);
      if (((edgeBits[bit >>> 5] as number) & (1 << bit)) === 0) break;
      node = node.next.get(nextId);
      depth++;
    }
  }
  return found ?? EMPTY;
}

/** A per-view cache of the scan with the current lists, made again whenever a list is registered. */
const newScan = () => viewCache((view: TextView) => scanUncached(view, (root ??= compileTrie(lists))));
let scan = newScan();

/**
 * Registers a phrase list for the shared scan. Call at module load; the returned handle finds the
 * list's phrases in any view.
 */
export function phraseList(phrases: readonly string[]): PhraseList {
  const id = lists.length;
  lists.push(phrases);
  root = undefined;
  scan = newScan();
  return { find: (view, window) => matchesOf(scan(view), id, view, window) };
}

/**
 * A phrase list with a trie of its own, outside the shared scan, for lists made at run time (a
 * team's own terms): compiled once, scanned on each `find`. Its words join the shared vocabulary.
 */
export function ownPhraseList(phrases: readonly string[]): PhraseList {
  const own = compileTrie([phrases]);
  return { find: (view, window) => matchesOf(scanUncached(view, own), 0, view, window) };
}

/** List `id`'s matches in `found` (a scan's quadruples), left to right without overlaps, within `window`. */
function matchesOf(found: readonly number[], id: number, view: TextView, window: { readonly from?: number; readonly to?: number } | undefined): readonly PackMatch[] {
  let out: PackMatch[] | undefined;
  let resume = window?.from ?? 0;
  const to = window?.to ?? view.tokens.length;
  for (let q = 0; q < found.length; q += 4) {
    if (found[q] !== id) continue;
    const start = found[q + 1] as number;
    const end = found[q + 2] as number;
    if (start < resume || end > to) continue;
    (out ??= []).push({
      phraseIndex: found[q + 3] as number,
      firstToken: start,
      endToken: end,
      start: (view.tokens[start] as Token).start,
      end: (view.tokens[end - 1] as Token).end,
    });
    resume = end;
  }
  return out ?? EMPTY;
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
function visit(node: Node | undefined, ids: readonly number[], tokens: readonly Token[], j: number, to: number, out: [number, number]): void {
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
