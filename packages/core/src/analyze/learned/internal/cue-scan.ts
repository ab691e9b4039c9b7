/**
 * One shared pass that finds every cue phrase the learned signals use. The phrase lists of all
 * signals are compiled once into a single map keyed by the first token; a message is scanned once
 * (one `Map` look-up per token) and the result is cached per view, so sentiment, politeness,
 * frustration, question typing and ego state together cost one scan, not a dozen.
 */
import { createTextView, type TextView, type Token } from '../../text/text-view.js';
import {
  adaptedChild as packAdapted,
  adult as packAdult,
  criticalParent as packCritical,
  nurturingParent as packNurturing,
} from '../../data/en/ego-state.json';
import { moderate as frModerate, profanity as frProfanity, strong as frStrong, weak as frWeak } from '../../data/en/frustration.json';
import { adaptedChild, criticalParent, freeChild, nurturingParent } from '../data/ego-state-cues.json';

/**
 * The phrase groups, by name; the value is the group id stored in each hit. An enum so that the
 * bundler writes each use as a plain number. A politeness group's id is the index of the
 * feature it sets (`F` in `politeness-features.ts`; a test checks it), so a hit sets
 * `x[group]`; the other groups come after the last politeness feature, the frustration kinds
 * and the ego states each in a run in their models' order.
 */
export enum CUE {
  polGratitude = 0,
  polGreeting = 2,
  polApology = 5,
  polIndirect = 8,
  polCounterfactual = 12,
  polIndicative = 13,
  polHedge = 19,
  polFactuality = 20,
  polConditional = 21,
  polObligation = 31,
  polReassurance = 35,
  polOpinion = 36,
  /** First id past the politeness features. */
  afterPoliteness = 38,
  frStrong = 38,
  frModerate = 39,
  frWeak = 40,
  frEscalation = 41,
  egoCritical = 42,
  egoNurturing = 43,
  egoAdult = 44,
  egoAdapted = 45,
  egoFree = 46,
  qOpenRequest = 47,
  qWondering = 48,
  qClarifying = 49,
}

/** One phrase found: its group and token span. */
export interface CueHit {
  readonly group: number;
  /** Index of the first token. */
  readonly first: number;
  /** Index just past the last token. */
  readonly end: number;
}

const GROUPS: readonly (readonly [number, readonly string[]])[] = [
  [CUE.polIndirect, ['by the way']],
  [CUE.polCounterfactual, ['could you', 'would you', 'could we', 'would it be', 'would you mind', 'would it be possible']],
  [CUE.polIndicative, ['can you', 'will you', 'can we']],
  [CUE.polConditional, [
    'if you could', 'if you can', 'if possible', 'if you have time', 'when you get a chance', 'i was wondering',
    'i wonder', 'do you mind', 'is it possible', 'any chance',
  ]],
  [CUE.polFactuality, ['in fact', 'of course']],
  [CUE.polApology, ['excuse me', 'forgive me', 'hate to bother', 'hate to be a bother', 'sorry to bother', 'sorry to trouble']],
  [CUE.polReassurance, ['no worries', 'no problem', 'not to worry', "don't worry", 'no rush', 'take your time', 'no hurry']],
  [CUE.polOpinion, [
    'your thoughts', 'what do you think', 'your opinion', 'any thoughts', 'any idea', 'any ideas', 'any suggestions',
    'your input', 'your advice', 'what would you suggest', 'what would you recommend',
  ]],
  [CUE.polGreeting, ['good morning', 'good afternoon', 'good evening']],
  [CUE.polGratitude, ['thank you']],
  [CUE.polHedge, ['sort of', 'kind of', 'i think', 'i believe', 'i feel']],
  [CUE.polObligation, [
    'you should', 'you must', 'you need to', 'you have to', "you'd better", 'you better', 'you ought to',
    "you shouldn't", 'do you even', 'do you really', 'why did you', "why didn't you", 'why would you',
  ]],
  [CUE.egoCritical, [...packCritical, ...criticalParent]],
  [CUE.egoNurturing, [...packNurturing, ...nurturingParent]],
  [CUE.egoAdult, packAdult],
  [CUE.egoAdapted, [...packAdapted, ...adaptedChild]],
  [CUE.egoFree, freeChild],
  [CUE.frStrong, [...frStrong, ...frProfanity]],
  [CUE.frModerate, frModerate],
  [CUE.frWeak, frWeak],
  [CUE.frEscalation, [
    'escalate', 'escalating', 'your manager', 'a manager', 'your supervisor', 'speak to someone', 'cancel my',
    'cancelling', 'canceling', 'refund', 'lawyer', 'legal action', 'formal complaint', 'complaint', 'switch to',
    'take my business', 'never again', 'last chance', 'or else', 'i want this fixed', 'i want it fixed',
  ]],
  [CUE.qOpenRequest, [
    'tell me', 'tell us', 'talk me through', 'walk me through', 'fill me in', 'filling me in', 'describe',
    'say something more', 'say a bit more', 'say a little more',
    'explain', 'say more', 'help me understand', 'share more', 'elaborate', 'what else', 'how come', 'anything else',
    'something else',
  ]],
  [CUE.qWondering, ['i wonder', "i'm wondering", 'i am wondering', 'i was wondering', "i'd like to know", 'i would like to know']],
  [CUE.qClarifying, [
    'do you mean', 'did you mean', 'are you saying', 'to make sure', 'just to confirm', 'to confirm', 'what do you mean',
    'which one', 'can you send', 'could you send', 'can you share', 'could you share', 'can you tell me',
    'could you tell me', 'what happens when', 'what happened',
  ]],
];

/** A node of the cue-phrase trie. */
export interface TrieNode {
  /** Children by the next token's lower-cased text. */
  readonly next: Map<string, TrieNode>;
  /** Groups of the phrases that end at this node. */
  groups: number[];
}

/** The root of the cue-phrase trie; its children are the phrases' first tokens. */
export const CUE_ROOT: TrieNode = { next: new Map(), groups: [] };

function add(tokens: readonly string[], group: number): void {
  let node = CUE_ROOT;
  for (const t of tokens) {
    let child = node.next.get(t);
    if (child === undefined) {
      child = { next: new Map(), groups: [] };
      node.next.set(t, child);
    }
    node = child;
  }
  // A group may be added twice at a node (a phrase listed twice); the walk reads it the same.
  node.groups.push(group);
}

for (const [group, phrases] of GROUPS) {
  for (const phrase of phrases) {
    const tokens = createTextView(phrase).tokens.map((t) => t.lower);
    add(tokens, group);
    // "dont" for "don't"; "rip off" / "ripoff" for "rip-off".
    if (tokens.some((t) => t.includes("'"))) add(tokens.map((t) => t.replaceAll("'", '')), group);
    if (tokens.some((t) => t.includes('-') && t.length > 1)) {
      add(tokens.flatMap((t) => t.split('-').filter((p) => p.length > 0)), group);
      add(tokens.map((t) => t.replaceAll('-', '')), group);
    }
  }
}

/**
 * Walks the trie from `start` (whose first token matched `node`) and appends, per group, the
 * longest phrase found there to `hits`.
 */
export function walkCues(tokens: readonly Token[], start: number, node: TrieNode, hits: CueHit[]): void {
  const n = tokens.length;
  const before = hits.length;
  let j = start + 1;
  let at: TrieNode = node;
  for (;;) {
    for (const group of at.groups) {
      // Replace the group's shorter phrase from `start`, if any, else append.
      let k = before;
      while (k < hits.length && (hits[k] as CueHit).group !== group) k++;
      hits[k] = { group, first: start, end: j };
    }
    if (j >= n) break;
    const child = at.next.get((tokens[j] as Token).lower);
    if (child === undefined) break;
    at = child;
    j++;
  }
}

/** Index of the first hit whose first token is at or after `from` (hits are in token order). */
export function firstHitAt(hits: readonly CueHit[], from: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((hits[mid] as CueHit).first < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of hits of `group` within tokens `[from, to)`; logarithmic in the number of hits plus the hits in range. */
export function countCues(hits: readonly CueHit[], group: number, from = 0, to = Infinity): number {
  let c = 0;
  for (let k = firstHitAt(hits, from); k < hits.length; k++) {
    const h = hits[k] as CueHit;
    if (h.first >= to) break;
    if (h.group === group && h.end <= to) c++;
  }
  return c;
}

/** The first hit of `group` within tokens `[from, to)`, if any. */
export function firstCue(hits: readonly CueHit[], group: number, from = 0, to = Infinity): CueHit | undefined {
  for (let k = firstHitAt(hits, from); k < hits.length; k++) {
    const h = hits[k] as CueHit;
    if (h.first >= to) break;
    if (h.group === group && h.end <= to) return h;
  }
  return undefined;
}
