import { listeningAnswerStarts } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { TextView, Token } from '../text/text-view.js';
import { contentStems, stemsIn, overlap } from './internal/content-words.js';
import { questionsOf } from './internal/context-questions.js';
import { messageQuestions } from './internal/signals.js';

const answerStarts = phraseList(listeningAnswerStarts);
const deferrals = phraseList([
  "i'll check", 'i will check', "i'll find out", 'i will find out', 'let me check', 'let me find out', 'let me look',
  "i'll look into", 'i will look into', "we'll look into", 'we will look into', "i'll get back to you", "we'll get back to you",
  "i don't know yet", "i'm not sure yet", "i'll ask", 'i will ask', "i'll confirm", 'i will confirm', 'checking now',
  'one moment', 'give me a moment', 'bear with me', "i'll escalate", "i've escalated", 'looking into it', 'good question',
]);
const TIME_WORDS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'today', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'soon', 'shortly', 'morning', 'afternoon', 'evening', 'am', 'pm', 'noon']);
const QUANTITY_HEADS = new Set(['when', 'long', 'much', 'many', 'soon', 'time', 'often']);
const MAX_QUOTE = 80;

/** Whether the reply has a time, a duration or a number ("less than a week", "by 3 pm", "2"). */
function hasTimeOrNumber(view: TextView): boolean {
  for (const t of view.tokens) {
    if (t.kind === 'number') return true;
    if (t.kind === 'word' && TIME_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * `answer-every-question`: a reply that answers every question the customer asked.
 *
 * When to use: on agent replies analyzed with the customer's message as `context` (enabled in
 * `recommended`). It scores `listening` as the share of the customer's questions answered.
 *
 * Details: the customer's questions come from the questions signal (`?` sentences and requests
 * such as "tell me…"; fragments under three words are ignored). A question counts as answered
 * when the reply picks up one of its content words ("Does distance matter?" → "The distance could
 * affect playback"), when a yes/no question is met with an answer opener ("Yes", "Unfortunately",
 * "You can…"), when a when/how-long/how-much question is met with a time or a number ("less than a
 * week"), or when the reply says it is finding out ("let me check", "I'll get back to you") or asks
 * its own clarifying question. Each unanswered question is one finding, an empty range at the end
 * of the reply, quoting the question.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const r = analyze('I have reset your password; you can sign in now.', {
 *   context: 'I am locked out. Also, will I lose my saved drafts?',
 *   config: { rules: { 'answer-every-question': 'warning' } },
 * });
 * r.findings[0]?.expected; // ['Also, will I lose my saved drafts?']
 * ```
 * @since 0.1.0
 */
export const answerEveryQuestion = builtinRule({
  id: 'answer-every-question',
  meta: {
    description: 'Answer every question the customer asked.',
    category: 'listening',
    messages: {
      unanswered: 'The customer asked “{{question}}” and this reply does not answer it; answer it, or say when you will.',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    needsContext: true,
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const context = ctx.context;
    if (context === undefined) return;
    const asked = questionsOf(context).filter((q) => {
      let words = 0;
      for (const t of context.tokens) if (t.start >= q.range[0] && t.end <= q.range[1] && t.kind === 'word') words++;
      return words >= 3;
    });
    if (asked.length === 0 || ctx.view.wordCount === 0) {
      ctx.notApplicable();
      return;
    }
    const reply = contentStems(ctx.view);
    const tokens = ctx.view.tokens;
    const firstWord = tokens.findIndex((t) => t.kind === 'word');
    const opensWithAnswer = answerStarts.find(ctx.view, { from: Math.max(firstWord, 0), to: Math.max(firstWord, 0) + 4 }).some((m) => m.firstToken === firstWord);
    const defers = deferrals.find(ctx.view).length > 0 || messageQuestions(ctx.signals, ctx.view).some((q) => q.clarifying);
    const timeOrNumber = hasTimeOrNumber(ctx.view);
    let answered = 0;
    const missing: string[] = [];
    for (const q of asked) {
      const first = context.tokens.findIndex((t) => t.start >= q.range[0]);
      let end = first;
      while (end < context.tokens.length && (context.tokens[end] as Token).end <= q.range[1]) end++;
      const stems = stemsIn(context, first, end);
      let ok = overlap(stems, reply) > 0 || defers;
      if (!ok && q.kind === 'closed' && opensWithAnswer) ok = true;
      if (!ok && timeOrNumber) {
        for (let k = first; k < end; k++) if (QUANTITY_HEADS.has((context.tokens[k] as Token).lower)) ok = true;
      }
      if (ok) answered++;
      else {
        const text = context.text.slice(q.range[0], q.range[1]);
        missing.push(text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text);
      }
    }
    ctx.assess(answered / asked.length);
    const last = tokens[tokens.length - 1] as Token;
    for (const question of missing) {
      ctx.report({ messageId: 'unanswered', range: [last.end, last.end], data: { question }, expected: [question] });
    }
  },
});
