import { object, string, withDefault } from '../config/schema-kit.js';
import { closingsOffers, closingsRequestAfterLetKnow, closingsSignOffs } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { courtesyOptions, skipsCourtesy } from './internal/transactional-channel.js';
import { reportInsert } from './internal/report-phrase.js';
import { phraseList } from './internal/pack-phrases.js';
import type { Token } from '../text/text-view.js';

const offers = phraseList(closingsOffers);
const signOffs = phraseList(closingsSignOffs);
const REQUEST_AFTER_LET_KNOW = new Set<string>(closingsRequestAfterLetKnow);
// How many sentences at the end of a reply count as its closing.
const CLOSING_SENTENCES = 3;

const options = object({
  ...courtesyOptions,
  /** What the suggestion inserts at the end (default ` Let me know if there's anything else I can help with.`). */
  template: withDefault(string(), " Let me know if there's anything else I can help with."),
});

/**
 * `offer-further-help`: a reply that closes by inviting the customer back ("Let me know if
 * anything else comes up"), as contact-centre QA scorecards check.
 *
 * When to use: on agent replies (enabled in `recommended` at `info`). It scores the `closing`
 * category: 1 with an offer of further help, 0.5 with only a sign-off ("Have a great day"), 0
 * with neither.
 *
 * Details: the last three sentences are compared with `data/en/closings.json`. "Let me know" /
 * "let us know" followed by a request ("let me know which version") asks for information and is
 * not an offer. The rule declares itself not applicable to replies shorter than `minWords` words
 * and, unless `transactional` is set, to messages on transactional channels (chat, phone, remote
 * session, in person), where the closing belongs to the last turn of the conversation, nor to
 * one-way notices on linear channels (status page, broadcast), where no reply is expected. A missing offer is reported as an empty
 * range at the end of the last sentence, with a suggestion to insert `template`.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const r = analyze('Your laptop is ready at the service desk on the second floor. Let me know if anything else comes up.', {
 *   config: { rules: { 'offer-further-help': 'info' } },
 * });
 * r.scorecard.closing.score; // 1
 * ```
 * @since 0.1.0
 */
export const offerFurtherHelp = builtinRule({
  id: 'offer-further-help',
  meta: {
    description: 'Close a reply by offering further help.',
    category: 'closing',
    messages: {
      missing: 'Close by offering further help (“Let me know if anything else comes up”), so the customer knows the door is open.',
      signOffOnly: 'The sign-off is friendly; add an offer of further help so the customer knows they can come back.',
      insertOffer: 'Add an offer of further help',
    },
    options,
    defaultSeverity: 'info',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const tokens = view.tokens;
    const sentences = view.sentences;
    if (skipsCourtesy(ctx) || sentences.length === 0) {
      ctx.notApplicable();
      return;
    }
    const from = (sentences[Math.max(0, sentences.length - CLOSING_SENTENCES)] as (typeof sentences)[number]).firstToken;
    // "Let me know" before a request ("let me know which version") asks for information. (The
    // request words are letters only: a token with that `lower` is a word.)
    if (offers.find(view, { from }).some((m) => (tokens[m.endToken - 1] as Token).lower !== 'know' || !REQUEST_AFTER_LET_KNOW.has(tokens[m.endToken]?.lower as string))) {
      ctx.assess(1);
      return;
    }
    const signedOff = signOffs.find(view, { from }).length > 0;
    ctx.assess(signedOff ? 0.5 : 0);
    // Insert after the last sentence that is not a sign-off or a signature.
    let target = sentences[sentences.length - 1] as (typeof sentences)[number];
    for (let k = sentences.length - 1; k >= 0; k--) {
      const s = sentences[k] as (typeof sentences)[number];
      if (signOffs.find(view, { from: s.firstToken, to: s.endToken }).length === 0 && s.endToken - s.firstToken > 3) {
        target = s;
        break;
      }
    }
    reportInsert(ctx, signedOff ? 'signOffOnly' : 'missing', 'insertOffer', target.end, ctx.options.template);
  },
});
