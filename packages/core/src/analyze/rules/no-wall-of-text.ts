import { atLeast, int, object, withDefault } from '../config/schema-kit.js';
import { builtinRule } from './internal/builtin-rule.js';
import type { Channel } from '../../ticket/channel.js';
import type { Token } from '../text/text-view.js';
import { sentenceOf } from './internal/edits.js';
import { lineBreaks } from './internal/lexicon.js';

const CHAT_LIKE = new Set<Channel>(['chat', 'sms', 'social']);

const options = object({
  /** Most words in one message on chat, SMS and social channels (default 60). */
  maxChatWords: withDefault(int().check(atLeast(0, false)), 60),
  /** Most words in one paragraph on any other channel (default 100). */
  maxParagraphWords: withDefault(int().check(atLeast(0, false)), 100),
});

/**
 * `no-wall-of-text`: replies too long for their channel: a chat message that reads like an essay,
 * or an e-mail paragraph nobody will read to the end.
 *
 * When to use: on agent replies (enabled in `recommended`). Set the channel in the analysis
 * options; without one, only the paragraph limit applies.
 *
 * Details: on `chat`, `sms` and `social`, a message over `maxChatWords` words is reported from
 * the sentence where it crosses the limit to its end. Elsewhere, each paragraph (text between
 * blank lines) over `maxParagraphWords` words is reported.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const essay = 'We checked your account and the mailbox settings. '.repeat(10);
 * analyze(essay, { channel: 'chat', config: { rules: { 'no-wall-of-text': 'warning' } } }).findings[0]?.messageId; // 'chatTooLong'
 * ```
 * @since 0.1.0
 */
export const noWallOfText = builtinRule({
  id: 'no-wall-of-text',
  meta: {
    description: 'Replies sized for their channel: short chat messages, short e-mail paragraphs.',
    category: 'clarity',
    messages: {
      chatTooLong: 'This {{channel}} message runs to {{words}} words (more than {{max}}); send the key step now and the rest in a follow-up or a link.',
      paragraphTooLong: 'This paragraph runs to {{words}} words (more than {{max}}); break it up, one idea per paragraph, or use numbered steps.',
    },
    options,
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const tokens = view.tokens;
    if (CHAT_LIKE.has(ctx.channel as Channel)) {
      const max = ctx.options.maxChatWords;
      if (view.wordCount <= max) return;
      // Report from the sentence holding the first word past the limit.
      let words = 0;
      let i = 0;
      while ((tokens[i] as Token).kind !== 'word' || ++words <= max) i++;
      ctx.report({
        messageId: 'chatTooLong',
        range: [sentenceOf(view, i).start, (tokens[tokens.length - 1] as Token).end],
        data: { channel: ctx.channel as Channel, words: view.wordCount, max },
      });
      return;
    }
    const max = ctx.options.maxParagraphWords;
    if (view.wordCount <= max) return;
    let first = 0;
    let words = 0;
    for (let i = 0; i <= tokens.length; i++) {
      // The end, or a blank line before token i, closes the paragraph that starts at `first`.
      if (i === tokens.length || (i > first && lineBreaks(ctx.text, (tokens[i - 1] as Token).end, (tokens[i] as Token).start, 2) >= 2)) {
        if (words > max) ctx.report({ messageId: 'paragraphTooLong', range: [(tokens[first] as Token).start, (tokens[i - 1] as Token).end], data: { words, max } });
        first = i;
        words = 0;
      }
      if (tokens[i]?.kind === 'word') words++;
    }
  },
});
