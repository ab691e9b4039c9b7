import type { Sentence, TextView, Token } from '../text/text-view.js';
import type { TextRange } from '../types.js';
import { auxiliaries as lexiconAuxiliaries, clarifyingTerms as lexiconClarifyingTerms, closedWhFollowers as lexiconClosedWhFollowers, discourseLeads as lexiconDiscourseLeads, ellipticalClosedStarts as lexiconEllipticalClosedStarts, identityTerms as lexiconIdentityTerms, nonClarifyingPhrases as lexiconNonClarifyingPhrases, openRequestLeads as lexiconOpenRequestLeads, openRequests as lexiconOpenRequests, weakClarifyingTerms as lexiconWeakClarifyingTerms, whWords as lexiconWhWords } from '../data/en/questions.json';

/**
 * How a question invites an answer.
 *
 * - `open`: invites an explanation in the other person's words ("What happens when you print?",
 *   "Can you describe the error?", "Walk me through the steps").
 * - `closed`: expects yes/no, a confirmation or a pick ("Is the printer on?", "That fixed it,
 *   didn't it?", "Any luck?").
 *
 * @since 0.1.0
 */
export type QuestionKind = 'open' | 'closed';

/**
 * A question found in a text.
 * @since 0.1.0
 */
export interface DetectedQuestion {
  /** The sentence that asks it (UTF-16, end-exclusive). */
  readonly range: TextRange;
  /** Open or closed. */
  readonly kind: QuestionKind;
  /**
   * Whether it asks for details of the problem that are missing: versions, error text, steps
   * taken, the device, when it started, what exactly happens. Questions that identify the
   * customer (name, e-mail, order number) or offer help ("Anything else?") are not clarifying.
   */
  readonly clarifying: boolean;
}

const WH = new Set<string>(lexiconWhWords);
const CLOSED_AFTER_HOW = new Set<string>(lexiconClosedWhFollowers.how);
const AUX = new Set<string>(lexiconAuxiliaries);
const ELLIPTICAL = new Set<string>(lexiconEllipticalClosedStarts);
const OPEN_REQUEST = new Set<string>(lexiconOpenRequests);
const REQUEST_LEAD = new Set<string>(lexiconOpenRequestLeads);
const DISCOURSE = new Set<string>(lexiconDiscourseLeads);
const WEAK_CLARIFY = new Set<string>(lexiconWeakClarifyingTerms);
const STRONG_CLARIFY = new Set<string>(lexiconClarifyingTerms.filter((t) => !WEAK_CLARIFY.has(t)));
const IDENTITY = new Set<string>(lexiconIdentityTerms);
// Non-clarifying phrases, as token sequences (short; matched by a direct scan).
const NON_CLARIFYING: readonly (readonly string[])[] = lexiconNonClarifyingPhrases.map((p) => p.split(' '));
const NON_CLARIFYING_FIRST = new Set(NON_CLARIFYING.map((p) => p[0] as string));
// Sentence-initial open requests that need no question mark ("Tell me more", "Walk me through").
const IMPERATIVE_OPEN = new Set(['tell', 'describe', 'explain', 'walk', 'talk', 'elaborate']);
const ME_US = new Set(['me', 'us']);
const LET_KNOW_OPEN = new Set(['what', 'how', 'why']);
const LET_KNOW_CLOSED = new Set(['which', 'when', 'where', 'whether', 'if', 'who']);
// Auxiliaries that open an unmarked yes/no question when a subject follows ("Did you restart it").
// Not "should/had/were": "Should you need anything…" is a conditional, not a question.
const AUX_QUESTION_START = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'have', 'has', 'can', 'could', 'will', 'would']);
const SUBJECTS = new Set(['you', 'it', 'this', 'that', 'there', 'they', 'we', 'i', 'he', 'she', 'anyone', 'anything', 'your', 'the']);

type Head = { kind: QuestionKind } | undefined;

function isWordish(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

/** Classifies a clause starting at token `i` (already past leads), or `undefined` if no head. */
function headAt(tokens: readonly Token[], i: number, end: number): Head {
  const t = tokens[i] as Token;
  if (t.kind !== 'word') return undefined;
  const w = t.lower;
  if (WH.has(w)) {
    const next = i + 1 < end ? (tokens[i + 1] as Token).lower : '';
    if ((w === 'how' || w === "how's") && CLOSED_AFTER_HOW.has(next)) return { kind: 'closed' };
    return { kind: 'open' };
  }
  if (OPEN_REQUEST.has(w)) return { kind: 'open' };
  if (REQUEST_LEAD.has(w)) {
    // "Can you tell me…", "Could you please describe…", "Would you mind walking me through…"
    for (let j = i + 1; j < end && j <= i + 4; j++) {
      const v = (tokens[j] as Token).lower;
      const stem = v.endsWith('ing') ? v.slice(0, -3) : v;
      if (OPEN_REQUEST.has(v) || OPEN_REQUEST.has(stem) || OPEN_REQUEST.has(`${stem}e`)) {
        // "Can you tell me if/whether…" embeds a yes/no question.
        const after = j + 1 < end ? (tokens[j + 1] as Token).lower : '';
        const after2 = j + 2 < end ? (tokens[j + 2] as Token).lower : '';
        if (after === 'if' || after === 'whether' || (ME_US.has(after) && (after2 === 'if' || after2 === 'whether'))) {
          return { kind: 'closed' };
        }
        return { kind: 'open' };
      }
    }
    if (AUX.has(w)) return { kind: 'closed' };
    return w === 'please' || w === 'kindly' ? undefined : { kind: 'closed' };
  }
  if (AUX.has(w) || ELLIPTICAL.has(w)) return { kind: 'closed' };
  return undefined;
}

/** Skips leading discourse words, mentions, punctuation and a vocative name before a comma. */
function skipLeads(tokens: readonly Token[], i: number, end: number): number {
  while (i < end) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' || t.kind === 'mention' || t.kind === 'other' || t.kind === 'url') {
      i++;
      continue;
    }
    if (t.kind === 'word' && DISCOURSE.has(t.lower) && !headAt(tokens, i, end)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** The kind of the question in sentence `s`, or `undefined` when it asks nothing. */
function classify(tokens: readonly Token[], s: Sentence): QuestionKind | undefined {
  const end = s.endToken;
  let i = skipLeads(tokens, s.firstToken, end);
  if (i >= end) return s.terminator === '?' ? 'closed' : undefined;
  const first = tokens[i] as Token;

  if (s.terminator !== '?') {
    // Imperative requests for an explanation count as open questions without a '?'.
    let j = i;
    if (first.lower === 'please' || first.lower === 'kindly') j = i + 1;
    const v = j < end ? (tokens[j] as Token) : undefined;
    if (v !== undefined && IMPERATIVE_OPEN.has(v.lower)) {
      const next = j + 1 < end ? (tokens[j + 1] as Token).lower : '';
      if (v.lower === 'tell' || v.lower === 'walk' || v.lower === 'talk') return ME_US.has(next) ? 'open' : undefined;
      return next === 'that' ? undefined : 'open';
    }
    // "Have you tried from another device, Miriam" — a yes/no question without its mark.
    if (AUX_QUESTION_START.has(first.lower) && i + 1 < end && SUBJECTS.has((tokens[i + 1] as Token).lower)) return 'closed';
    // "Let me know what happens when…" asks a question in imperative form.
    if (first.lower === 'let' && i + 3 < end && ME_US.has((tokens[i + 1] as Token).lower) && (tokens[i + 2] as Token).lower === 'know') {
      const w = (tokens[i + 3] as Token).lower;
      if (LET_KNOW_OPEN.has(w)) return 'open';
      if (LET_KNOW_CLOSED.has(w)) return 'closed';
    }
    return undefined;
  }

  // A question: find the first clause head, at the start or after a clause boundary.
  let atBoundary = true;
  for (let k = i; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') {
      const c = t.text;
      atBoundary = c === ',' || c === ';' || c === ':' || c === '-' || c === '\u2013' || c === '\u2014' || c === '(' || c === '.' || c === '\u2026';
      continue;
    }
    if (t.kind !== 'word') {
      atBoundary = t.kind === 'mention' || t.kind === 'url' ? atBoundary : false;
      continue;
    }
    if (atBoundary || DISCOURSE.has(t.lower)) {
      const h = headAt(tokens, k, end);
      if (h !== undefined && (atBoundary || k > i)) return h.kind;
      if (DISCOURSE.has(t.lower)) {
        atBoundary = true;
        continue;
      }
    }
    atBoundary = false;
  }
  // A declarative question ("You restarted it?") expects a confirmation.
  return 'closed';
}

function matchesAt(tokens: readonly Token[], k: number, end: number, phrase: readonly string[]): boolean {
  if (k + phrase.length > end) return false;
  for (let j = 0; j < phrase.length; j++) if ((tokens[k + j] as Token).lower !== phrase[j]) return false;
  return true;
}

/** Whether the question in `s` asks for missing details of the problem. */
function isClarifying(tokens: readonly Token[], s: Sentence): boolean {
  let strong = 0;
  let weak = 0;
  let identity = 0;
  for (let k = s.firstToken; k < s.endToken; k++) {
    const t = tokens[k] as Token;
    if (!isWordish(t)) continue;
    const w = t.lower;
    if (NON_CLARIFYING_FIRST.has(w)) {
      for (const p of NON_CLARIFYING) if (p[0] === w && matchesAt(tokens, k, s.endToken, p)) return false;
    }
    if (STRONG_CLARIFY.has(w)) strong++;
    else if (WEAK_CLARIFY.has(w)) weak++;
    if (IDENTITY.has(w)) identity++;
  }
  if (strong > 0) return true;
  return identity === 0 && weak >= 2;
}

/**
 * Finds the questions in a text and says whether each is open or closed and whether it asks for
 * missing details (a clarifying question).
 *
 * When to use: to check that an agent gathers information with open and clarifying questions,
 * or to list the questions a customer asked so a reply can answer each. The analyzer computes it
 * once per message as `signals.questions`.
 *
 * Details: rule-based and linear. A sentence is a question when it ends with `?`, or when it is
 * an imperative request for an explanation ("Tell me more about…", "Walk me through…",
 * "Describe…", "Let me know what happens…"), or an unmarked yes/no question in chat style
 * ("Have you tried another device"). Its kind comes from the head of its first clause,
 * after discourse openers ("OK, so…") and vocatives ("Thomas, …"): question words (what, how, why,
 * where, when, which, who) and requests to tell, describe, explain or walk through are `open`,
 * except "how many" / "how old"; auxiliary-initial yes/no questions, elliptical ones ("Any
 * luck?"), tag questions and declarative questions are `closed`. Clarifying questions mention
 * what a support agent needs to know (version, error, steps, device, when it started, what
 * exactly happens). Never throws.
 *
 * @example
 * ```ts
 * import { createTextView, findQuestions } from '@rapport/core/analyze';
 *
 * const qs = findQuestions(createTextView('Thanks! Which version of iOS are you on? Did it start after the update?'));
 * qs.map((q) => [q.kind, q.clarifying]); // [['open', true], ['closed', true]]
 * ```
 * @since 0.1.0
 */
export function findQuestions(view: TextView): DetectedQuestion[] {
  const out: DetectedQuestion[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    if (s.terminator !== '?') {
      // Cheap pre-check: only sentences that may be imperative requests are classified.
      const t = tokens[skipLeads(tokens, s.firstToken, s.endToken)];
      if (t === undefined) continue;
      const w = t.lower;
      if (!(IMPERATIVE_OPEN.has(w) || w === 'please' || w === 'kindly' || w === 'let' || AUX_QUESTION_START.has(w))) continue;
    }
    const kind = classify(tokens, s);
    if (kind === undefined) continue;
    out.push({ range: [s.start, s.end], kind, clarifying: isClarifying(tokens, s) });
  }
  return out;
}
