import { object, string, withDefault } from '../config/schema-kit.js';
import { greetings } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { courtesyOptions, skipsCourtesy } from './internal/transactional-channel.js';
import { phraseList } from './internal/pack-phrases.js';
import type { Sentence, Token } from '../text/text-view.js';
import { firstWordFrom } from './internal/lexicon.js';
import { reportInsert } from './internal/report-phrase.js';

const matcher = phraseList(greetings);
// One-word openers that are greetings only before a pause or a name ("Morning, Sam", not "Morning flights…").
const AMBIGUOUS = new Set(['morning', 'afternoon', 'evening', 'welcome', 'dear', 'greetings', 'yo']);
const SOFT_OPENERS = new Set(['oh', 'well', 'and', 'hey', 'ok', 'okay']);

const options = object({
  ...courtesyOptions,
  /** What the suggestion inserts at the start (default `Hi [name], `). */
  template: withDefault(string(), 'Hi [name], '),
});

/**
 * `include-greeting`: a reply that opens with a greeting, as contact-centre QA scorecards check.
 *
 * When to use: on agent replies (enabled in `recommended` at `info`). It also scores the
 * `greeting` category: 1 with a greeting, 0 without.
 *
 * Details: the first words after @-mentions are compared with `data/en/greetings.json` ("Hi",
 * "Hello Sam", "Good morning", "Thanks for reaching out", "Thank you for contacting…"); one-word
 * openers that double as ordinary words ("Morning", "Welcome", "Dear") count only before
 * punctuation or a name; any opening "Thanks for…" / "Thank you for…" counts too. The rule declares
 * itself not applicable to replies shorter than `minWords` words (follow-up turns) and, unless
 * `transactional` is set, to messages on transactional channels (chat, phone, remote session, in
 * person), where the greeting belongs to the first turn of the conversation; nor to one-way
 * notices on linear channels (status page, broadcast), which greet no one in particular. A missing greeting is reported as
 * an empty range at the start, with a suggestion to insert `template`.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const r = analyze('Your laptop is ready at the service desk on the second floor, next to the lifts.', {
 *   config: { rules: { 'include-greeting': 'info' } },
 * });
 * r.scorecard.greeting.score; // 0
 * ```
 * @since 0.1.0
 */
export const includeGreeting = builtinRule({
  id: 'include-greeting',
  meta: {
    description: 'Open a reply with a greeting.',
    category: 'greeting',
    messages: {
      missing: 'Open with a greeting (“Hi Sam,”); it tells the customer a person read their message.',
      insertGreeting: 'Insert a greeting',
    },
    options,
    defaultSeverity: 'info',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const tokens = view.tokens;
    const firstWord = firstWordFrom(tokens, 0, tokens.length);
    if (skipsCourtesy(ctx) || firstWord < 0) {
      ctx.notApplicable();
      return;
    }
    // A word was found, so there is a first sentence.
    const to = Math.min((view.sentences[0] as Sentence).endToken, firstWord + 12);
    // "Thanks for…" / "Thank you for…" opening the reply is a courteous opener too.
    const w0 = (tokens[firstWord] as Token).lower;
    const w1 = tokens[firstWord + 1]?.lower ?? '';
    const w2 = tokens[firstWord + 2]?.lower ?? '';
    let found = (w0 === 'thanks' && w1 === 'for') || (w0 === 'thank' && w1 === 'you' && w2 === 'for');
    for (const m of found ? [] : matcher.find(view, { from: firstWord, to })) {
      if (m.endToken - m.firstToken === 1) {
        // Greetings open the message; "thanks for reaching out" may follow a name or "Hi".
        const position = m.firstToken - firstWord;
        if (position > 1 || (position === 1 && !SOFT_OPENERS.has((tokens[firstWord] as Token).lower))) continue;
        const next = tokens[m.endToken];
        const c = next?.text.charCodeAt(0) ?? 0;
        if (AMBIGUOUS.has((tokens[m.firstToken] as Token).lower) && next !== undefined && next.kind !== 'punct' && !(c >= 65 && c <= 90)) continue;
      }
      found = true;
      break;
    }
    if (found) {
      ctx.assess(1);
      return;
    }
    ctx.assess(0);
    reportInsert(ctx, 'missing', 'insertGreeting', (tokens[firstWord] as Token).start, ctx.options.template);
  },
});
