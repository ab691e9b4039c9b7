import { atLeast, int, object, string, withDefault } from '../config/schema-kit.js';
import { listeningParaphraseMarkers } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { TextView, Token } from '../text/text-view.js';
import { contentStems, overlap } from './internal/content-words.js';
import { reportInsert } from './internal/report-phrase.js';
import { greetings } from '../data/en/index.js';

const paraphrase = phraseList(listeningParaphraseMarkers);
const greeting = phraseList(greetings);

const options = object({
  /** A customer message with at least this many words is complex (default 40). */
  complexWords: withDefault(int().check(atLeast(1)), 40),
  /** Replies shorter than this many words are quick turns and not checked (default 15). */
  minReplyWords: withDefault(int().check(atLeast(0)), 15),
  /** Distinct customer content words a reply must restate to count as a paraphrase (default 3). */
  minRestated: withDefault(int().check(atLeast(1)), 3),
  /** What the suggestion inserts before the reply's first sentence after a greeting. */
  template: withDefault(string(), "To make sure I've understood: [their issue in one sentence]. "),
});

/**
 * `paraphrase-complex-issue`: a reply to a long, complex message that first restates the issue
 * in the agent's words, to confirm understanding.
 *
 * When to use: on agent replies analyzed with the customer's message as `context` (enabled in
 * `recommended` at `info`). It scores `listening`: 1 with a paraphrase, 0 without.
 *
 * Details: the customer's message is complex when it has at least `complexWords` words in two or
 * more sentences. A reply paraphrases when it opens a restatement ("If I understand correctly",
 * "So you're saying", "It sounds like", "You mentioned", "To confirm") or restates at least
 * `minRestated` distinct content words of the customer's message. Short replies are not checked.
 * The finding is an empty range where the paraphrase should go (after a greeting sentence), with
 * a suggestion to insert `template`.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const context =
 *   'Since Monday our shared calendar shows meetings an hour late for the Berlin team only. The London team sees the right times. We changed nothing, but IT pushed a Windows update on Friday. It is causing missed client calls.';
 * const r = analyze('Hi Dana, thanks for the details. Please sign out of Outlook, sign back in and check again.', {
 *   context,
 *   config: { rules: { 'paraphrase-complex-issue': 'info' } },
 * });
 * r.findings[0]?.messageId; // 'noParaphrase'
 * ```
 * @since 0.1.0
 */
export const paraphraseComplexIssue = builtinRule({
  id: 'paraphrase-complex-issue',
  meta: {
    description: 'Restate a complex issue in your own words before solving it.',
    category: 'listening',
    messages: {
      noParaphrase: 'The customer described a complex issue; restate it in a sentence first (“If I understand correctly, …”) so they can correct you before you act.',
      insertParaphrase: 'Insert a paraphrase',
    },
    options,
    defaultSeverity: 'info',
    roles: ['agent'],
    needsContext: true,
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    // needsContext: the engine runs the rule only with a context.
    const context = ctx.context as TextView;
    const complex = context.wordCount >= ctx.options.complexWords && context.sentences.length >= 2;
    if (!complex || ctx.view.wordCount < ctx.options.minReplyWords) {
      ctx.notApplicable();
      return;
    }
    if (paraphrase.find(ctx.view).length > 0 || overlap(contentStems(ctx.view).keys(), contentStems(context)) >= ctx.options.minRestated) {
      ctx.assess(1);
      return;
    }
    ctx.assess(0);
    const sentences = ctx.view.sentences;
    const tokens = ctx.view.tokens;
    // After an opening greeting sentence ("Hi Dana, thanks for the details."), else at the start.
    let s = sentences[0];
    if (s !== undefined && sentences.length > 1 && greeting.find(ctx.view, { from: s.firstToken, to: Math.min(s.endToken, s.firstToken + 4) }).length > 0) s = sentences[1];
    if (s === undefined) return;
    let k = s.firstToken;
    while (k < s.endToken && (tokens[k] as Token).kind !== 'word') k++;
    reportInsert(ctx, 'noParaphrase', 'insertParaphrase', (tokens[Math.min(k, s.endToken - 1)] as Token).start, ctx.options.template);
  },
});
