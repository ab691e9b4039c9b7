import type { Sentence, TextView, Token } from '../text/text-view.js';
import type { TextRange } from '../types.js';
import { addPhrase, lowerAt, phraseAt, words, type PhraseTable } from './internal/token-scan.js';
import { questionKind } from '../learned/question-type.js';
import { clarifyingTerms as lexiconClarifyingTerms, discourseLeads as lexiconDiscourseLeads, identityTerms as lexiconIdentityTerms, nonClarifyingPhrases as lexiconNonClarifyingPhrases, weakClarifyingTerms as lexiconWeakClarifyingTerms } from '../data/en/questions.json';

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

const DISCOURSE = new Set<string>(lexiconDiscourseLeads);
const WEAK_CLARIFY = new Set<string>(lexiconWeakClarifyingTerms);
const STRONG_CLARIFY = new Set<string>(lexiconClarifyingTerms);
const IDENTITY = new Set<string>(lexiconIdentityTerms);
// Non-clarifying phrases ("anything else", "does that help"), by first word.
const NON_CLARIFYING: PhraseTable<0> = new Map();
for (const p of lexiconNonClarifyingPhrases) addPhrase(NON_CLARIFYING, p, 0);
// Sentence-initial open requests that need no question mark ("Tell me more", "Walk me through").
const IMPERATIVE_OPEN = new Set(words('tell describe explain walk talk elaborate'));
const ME_US = new Set(words('me us'));
// "Let me know what/which/if…" asks a question in imperative form.
const LET_KNOW = new Set(words('what how why which when where whether if who'));
// Auxiliaries that open an unmarked yes/no question when a subject follows ("Did you restart it").
// Not "should/had/were": "Should you need anything…" is a conditional, not a question.
const AUX_QUESTION_START = new Set(words('do does did is are was have has can could will would'));
const SUBJECTS = new Set(words('you it this that there they we i he she anyone anything your the'));

/**
 * Whether sentence `s` asks something: it ends with `?`, or (after discourse words, mentions and
 * punctuation) it is a request to tell, describe or walk through, an unmarked yes/no question, or
 * "let me know" followed by a question word.
 */
function asks(tokens: readonly Token[], s: Sentence): boolean {
  if (s.terminator === '?') return true;
  const end = s.endToken;
  let i = s.firstToken;
  for (; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' ? !DISCOURSE.has(t.lower) : t.kind === 'number' || t.kind === 'email') break;
  }
  if (i >= end) return false;
  const first = (tokens[i] as Token).lower;
  const j = first === 'please' || first === 'kindly' ? i + 1 : i;
  const v = lowerAt(tokens, j, end);
  if (IMPERATIVE_OPEN.has(v)) {
    const next = lowerAt(tokens, j + 1, end);
    return v === 'tell' || v === 'walk' || v === 'talk' ? ME_US.has(next) : next !== 'that';
  }
  if (AUX_QUESTION_START.has(first)) return SUBJECTS.has(lowerAt(tokens, i + 1, end));
  return first === 'let' && ME_US.has(lowerAt(tokens, i + 1, end)) && lowerAt(tokens, i + 2, end) === 'know' && LET_KNOW.has(lowerAt(tokens, i + 3, end));
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
 * ("Have you tried another device"). Its kind comes from {@link classifyQuestion}: a wh-word
 * opening a clause (after discourse openers such as "OK, so…") or a request to tell, describe or
 * explain makes it `open`, except `which`, "how many / often / old" and "what time", which ask
 * for a pick or a number; auxiliary-initial yes/no questions, alternatives, elliptical ones
 * ("Any luck?"), tag questions and declarative questions are `closed`. Clarifying questions
 * mention what a support agent needs to know (version, error, steps, device, when it started,
 * what exactly happens); questions that identify the customer (name, e-mail, order number) or
 * offer help ("Anything else?") are not. Never throws.
 *
 * @example
 * ```ts
 * import { createTextView, findQuestions } from '@rapport/core/analyze';
 *
 * const qs = findQuestions(createTextView('Thanks! What error do you see? Did it start after the update?'));
 * qs.map((q) => [q.kind, q.clarifying]); // [['open', true], ['closed', true]]
 * ```
 * @since 0.1.0
 */
export function findQuestions(view: TextView): DetectedQuestion[] {
  const out: DetectedQuestion[] = [];
  const tokens = view.tokens;
  for (const s of view.sentences) {
    if (asks(tokens, s)) out.push({ range: [s.start, s.end], kind: questionKind(view, s)[0], clarifying: isClarifying(tokens, s) });
  }
  return out;
}
