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
 */
import { createTextView, type TextView, type Token } from '../../text/text-view.js';
import { vocabularyId, wordIds } from '../../text/word-set.js';
import { viewCache } from './view-cache.js';

/** A registered phrase list. */
export interface PhraseList {
  /** Finds the list's phrases in `view` (optionally only in tokens `[from, to)`). */
  find(view: TextView, window?: { readonly from?: number; readonly to?: number }): readonly PackMatch[];
  /** Whether any phrase of the list occurs in `view` (optionally in `[from, to)`). */
  has(view: TextView, window?: { readonly from?: number; readonly to?: number }): boolean;
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
  /** Phrase ends at this node: pairs of (list id, phrase index), flattened. */
  ends: number[] | undefined;
}

const lists: (readonly string[])[] = [];
/** The trie's first level, indexed by vocabulary id (see `text/word-set.ts`). */
let root: (Node | undefined)[] | undefined;
/** Bumped on every registration, so a scan made with an older trie is not reused. */
let generation = 0;
const NOTHING: Map<number, number[]> = new Map();
const EMPTY: readonly PackMatch[] = Object.freeze([]);

function variants(key: string): string[][] {
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

function compile(): (Node | undefined)[] {
  const top = new Map<number, Node>();
  lists.forEach((phrases, list) => {
    phrases.forEach((phrase, index) => {
      const keys = createTextView(phrase).tokens.map((t) => t.lower);
      if (keys.length === 0) return;
      let sequences: string[][] = [[]];
      for (const key of keys) {
        const next: string[][] = [];
        for (const seq of sequences) for (const alt of variants(key)) if (next.length < 64) next.push([...seq, ...alt]);
        sequences = next;
      }
      for (const seq of sequences) {
        let level = top;
        let node: Node | undefined;
        for (const key of seq) {
          const id = vocabularyId(key);
          let child = level.get(id);
          if (child === undefined) {
            child = { next: undefined, ends: undefined };
            level.set(id, child);
          }
          node = child;
          level = child.next ??= new Map();
        }
        const end = node as Node;
        end.ends ??= [];
        // Duplicates within a list keep the first index.
        let dup = false;
        for (let k = 0; k < end.ends.length; k += 2) if (end.ends[k] === list) dup = true;
        if (!dup) end.ends.push(list, index);
      }
    });
  });
  // Drop the empty child maps the loop above left on leaves.
  const prune = (n: Node): void => {
    if (n.next === undefined) return;
    if (n.next.size === 0) n.next = undefined;
    else for (const c of n.next.values()) prune(c);
  };
  const first: (Node | undefined)[] = [];
  for (const [id, node] of top) {
    prune(node);
    while (first.length <= id) first.push(undefined);
    first[id] = node;
  }
  return first;
}

/**
 * Scans `view` once for every list (cached per view): for each list with candidates, flattened
 * (start, end, phrase) triples, the longest phrase per start.
 */
function scanUncached(view: TextView): Map<number, number[]> {
  root ??= compile();
  const first = root;
  let found: Map<number, number[]> | undefined;
  const ids = wordIds(view).ids;
  const n = ids.length;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    let node = id === 0 || id >= first.length ? undefined : first[id];
    let depth = 1;
    while (node !== undefined) {
      const ends = node.ends;
      if (ends !== undefined) {
        for (let k = 0; k < ends.length; k += 2) {
          const list = ends[k] as number;
          found ??= new Map();
          let arr = found.get(list);
          if (arr === undefined) {
            arr = [];
            found.set(list, arr);
          }
          // Deeper nodes come later: the longest phrase at a start replaces a shorter one.
          if (arr.length >= 3 && arr[arr.length - 3] === i) {
            arr[arr.length - 2] = i + depth;
            arr[arr.length - 1] = ends[k + 1] as number;
          } else arr.push(i, i + depth, ends[k + 1] as number);
        }
      }
      if (i + depth >= n || node.next === undefined) break;
      node = node.next.get(ids[i + depth] as number);
      depth++;
    }
  }
  return found ?? NOTHING;
}

const cachedScan = viewCache((view: TextView) => ({ generation, found: scanUncached(view) }));

/** The scan of `view`, recomputed if a list was registered since it was cached. */
function scan(view: TextView): Map<number, number[]> {
  let result = cachedScan(view);
  if (result.generation !== generation) {
    // A list registered after this view was scanned (only in tests; rules register at load).
    result = { generation, found: scanUncached(view) };
  }
  return result.found;
}

/**
 * Registers a phrase list for the shared scan. Call at module load; the returned handle finds the
 * list's phrases in any view.
 */
export function phraseList(phrases: readonly string[]): PhraseList {
  const id = lists.length;
  lists.push(phrases);
  root = undefined;
  generation++;
  const find = (view: TextView, window?: { readonly from?: number; readonly to?: number }): readonly PackMatch[] => {
    const arr = scan(view).get(id);
    if (arr === undefined) return EMPTY;
    const from = window?.from ?? 0;
    const to = window?.to ?? view.tokens.length;
    const out: PackMatch[] = [];
    let resume = from;
    for (let k = 0; k < arr.length; k += 3) {
      const start = arr[k] as number;
      const end = arr[k + 1] as number;
      if (start < resume || end > to) continue;
      out.push({
        phraseIndex: arr[k + 2] as number,
        firstToken: start,
        endToken: end,
        start: (view.tokens[start] as Token).start,
        end: (view.tokens[end - 1] as Token).end,
      });
      resume = end;
    }
    return out;
  };
  return {
    find,
    has(view, window) {
      if (window === undefined) return scan(view).has(id);
      return find(view, window).length > 0;
    },
  };
}
