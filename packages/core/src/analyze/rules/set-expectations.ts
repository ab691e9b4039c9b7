import { expectationsNextStep, expectationsOpenIssue, expectationsProblem } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { TextView, Token } from '../text/text-view.js';
import { sentenceOf } from './internal/edits.js';
import { reportInsert, reportPhrase } from './internal/report-phrase.js';
import { masked, unmasked } from './internal/skip-mask.js';
import { mayHaveCommitments } from '../signals/commitments.js';

const openIssue = phraseList(expectationsOpenIssue);
const problem = phraseList(expectationsProblem);
const nextStep = phraseList(expectationsNextStep);

const OWNERS = new Set(['i', 'we', "i'm", "we're", "i've", "we've", "i'll", "we'll", 'our', 'team', 'engineer', 'engineers', 'technician', 'specialist', 'it', 'this', 'there', "there's", "it's"]);
const PAST = new Set(['was', 'were', 'had', 'did', 'been']);
const ABILITY = new Set(['can', 'could', 'to', 'would', 'might', 'may']);

/**
 * Whether an open-issue cue at token `i` is the agent's current work: its sentence is not a
 * question, names an owner on the agent's side before the cue, and is not in the past ("I was
 * working on that article").
 */
function ownedAndCurrent(view: TextView, i: number): boolean {
  const s = sentenceOf(view, i);
  if (s.terminator === '?') return false;
  let owner = false;
  for (let k = s.firstToken; k < i; k++) {
    const w = (view.tokens[k] as Token).lower;
    if (PAST.has(w)) return false;
    if (OWNERS.has(w)) owner = true;
  }
  // "so we can look into it", "I can escalate if you'd like": an offer or a purpose, not work under way.
  for (let k = Math.max(s.firstToken, i - 2); k < i; k++) if (ABILITY.has((view.tokens[k] as Token).lower)) return false;
  return owner;
}

const CONDITIONALS = new Set(['if', 'whenever', 'unless', 'should', 'once']);

/** Whether the sentence holding `offset` is a condition ("If…", "Should…", "In case…"). */
function inConditional(view: TextView, offset: number): boolean {
  const s = sentenceOf(view, tokenAt(view.tokens, offset));
  const first = view.tokens[s.firstToken] as Token;
  const second = view.tokens[s.firstToken + 1];
  return CONDITIONALS.has(first.lower) || (first.lower === 'in' && second !== undefined && second.lower === 'case');
}

/** Index of the token starting at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? 0 : i;
}

/**
 * `set-expectations`: a reply about an open issue that says what the problem is, what happens
 * next and who does it, and by when.
 *
 * When to use: on agent replies (enabled in `recommended`). It scores `expectations`: a third for
 * each of problem, next step and timeline (a vague timeline such as "shortly" earns half of its
 * third).
 *
 * Details: the rule applies when the reply talks about the agent side's work still in progress
 * ("we're looking into", "I've escalated", "our engineer", cues in `data/en/expectations.json`, in
 * a statement with an owner on the agent's side, not in the past tense, and not an offer or a
 * purpose such as "so we can look into it") or makes a time promise; otherwise it declares itself not applicable. Problem statements ("the issue is", "caused by", "it looks
 * like") and next steps with an owner ("I'll", "our team will", "I've escalated") are phrase
 * cues; the timeline is a time promise from the commitments signal. Findings: `noTimeline` on the
 * sentence with the next step (suggesting "by [day and time]"), `vagueTimeline` on an open-ended
 * phrase such as "shortly", and `noNextStep` when nobody is said to act. A missing problem
 * statement lowers the score only: early in an investigation it may not be known yet.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const r = analyze("I've escalated this to our network team.", { config: { rules: { 'set-expectations': 'warning' } } });
 * r.findings[0]?.messageId; // 'noTimeline'
 * ```
 * @since 0.1.0
 */
export const setExpectations = builtinRule({
  id: 'set-expectations',
  meta: {
    description: 'On an open issue, say what the problem is, what happens next and who does it, and by when.',
    category: 'expectations',
    messages: {
      noTimeline: 'Say by when: the customer can plan around “by 3 pm tomorrow”, not around an open-ended promise.',
      vagueTimeline: '“{{phrase}}” does not tell the customer when to expect anything; give a time (“by 3 pm”, “within 2 hours”).',
      noNextStep: 'Say what happens next and who does it (“I’ll call the carrier and update you by noon”).',
      addTime: 'Add a time',
      giveTime: 'Replace with a time',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const candidates = openIssue.find(view);
    const open = candidates.length === 0 ? candidates : candidates.filter((m) => !masked(view, m.firstToken) && ownedAndCurrent(view, m.firstToken));
    // A promise ("the team should e-mail you shortly") also shows the issue is still open. Most
    // replies have neither; when the message cannot hold a promise, the signal is not computed.
    if (open.length === 0 && !mayHaveCommitments(view)) {
      ctx.notApplicable();
      return;
    }
    // "If it happens again, I'll fix it right away" offers help for later: it neither shows an
    // open issue nor gives its timeline.
    const commitments = ctx.signals.commitments.filter((c) => !inConditional(view, c.range[0]));
    if (open.length === 0 && commitments.length === 0) {
      ctx.notApplicable();
      return;
    }
    const hasProblem = unmasked(problem.find(view), view).length > 0;
    const steps = unmasked(nextStep.find(view), view);
    const concrete = commitments.filter((c) => !c.vague);
    const vague = commitments.filter((c) => c.vague);
    const hasNext = steps.length > 0 || commitments.length > 0;
    const timeline = concrete.length > 0 ? 1 : vague.length > 0 ? 0.5 : 0;
    ctx.assess(((hasProblem ? 1 : 0) + (hasNext ? 1 : 0) + timeline) / 3);

    const tokens = view.tokens;
    // There is an open-issue cue or a promise, so the anchor is a token of the message.
    const sentence = sentenceOf(view, (steps[0] ?? open[0])?.firstToken ?? tokenAt(tokens, (commitments[0] as (typeof commitments)[number]).range[0]));
    if (!hasNext) ctx.report({ messageId: 'noNextStep', range: [sentence.start, sentence.end] });
    if (concrete.length > 0) return;
    for (const c of vague) {
      // Find the vague phrase inside the promise.
      const at = ctx.text.lastIndexOf(c.phrase, c.range[1]);
      const start = at >= c.range[0] ? at : c.range[0];
      const end = at >= c.range[0] ? at + c.phrase.length : c.range[1];
      reportPhrase(ctx, 'vagueTimeline', start, end, [{ desc: 'giveTime', edits: [{ range: [start, end], text: 'by [day and time]' }] }]);
    }
    if (vague.length > 0) return;
    // Insert the time before the sentence's closing punctuation.
    let k = sentence.endToken;
    while (k > sentence.firstToken && (tokens[k - 1] as Token).kind === 'punct') k--;
    reportInsert(ctx, 'noTimeline', 'addTime', (tokens[Math.max(k - 1, sentence.firstToken)] as Token).end, ' by [day and time]', [sentence.start, sentence.end]);
  },
});
