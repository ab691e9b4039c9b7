import { atLeast, int, object, optional } from '../config/schema-kit.js';
import { builtinRule } from './internal/builtin-rule.js';
import type { Channel } from '../../ticket/channel.js';
import type { Token } from '../text/text-view.js';
import { lineBreaks } from './internal/lexicon.js';
import { masked } from './internal/skip-mask.js';

const SHORT_FORM_CHANNELS = new Set<Channel>(['chat', 'sms', 'social', 'phone', 'remote_session', 'in_person']);

const options = object({
  /** Most words a sentence may have; by default 25 on chat-like channels and 30 elsewhere. */
  max: optional(int().check(atLeast(0, false))),
});

/**
 * `max-sentence-length`: sentences too long to take in at one reading.
 *
 * When to use: on agent replies (enabled in `recommended`). Long sentences hide the one
 * instruction the customer needs among conditions and asides.
 *
 * Details: counts the words of each sentence (numbers, URLs and symbols are not words); a line
 * break inside a sentence starts a new count, so bulleted steps without full stops are not one
 * long sentence. Sentences that are mostly quoted text or code are skipped. The limit is `max`,
 * or 25 words on chat, SMS, social, phone and remote-session channels and 30 elsewhere.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const long = 'Once the sync finishes, which can take a while if there are many large attachments, please sign out, sign back in, and check that the older messages appear again in search.';
 * analyze(long, { config: { rules: { 'max-sentence-length': ['warning', { max: 20 }] } } }).findings.length; // 1
 * ```
 * @since 0.1.0
 */
export const maxSentenceLength = builtinRule({
  id: 'max-sentence-length',
  meta: {
    description: 'Sentences short enough to take in at one reading.',
    category: 'clarity',
    messages: {
      tooLong: 'This sentence has {{words}} words (more than {{max}}); split it so each instruction stands on its own.',
    },
    options,
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const max = ctx.options.max ?? (ctx.channel !== undefined && SHORT_FORM_CHANNELS.has(ctx.channel) ? 25 : 30);
    const tokens = ctx.view.tokens;
    const text = ctx.text;
    for (const s of ctx.view.sentences) {
      if (s.endToken - s.firstToken <= max) continue;
      let words = 0;
      let best = 0;
      let segStart = s.firstToken;
      let bestStart = s.firstToken;
      let bestEnd = s.firstToken;
      let prevEnd = (tokens[s.firstToken] as Token).start;
      for (let i = s.firstToken; i < s.endToken; i++) {
        const t = tokens[i] as Token;
        const newline = lineBreaks(text, prevEnd, t.start, 1) > 0;
        prevEnd = t.end;
        if (newline) {
          words = 0;
          segStart = i;
        }
        if (t.kind !== 'word') continue;
        words++;
        if (words > best) {
          best = words;
          bestStart = segStart;
          bestEnd = i + 1;
        }
      }
      if (best <= max) continue;
      // Quoted words are counted only now: most long sentences have no long run of words, and the
      // skip mask costs a pass over the message.
      let quoted = 0;
      for (let i = s.firstToken; i < s.endToken; i++) if ((tokens[i] as Token).kind === 'word' && masked(ctx.view, i)) quoted++;
      if (quoted * 2 > best) continue;
      // Report to the end of the segment (its last token before a line break or the sentence end).
      let end = bestEnd;
      while (end < s.endToken) {
        if (lineBreaks(text, (tokens[end - 1] as Token).end, (tokens[end] as Token).start, 1) > 0) break;
        end++;
      }
      ctx.report({
        messageId: 'tooLong',
        range: [(tokens[bestStart] as Token).start, (tokens[end - 1] as Token).end],
        data: { words: best, max },
      });
    }
  },
});
