/**
 * One phrase scan for the whole built-in pack. Each rule registers its phrase lists at module
 * load; a list joins a single token trie the first time it is searched (so lists of rules that
 * never run cost nothing), and each message is scanned once, however many lists the enabled rules
 * use (the pack has about thirty; `recommended` on agent replies without a context searches
 * nineteen). A rule then reads
 * its list's matches with the same semantics as the engine's `compilePhrases(...).find(view)`:
 * left to right, the longest phrase at each position, no overlaps.
 *
 * Phrases are tokenized with the shared tokenizer and matched on `token.lower`; like the engine's
 * matcher, a phrase word with an apostrophe also matches without it ("dont"), and a hyphenated
 * word also matches split or joined ("follow up", "followup").
 *
 * The trie itself is `text/phrase-trie.ts`, which the engine's public `compilePhrases` uses too.
 */
import { addPhrases, compileTrie, edgeBit, edgeBits, firstLevel, type Trie, type TrieNode } from '../../text/phrase-trie.js';
import type { TextView, Token } from '../../text/text-view.js';
import { wordIds } from '../../text/word-set.js';
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

/** How many lists are registered (a list's number is its id in the scan's results). */
let lists = 0;
/** The shared trie, by its first level (a `Map` to add to, an array by vocabulary id to scan). */
const top = new Map<number, TrieNode>();
let root: Trie = [];
/**
 * The empty result, of a scan and of a list (one shared array for both; read-only by its type).
 * Not frozen: V8 iterates a frozen array with `for…of` through the generic iterator protocol,
 * and the pack's rules loop over mostly empty match lists on every message.
 */
const EMPTY: readonly never[] = [];

/**
 * Scans `view` once for every list: flattened (list, start, end, phrase) quadruples in order of
 * start token, the longest phrase per list and start. Messages match about one phrase on average,
 * so one flat array (usually empty) beats a structure per list.
 */
function scanUncached(view: TextView, first: Trie): readonly number[] {
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

/** A per-view cache of the scan with the current trie, made again whenever a list joins it. */
const newScan = () => viewCache((view: TextView) => scanUncached(view, root));
let scan = newScan();

/**
 * Registers a phrase list for the shared scan. Call at module load; the returned handle finds the
 * list's phrases in any view.
 */
export function phraseList(phrases: readonly string[]): PhraseList {
  const id = lists++;
  let added = false;
  return {
    find: (view, window) => {
      // A list joins the shared trie when it is first searched, so the lists of rules that do not
      // run (turned off, for the other role, or waiting for a context) cost the scan nothing.
      if (!added) {
        added = true;
        addPhrases(top, phrases, id);
        root = firstLevel(top);
        scan = newScan();
      }
      return matchesOf(scan(view), id, view, window);
    },
  };
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
