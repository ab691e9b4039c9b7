import type { Sentence, TextView, Token } from '../text/text-view.js';
import type { TextRange } from '../types.js';
import { addPhrase, lowerAt, phraseAt, words, type PhraseTable } from './internal/token-scan.js';
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
// Non-clarifying phrases ("anything else", "does that help"), by first word.
const NON_CLARIFYING: PhraseTable<0> = new Map();
for (const p of lexiconNonClarifyingPhrases) addPhrase(NON_CLARIFYING, p, 0);
// Sentence-initial open requests that need no question mark ("Tell me more", "Walk me through").
const IMPERATIVE_OPEN = new Set(words('tell describe explain walk talk elaborate'));
const ME_US = new Set(words('me us'));
const LET_KNOW_OPEN = new Set(words('what how why'));
const LET_KNOW_CLOSED = new Set(words('which when where whether if who'));
// Auxiliaries that open an unmarked yes/no question when a subject follows ("Did you restart it").
// Not "should/had/were": "Should you need anything…" is a conditional, not a question.
const AUX_QUESTION_START = new Set(words('do does did is are was have has can could will would'));
const SUBJECTS = new Set(words('you it this that there they we i he she anyone anything your the'));
// Punctuation after which a new clause (and so a question head) may start.
const CLAUSE_BREAKS = new Set([...',;:-\u2013\u2014(.\u2026']);

/** Classifies a clause starting at token `i` (already past leads), or `undefined` if no head. */
function headAt(tokens: readonly Token[], i: number, end: number): QuestionKind | undefined {
  const t = tokens[i] as Token;
  if (t.kind !== 'word') return undefined;
  const w = t.lower;
  if (WH.has(w)) return (w === 'how' || w === "how's") && CLOSED_AFTER_HOW.has(lowerAt(tokens, i + 1, end)) ? 'closed' : 'open';
  if (OPEN_REQUEST.has(w)) return 'open';
  if (REQUEST_LEAD.has(w)) {
    // "Can you tell me…", "Could you please describe…", "Would you mind walking me through…"
    for (let j = i + 1; j < end && j <= i + 4; j++) {
      const v = (tokens[j] as Token).lower;
      const stem = v.endsWith('ing') ? v.slice(0, -3) : v;
      if (OPEN_REQUEST.has(v) || OPEN_REQUEST.has(stem) || OPEN_REQUEST.has(`${stem}e`)) {
        // "Can you tell me if/whether…" embeds a yes/no question.
        const after = lowerAt(tokens, j + 1, end);
        const after2 = lowerAt(tokens, j + 2, end);
        return after === 'if' || after === 'whether' || (ME_US.has(after) && (after2 === 'if' || after2 === 'whether')) ? 'closed' : 'open';
      }
    }
    return AUX.has(w) || (w !== 'please' && w !== 'kindly') ? 'closed' : undefined;
  }
  return AUX.has(w) || ELLIPTICAL.has(w) ? 'closed' : undefined;
}

/** Skips leading discourse words, mentions, punctuation and a vocative name before a comma. */
function skipLeads(tokens: readonly Token[], i: number, end: number): number {
  while (i < end) {
    const t = tokens[i] as Token;
    // Punctuation, mentions, URLs, symbols.
    if (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'email') {
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
  const first = (tokens[i] as Token).lower;

  if (s.terminator !== '?') {
    // Imperative requests for an explanation count as open questions without a '?'.
    const j = first === 'please' || first === 'kindly' ? i + 1 : i;
    const v = lowerAt(tokens, j, end);
    if (IMPERATIVE_OPEN.has(v)) {
      const next = lowerAt(tokens, j + 1, end);
      if (v === 'tell' || v === 'walk' || v === 'talk') return ME_US.has(next) ? 'open' : undefined;
      return next === 'that' ? undefined : 'open';
    }
    // "Have you tried from another device, Miriam" — a yes/no question without its mark.
    if (AUX_QUESTION_START.has(first) && SUBJECTS.has(lowerAt(tokens, i + 1, end))) return 'closed';
    // "Let me know what happens when…" asks a question in imperative form.
    if (first === 'let' && ME_US.has(lowerAt(tokens, i + 1, end)) && lowerAt(tokens, i + 2, end) === 'know') {
      const w = lowerAt(tokens, i + 3, end);
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
      atBoundary = CLAUSE_BREAKS.has(t.text);
      continue;
    }
    if (t.kind !== 'word') {
      atBoundary = t.kind === 'mention' || t.kind === 'url' ? atBoundary : false;
      continue;
    }
    if (atBoundary || DISCOURSE.has(t.lower)) {
      const h = headAt(tokens, k, end);
      if (h !== undefined && (atBoundary || k > i)) return h;
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

/** Whether the question in `s` asks for missing details of the problem. */
function isClarifying(tokens: readonly Token[], s: Sentence): boolean {
  let strong = 0;
  let weak = 0;
  let identity = 0;
  for (let k = s.firstToken; k < s.endToken; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    if (phraseAt(NON_CLARIFYING, tokens, k, s.endToken) !== undefined) return false;
    const w = t.lower;
    if (STRONG_CLARIFY.has(w)) strong++;
    else if (WEAK_CLARIFY.has(w)) weak++;
    if (IDENTITY.has(w)) identity++;
  }
  return strong > 0 || (identity === 0 && weak >= 2);
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
    const kind = classify(tokens, s);
    if (kind === undefined) continue;
    out.push({ range: [s.start, s.end], kind, clarifying: isClarifying(tokens, s) });
  }
  return out;
}
