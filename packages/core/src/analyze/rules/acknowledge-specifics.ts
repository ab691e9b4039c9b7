import { atLeast, int, object, withDefault } from '../config/schema-kit.js';
import { listeningParaphraseMarkers } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { TextView, Token } from '../text/text-view.js';
import { contentStems, overlap } from './internal/content-words.js';

const paraphrase = phraseList(listeningParaphraseMarkers);

const options = object({
  /** The customer's message needs at least this many distinct content words to have specifics (default 3). */
  minSpecifics: withDefault(int().check(atLeast(1)), 3),
  /** Replies shorter than this many words are quick turns and not checked (default 6). */
  minReplyWords: withDefault(int().check(atLeast(0)), 6),
});

/**
 * `acknowledge-specifics`: a reply that shows the customer it was read, by referring to at least
 * one specific thing they wrote (the device, the error, the app, what they tried).
 *
 * When to use: on agent replies analyzed with the customer's message as `context` (enabled in
 * `recommended` at `info`). It scores `listening`: 1 when the reply refers to the customer's
 * specifics, 0 when it could have been sent to anyone.
 *
 * Details: the content words of both messages (not stopwords, three letters or more, stemmed so
 * "crashes" meets "crashing", and numbers such as versions) are compared; a paraphrase opener
 * ("if I understand correctly", "you mentioned") also counts. The rule does not apply when the
 * customer's message has fewer than `minSpecifics` content words (a greeting, a one-line request)
 * or the reply is shorter than `minReplyWords`. The finding is on the reply's first sentence and
 * lists the customer's words it could pick up.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const r = analyze('Thanks for reaching out. Please send us a DM so we can look into this together.', {
 *   context: 'Since the iOS 17 update my iPhone battery drains in two hours.',
 *   config: { rules: { 'acknowledge-specifics': 'info' } },
 * });
 * r.findings[0]?.expected; // ['iOS', '17', 'update']
 * ```
 * @since 0.1.0
 */
export const acknowledgeSpecifics = builtinRule({
  id: 'acknowledge-specifics',
  meta: {
    description: 'Refer to what the customer actually wrote, so they know you read it.',
    category: 'listening',
    messages: {
      generic: 'Nothing in this reply refers to what the customer wrote; mention their specifics (such as “{{example}}”) so they know you read it.',
    },
    options,
    defaultSeverity: 'info',
    roles: ['agent'],
    needsContext: true,
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    // needsContext: the engine runs the rule only with a context.
    const theirs = contentStems(ctx.context as TextView);
    if (theirs.size < ctx.options.minSpecifics || ctx.view.wordCount < ctx.options.minReplyWords) {
      ctx.notApplicable();
      return;
    }
    const ours = contentStems(ctx.view);
    if (overlap(ours.keys(), theirs) > 0 || paraphrase.find(ctx.view).length > 0) {
      ctx.assess(1);
      return;
    }
    ctx.assess(0);
    const first = ctx.view.sentences[0];
    if (first === undefined) return;
    const examples = [...theirs.values()].slice(0, 3);
    const tokens = ctx.view.tokens;
    // Skip leading mentions so the range starts at the reply's first word.
    let k = first.firstToken;
    while (k < first.endToken && (tokens[k] as Token).kind === 'mention') k++;
    const start = (tokens[Math.min(k, first.endToken - 1)] as Token).start;
    ctx.report({ messageId: 'generic', range: [start, first.end], data: { example: examples[0] ?? '' }, expected: examples });
  },
});
