import type { TextView, Token } from '../text/text-view.js';
import { wordIds, wordSet } from '../text/word-set.js';
import type { TextRange } from '../types.js';
import { agentSubjects as lexiconAgentSubjects, deliveryVerbs as lexiconDeliveryVerbs, futureContractions as lexiconFutureContractions, modals as lexiconModals } from '../data/en/commitments.json';
import { findTimeExpressions, mayHaveTime, resolveTime, viewMayHaveTime, type TimeMatch } from './internal/time-expression.js';
import { lowerAt, words } from './internal/token-scan.js';

/**
 * Options of {@link findCommitments}.
 * @since 0.1.0
 */
export interface FindCommitmentsOptions {
  /** The moment the message was written (a `Date` or epoch milliseconds). */
  readonly now?: Date | number | undefined;
  /** The IANA time zone the promise is meant in (`Europe/Berlin`); needed with `now` for `due`. */
  readonly timeZone?: string | undefined;
}

/**
 * A time promise found in a text.
 * @since 0.1.0
 */
export interface DetectedCommitment {
  /** The promise, from who promises to the end of the time phrase ("I'll update you by 3 pm tomorrow"). */
  readonly range: TextRange;
  /** The time phrase as written ("by 3 pm tomorrow"). */
  readonly phrase: string;
  /** Whether the time is open-ended ("shortly", "as soon as possible"); a vague promise has no `due`. */
  readonly vague: boolean;
  /**
   * When the promise falls due, as an ISO 8601 instant in UTC (`2025-03-14T16:00:00.000Z`).
   * Present only when `now` and a known `timeZone` were given and the phrase is not vague.
   */
  readonly due?: string;
}

// Word sets (tested by vocabulary id, a bit test) for the words findCues tests on every cue word.
const AGENT_SUBJECTS = wordSet(lexiconAgentSubjects);
const FUTURE_CONTRACTIONS = wordSet(lexiconFutureContractions);
const MODALS = wordSet(lexiconModals);
const DELIVERY_VERBS = new Set<string>(lexiconDeliveryVerbs);
const PROMISE_VERBS = wordSet(words('promise commit guarantee expect'));
const YOU_FUTURE = wordSet(words("you'll you"));
const DETERMINERS = new Set(words('the our a an your my this that'));
const CONJUNCTIONS = new Set(words('and then also but so'));
// Who acts when "will" follows a conjunction ("We are looking into it and will…").
const EARLIER_SUBJECTS = new Set(words("i we i'm we're i've we've team"));
/** Every word that can start a cue (each branch of `findCues` needs one): a quick filter. */
const CUE_WORDS = wordSet([...FUTURE_CONTRACTIONS.words, ...YOU_FUTURE.words, 'will', 'shall', ...AGENT_SUBJECTS.words, ...PROMISE_VERBS.words, 'let']);

/** A promise cue in a sentence: its token span [first, end) (subject + modal, or a promise verb). */
type Cue = readonly [first: number, end: number];

/** Finds the promise cues in `tokens[from, to)` (`ids`: the tokens' vocabulary ids). */
function findCues(tokens: readonly Token[], ids: readonly number[], from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const id = ids[i] as number;
    if (!CUE_WORDS.hasId(id) || (tokens[i] as Token).kind !== 'word') continue;
    const w = (tokens[i] as Token).lower;
    const n1 = lowerAt(tokens, i + 1, to);
    const n2 = lowerAt(tokens, i + 2, to);
    // The id of `n1` (0, in no set, past `to`), for the modal test.
    const n1Id = i + 1 < to ? (ids[i + 1] as number) : 0;
    if (FUTURE_CONTRACTIONS.hasId(id)) {
      // "I'll", "we'll" … but not "I'll need you to…" / "we'll have to…" (requests, not promises).
      if (n1 !== 'need' && !(n1 === 'have' && n2 === 'to')) cues.push([i, i + 1]);
      continue;
    }
    if (YOU_FUTURE.hasId(id)) {
      // "you'll hear from us", "you will receive", "you should get".
      const modalNext = w === "you'll" ? n1 : MODALS.hasId(n1Id) && n1 !== 'can' ? n2 : '';
      if (DELIVERY_VERBS.has(modalNext)) cues.push([i, w === "you'll" ? i + 1 : i + 2]);
      continue;
    }
    if ((w === 'will' || w === 'shall') && i > from && CONJUNCTIONS.has((tokens[i - 1] as Token).lower) && tokens.slice(from, i - 1).some((t) => EARLIER_SUBJECTS.has(t.lower))) {
      // "We are looking into it and will get back to you…": the subject was given earlier.
      cues.push([i - 1, i + 1]);
      continue;
    }
    if (AGENT_SUBJECTS.hasId(id) && MODALS.hasId(n1Id)) {
      // "we will", "the team should", "our engineer can"; "going" needs "to".
      if ((n1 === 'going' || n1 === 'hope' || n1 === 'want') && n2 !== 'to') continue;
      let first = i;
      if (first > from && DETERMINERS.has((tokens[first - 1] as Token).lower)) first--;
      cues.push([first, i + 2]);
      continue;
    }
    if (PROMISE_VERBS.hasId(id) || (w === 'let' && (n1 === 'me' || n1 === 'us') && n2 !== 'know')) {
      cues.push([i, i + 1]);
    }
  }
  return cues;
}

/**
 * Internal: whether {@link findCommitments} can find anything in `view`. False when no sentence
 * has both a promise cue ("I'll", "we will", "expect"…) and a time word, number or digit: every
 * promise needs both. A rule that only needs to know that there are none can skip computing the signal.
 */
export function mayHaveCommitments(view: TextView): boolean {
  if (!CUE_WORDS.inView(view) || !viewMayHaveTime(view)) return false;
  // The same test per sentence as findCommitments makes before it parses times: a cue and a word
  // that may start a time in one sentence (true for about one message in forty).
  const tokens = view.tokens;
  const ids = wordIds(view).ids;
  for (const s of view.sentences) if (findCues(tokens, ids, s.firstToken, s.endToken).length > 0 && mayHaveTime(tokens, ids, s.firstToken, s.endToken)) return true;
  return false;
}

function toEpoch(now: Date | number | undefined): number | undefined {
  const ms = typeof now === 'number' ? now : now instanceof Date ? now.getTime() : Number.NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Finds the time promises in a text ("I'll update you by 3 pm tomorrow", "we will get back to you
 * within 2 business hours", "by end of day", "first thing Monday morning") and, given the time of
 * writing and a time zone, when each falls due.
 *
 * When to use: to check that an agent's reply says by when something will happen, to show
 * promises in a ticket timeline, or to schedule a reminder before a promise is broken. The
 * analyzer computes it once per message as `signals.commitments` (with `now` and `timeZone` from
 * the analysis options).
 *
 * Details: a promise is a time phrase in a sentence that also says who will act: "I'll", "we
 * will", "the team should", "you'll hear/receive", "expect", "promise", "let me". Time phrases:
 * clock times ("3 pm", "15:30"), days ("today", "tomorrow", "Friday", "next Tuesday", "March 5"),
 * day parts, "end of day" / "EOD" / "close of business", "this/next week", "end of the month",
 * durations ("in 30 minutes", "within 2 hours", "within 3 business days") and vague timings
 * ("shortly", "as soon as possible"), which are reported with `vague: true` and no `due`. Times
 * after "since", "after", "from" or before "ago" are not deadlines.
 *
 * Resolution (only with `now` and an IANA `timeZone`): all arithmetic is in the zone's local time
 * through `Intl`, so promises across a DST change keep their wall-clock time; a local time
 * skipped by DST moves forward. Defaults: a day without a time means its end of business (17:00);
 * "morning" = by 12:00, "afternoon" / "end of day" / "COB" = 17:00, "evening" / "tonight" =
 * 21:00, "first thing" = 09:00, "lunch" = 13:00; a time already past today means tomorrow; a
 * weekday means its next occurrence (today if still ahead), "next Friday" the next one after
 * today; "this week" = Friday 17:00, "next week" = the Friday after; business time is Monday–Friday,
 * 09:00–17:00, and "within N business days" means by 17:00 on the N-th business day after today.
 * An unknown time zone or an invalid `now` leaves `due` out. Never throws.
 *
 * @example
 * ```ts
 * import { createTextView, findCommitments } from '@rapport/core/analyze';
 *
 * const view = createTextView("Thanks Dana. I'll update you by 3 pm tomorrow.");
 * const [c] = findCommitments(view, { now: Date.parse('2025-03-13T10:00:00Z'), timeZone: 'Europe/Berlin' });
 * c?.phrase; // 'by 3 pm tomorrow'
 * c?.due; // '2025-03-14T14:00:00.000Z'
 * ```
 * @since 0.1.0
 */
export function findCommitments(view: TextView, options: FindCommitmentsOptions = {}): DetectedCommitment[] {
  const out: DetectedCommitment[] = [];
  const tokens = view.tokens;
  const now = toEpoch(options.now);
  const timeZone = options.timeZone;
  const ids = wordIds(view).ids;
  for (const s of view.sentences) {
    // Few sentences hold a promise cue (about one in twenty of those the analyzer gets here, against
    // one in two that may name a time): cues first, then a bit test per token for a time.
    const cues = findCues(tokens, ids, s.firstToken, s.endToken);
    if (cues.length === 0 || !mayHaveTime(tokens, ids, s.firstToken, s.endToken)) continue;
    const found = findTimeExpressions(tokens, ids, s.firstToken, s.endToken);
    // "…by 3 pm tomorrow, well before your Friday meeting": a time that only names an event
    // ("your Friday meeting") is not a second deadline when the sentence already has one; alone
    // ("fixed before your Friday meeting") it is the deadline.
    const deadlines = found.filter((time) => !namesAnEvent(tokens, time, s.endToken));
    const times = deadlines.length > 0 ? deadlines : found;
    let previousEnd = -1;
    for (const time of times) {
      const range = promiseRange(tokens, cues, time, previousEnd);
      previousEnd = time.endToken;
      const phrase = view.text.slice((tokens[time.firstToken] as Token).start, (tokens[time.endToken - 1] as Token).end);
      const vague = time.spec.kind === 'vague';
      // Vague times resolve to nothing; instants outside Date's range are left out.
      const ms = now === undefined || timeZone === undefined ? undefined : resolveTime(time.spec, now, timeZone);
      const due = Math.abs(ms ?? Number.NaN) < 8.64e15 ? new Date(ms as number).toISOString() : undefined;
      out.push(due === undefined ? { range, phrase, vague } : { range, phrase, vague, due });
    }
  }
  return out;
}

const EVENT_DETERMINERS = new Set(words('your their his her our my the'));
/** Words that may follow a deadline without it naming an event ("by Friday so we…"). */
const CLAUSE_WORDS = new Set(
  words(
    'and or but so then if when while as at to for with we i you it they he she that which who latest sharp unless because once after before here there again too also already please hopefully anyway instead ok okay is are',
  ),
);

/**
 * Whether a time phrase is a noun modifier naming an event ("your Friday meeting", "at the
 * Tuesday review"): a possessive or "the" just before the time word, and a word right after the
 * phrase that continues a noun rather than a clause.
 */
function namesAnEvent(tokens: readonly Token[], time: TimeMatch, sentenceEnd: number): boolean {
  const after = time.endToken < sentenceEnd ? tokens[time.endToken] : undefined;
  if (after === undefined || after.kind !== 'word' || CLAUSE_WORDS.has(after.lower)) return false;
  for (let k = Math.max(time.firstToken - 1, 0); k < time.endToken; k++) {
    if (EVENT_DETERMINERS.has((tokens[k] as Token).lower)) return true;
  }
  return false;
}

/** The promise's range: from the nearest cue before the time (or the time) to the time's end. */
function promiseRange(tokens: readonly Token[], cues: readonly Cue[], time: TimeMatch, previousEnd: number): TextRange {
  let before: Cue | undefined;
  let after: Cue | undefined;
  for (const c of cues) {
    if (c[0] < time.firstToken) before = c;
    else after ??= c;
  }
  if (before !== undefined) {
    // A second promise after the same cue starts after the previous time phrase.
    let k = Math.max(previousEnd, before[0]);
    while (k < time.firstToken && (tokens[k] as Token).kind === 'punct') k++;
    return [(tokens[k] as Token).start, (tokens[time.endToken - 1] as Token).end];
  }
  // "Tomorrow morning I'll call you": from the time to the verb after the cue.
  const end = (after as Cue)[1];
  return [(tokens[time.firstToken] as Token).start, (tokens[tokens[end]?.kind === 'word' ? end : end - 1] as Token).end];
}
