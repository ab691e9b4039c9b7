/**
 * Question finding and typing: every question in a message, located, and classified as open
 * (invites the other person to explain) or closed (expects yes/no, a number or a pick), plus
 * whether it asks for details that are missing (clarifying). This is the one open/closed
 * classifier: the rule pack's `findQuestions` (and so `analyze()`) takes its kinds from here.
 */
import type { TextRange } from '../types.js';
import type { Sentence, TextView, Token } from '../text/text-view.js';
import { CUE, countCues, firstCue, firstHitAt, type CueHit } from './internal/cue-scan.js';
import { scanCues, tokenInfo, WB, wordBits } from './internal/token-info.js';
import { wordSet } from './internal/lexicon.js';

/**
 * One question in a message, with its type.
 *
 * @since 0.1.0
 */
export interface QuestionTypeSignal {
  /** Where the question is (the whole sentence that asks it). */
  readonly range: TextRange;
  /** `open` invites an explanation; `closed` expects yes/no, a number or a pick from options. */
  readonly kind: 'open' | 'closed';
  /** Whether it asks for specific details that are missing (version, error, time, meaning…). */
  readonly clarifying: boolean;
  /** The words that decided the kind (e.g. the leading `what`, or `do you` for closed). */
  readonly cue: TextRange;
}

/** Words after a wh-word that make it ask for a number or a pick (a closed answer). */
const CLOSED_FOLLOWERS = new Map([
  ['how', wordSet('many often old')],
  ['what', wordSet('time day date year')],
]);
// Wh-words, auxiliaries and subjects are word classes of the shared lexical pass
// (internal/token-info.ts); these test a word that is not a token's own (`what's` → `what`).
const isWh = (w: string): boolean => (wordBits(w) & WB.wh) !== 0;
const isAux = (w: string): boolean => (wordBits(w) & WB.aux) !== 0;
const isSubject = (w: string): boolean => (wordBits(w) & WB.subject) !== 0;

// The phrase lists (open requests such as "tell me about", indirect "I'm wondering", clarifying
// phrases such as "do you mean") live in internal/cue-scan.ts, found in the shared cue pass.


function isWord(t: Token | undefined): t is Token {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

function isClauseMark(t: Token): boolean {
  return t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '-' || t.text === '\u2014');
}

/**
 * Index of the first content word from `from`, skipping discourse leads ("okay", "so", "um") and
 * punctuation. With `crossClauses` false it stops at a comma or other clause mark, so that the
 * caller, which starts again after each mark, visits every token a bounded number of times.
 */
function contentStart(tokens: readonly Token[], bits: Int32Array, from: number, to: number, crossClauses: boolean): number {
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    if (!isWord(t)) {
      if (!crossClauses && i > from && isClauseMark(t)) return i;
      i++;
      continue;
    }
    if (((bits[i] as number) & WB.lead) !== 0) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Normalises stutters (`wh-what`, `do-do` → last part) and contractions (`what's` → `what`). */
function headWord(t: Token): string {
  let w = t.lower;
  if (w.indexOf('-') < 0 && w.indexOf("'") < 0) return w;
  const dash = w.lastIndexOf('-');
  if (dash > 0 && dash < w.length - 1) w = w.slice(dash + 1);
  const apostrophe = w.indexOf("'");
  if (apostrophe > 0 && !w.endsWith("n't")) w = w.slice(0, apostrophe);
  return w;
}

/** Whether a sentence without `?` still reads as a question (wh- or auxiliary inversion, open request). */
function looksLikeQuestion(view: TextView, s: Sentence): boolean {
  const tokens = view.tokens;
  const i = contentStart(tokens, tokenInfo(view).bits, s.firstToken, s.endToken, true);
  const t = tokens[i];
  if (!isWord(t)) return false;
  const w = headWord(t);
  const next = tokens[i + 1];
  if (isWh(w) && isWord(next) && (isAux(next.lower) || next.lower === 'else')) return true;
  if (isWh(w) && t.lower !== w) return true; // what's, how's
  if (isAux(w) && isWord(next) && isSubject(next.lower) && s.terminator !== '!') return true;
  if (w === 'tell' || w === 'describe' || w === 'explain') return true;
  return countCues(scanCues(view), CUE.qWondering, s.firstToken, s.endToken) > 0;
}

/**
 * Classifies one sentence as an open or closed question. Call it on a sentence you know is a
 * question; {@link findQuestionTypes} finds them for you.
 *
 * When to use: to type a question you located yourself (for example the customer's last
 * sentence); otherwise use {@link findQuestionTypes}.
 *
 * Details: a question is open when it starts (after discourse words like "okay, so") with a
 * wh-word (`what`, `how`, `why`, `where`…: the answer is the other person's to shape; but
 * `which`, `how many / often / old` and `what time` ask for a pick or a number: closed), or
 * when it asks the other person to tell, describe or explain, or to lay out a how/what/why ("Have
 * you thought about how you'd do it?"); it is closed when it starts with an
 * auxiliary (`do you`, `is it`, `can I`), offers alternatives (`A or B?`), or is a statement
 * said as a question ("So it stopped yesterday?"). A wh-word opening a later clause ("Knowing what
 * you know now, how important is it…?") counts; one that opens a subordinate clause ("when you
 * log in, does it freeze?") does not. Linguistic rules, no fitted weights; accuracy on
 * expert-labelled counselling questions is in `docs/evaluation.md`.
 *
 * @example
 * ```ts
 * import { classifyQuestion, createTextView } from '@rapport/core/analyze';
 *
 * const view = createTextView('Okay, what happens when you open the app?');
 * classifyQuestion(view, view.sentences[0]!).kind; // 'open'
 * ```
 * @since 0.1.0
 */
export function classifyQuestion(view: TextView, sentence: Sentence): QuestionTypeSignal {
  const [kind, a, b] = questionKind(view, sentence);
  const tokens = view.tokens;
  return {
    range: [sentence.start, sentence.end],
    kind,
    clarifying: isClarifying(view, sentence.firstToken, sentence.endToken),
    cue: [(tokens[a] as Token).start, (tokens[Math.max(a, b - 1)] as Token).end],
  };
}

/**
 * The kind of the question in `sentence` and the tokens that decided it (`[kind, first, end]`,
 * end-exclusive): {@link classifyQuestion} without the clarifying flag and the cue's offsets, for
 * `findQuestions`, which flags clarifying questions itself.
 */
export function questionKind(view: TextView, sentence: Sentence): [kind: 'open' | 'closed', first: number, end: number] {
  const tokens = view.tokens;
  const bits = tokenInfo(view).bits;
  const from = sentence.firstToken;
  const to = sentence.endToken;
  const hits = scanCues(view);
  const request = firstCue(hits, CUE.qOpenRequest, from, to);
  // Clause starts: the sentence start and every position after a comma, semicolon, colon or dash.
  let firstClosed = -1;
  for (let c = from; c < to; c++) {
    const prev = c === from ? undefined : (tokens[c - 1] as Token);
    if (c !== from && !(prev !== undefined && isClauseMark(prev))) continue;
    const i = contentStart(tokens, bits, c, to, false);
    const t = tokens[i];
    if (!isWord(t)) continue;
    const w = headWord(t);
    if (isWh(w)) {
      const next = tokens[i + 1];
      const nextBits = i + 1 < to ? (bits[i + 1] as number) : 0;
      // "when you go out, …", "what you said …": a subordinate clause, not a question word.
      if (w !== 'who' && isWord(next) && (nextBits & WB.subject) !== 0 && (nextBits & WB.aux) === 0 && t.lower === w) continue;
      // "which …", "how many / often / old …", "what time …": the answer is a pick or a number.
      if (w === 'which' || (isWord(next) && CLOSED_FOLLOWERS.get(w)?.has(next.lower) === true)) {
        if (firstClosed < 0) firstClosed = i;
        continue;
      }
      return ['open', i, i + 1];
    }
    if (isAux(w) && firstClosed < 0) firstClosed = i;
  }
  // "I'm wondering what…" is open, "I'm wondering whether/if…" closed.
  for (let k = firstHitAt(hits, from); k < hits.length && (hits[k] as CueHit).first < to; k++) {
    const m = hits[k] as CueHit;
    if (m.group !== CUE.qWondering || m.end > to) continue;
    const next = tokens[m.end];
    if (m.end < to && isWord(next) && isWh(headWord(next))) return ['open', m.first, m.end + 1];
    if (firstClosed < 0) firstClosed = m.first;
  }
  if (request !== undefined) return ['open', request.first, request.end];
  // "Have you thought about how you might…?": asks the other person to lay out a how/what/why.
  for (let i = from; i + 1 < to; i++) {
    if ((tokens[i] as Token).lower === 'about' && ((bits[i + 1] as number) & WB.wh) !== 0 && (tokens[i + 1] as Token).lower !== 'which') {
      return ['open', i, i + 2];
    }
  }
  if (firstClosed >= 0) {
    const next = tokens[firstClosed + 1];
    return ['closed', firstClosed, isWord(next) && isSubject(next.lower) ? firstClosed + 2 : firstClosed + 1];
  }
  const start = contentStart(tokens, bits, from, to, true);
  return ['closed', Math.min(start, to - 1), Math.min(start + 1, to)];
}

function isClarifying(view: TextView, from: number, to: number): boolean {
  if (countCues(scanCues(view), CUE.qClarifying, from, to) > 0) return true;
  const bits = tokenInfo(view).bits;
  for (let i = from; i < to; i++) if (((bits[i] as number) & WB.clarifying) !== 0) return true;
  return false;
}

/**
 * Finds every question in a message and classifies it as open or closed, and clarifying or not.
 *
 * When to use: to check that an agent asks open questions when gathering information, to find
 * the questions a customer asked (so a reply can answer each), or to count clarifying questions.
 *
 * Details: a sentence is a question when it ends with `?`, or when it starts with a wh-word or an
 * auxiliary followed by its subject ("what else can you tell me.", "can you check this"), with
 * "tell me / describe / explain…", or when it is an indirect question ("I'm wondering whether…").
 * Each is typed by {@link classifyQuestion}. Linear in the text; never throws.
 *
 * @example
 * ```ts
 * import { createTextView, findQuestionTypes } from '@rapport/core/analyze';
 *
 * findQuestionTypes(createTextView('Thanks! Did it work? What error do you see?')).map((q) => q.kind);
 * // ['closed', 'open']
 * ```
 * @since 0.1.0
 */
export function findQuestionTypes(view: TextView): QuestionTypeSignal[] {
  const out: QuestionTypeSignal[] = [];
  for (const s of view.sentences) {
    if (s.endToken - s.firstToken < 1) continue;
    if (s.terminator === '?' || looksLikeQuestion(view, s)) out.push(classifyQuestion(view, s));
  }
  return out;
}

/**
 * Re-types questions found by another finder with {@link classifyQuestion}, keeping their ranges
 * and every other field.
 *
 * When to use: when a question finder of your own locates and flags questions as you want but
 * its open/closed call is less accurate than this classifier (see `docs/evaluation.md`). The
 * rule pack's `findQuestions` already takes its kinds from this classifier, so re-typing its
 * output changes nothing.
 *
 * Details: each question is typed by the sentence that contains its start. Questions are
 * expected in text order; the result keeps the input order. Linear in the text.
 *
 * @example
 * ```ts
 * import { createTextView, retypeQuestions } from '@rapport/core/analyze';
 *
 * const view = createTextView('Okay, what changed?');
 * retypeQuestions(view, [{ range: [0, 19], kind: 'closed' as const, clarifying: false }])[0]!.kind; // 'open'
 * ```
 * @since 0.1.0
 */
export function retypeQuestions<Q extends { readonly range: TextRange; readonly kind: 'open' | 'closed' }>(
  view: TextView,
  questions: readonly Q[],
): Q[] {
  const sentences = view.sentences;
  let s = 0;
  return questions.map((q) => {
    const at = q.range[0];
    if (s < sentences.length && (sentences[s] as Sentence).start > at) s = 0;
    while (s < sentences.length && (sentences[s] as Sentence).end <= at) s++;
    const sentence = sentences[s];
    if (sentence === undefined || sentence.start > at) return q;
    return { ...q, kind: questionKind(view, sentence)[0] };
  });
}
