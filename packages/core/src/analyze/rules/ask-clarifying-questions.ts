import { atLeast, int, object, withDefault } from '../config/schema-kit.js';
import { listeningSpecificMarkers, listeningVagueProblem } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { TextView, Token } from '../text/text-view.js';
import { messageQuestions } from './internal/signals.js';

const vague = phraseList(listeningVagueProblem);
const SPECIFIC = new Set<string>(listeningSpecificMarkers);
const detailRequests = phraseList([
  'let us know which', 'let me know which', 'let us know what', 'let me know what', 'let us know when', 'let me know when',
  'tell us more', 'tell me more', 'more details', 'more detail', 'more information', 'more info', 'send a screenshot',
  'send us a screenshot', 'send me a screenshot', 'the exact error', 'the error message', 'which version', 'what version',
  'what device', 'which device', 'steps you', 'what happens when', 'describe what',
]);

const options = object({
  /** A customer message longer than this is not treated as vague (default 30 words). */
  maxVagueWords: withDefault(int().check(atLeast(1)), 30),
});

/** Whether the customer's message reports a problem without specifics. */
function isVagueReport(view: TextView, maxWords: number): boolean {
  if (view.wordCount === 0 || view.wordCount > maxWords) return false;
  if (vague.find(view).length === 0) return false;
  for (const t of view.tokens as readonly Token[]) {
    if (t.kind === 'number' || t.kind === 'url') return false;
    if (t.kind === 'word' && SPECIFIC.has(t.lower)) return false;
    if (t.text === '"' || t.text === '\u201c') return false;
  }
  return true;
}

/**
 * `ask-clarifying-questions`: a reply to a vague problem report that asks for the details needed
 * to understand it (what exactly happens, on which device or version, since when) before solving.
 *
 * When to use: on agent replies analyzed with the customer's message as `context` (enabled in
 * `recommended` at `info`). It scores `listening`: 1 when a vague report is met with a clarifying
 * question or request, 0 when not.
 *
 * Details: the customer's message is vague when it reports a problem ("not working", "broken",
 * "error", "slow", "can't") in at most `maxVagueWords` words with no specifics: no numbers or
 * versions, no device, app or browser names, no quoted error text, no link, no "since" or "after".
 * The reply clarifies when it asks a clarifying question (the questions signal) or requests
 * details ("let us know which…", "tell me more", "send a screenshot"). For other customer messages
 * the rule does not apply.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const r = analyze('Please restart your computer and try again.', {
 *   context: 'My email is not working.',
 *   config: { rules: { 'ask-clarifying-questions': 'info' } },
 * });
 * r.findings[0]?.messageId; // 'askForDetails'
 * ```
 * @since 0.1.0
 */
export const askClarifyingQuestions = builtinRule({
  id: 'ask-clarifying-questions',
  meta: {
    description: 'Ask for the missing details when the customer’s description is vague.',
    category: 'listening',
    messages: {
      askForDetails:
        'The customer’s description is vague; before proposing a fix, ask what exactly happens, on which device or version, and since when.',
    },
    options,
    defaultSeverity: 'info',
    roles: ['agent'],
    needsContext: true,
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const context = ctx.context;
    if (context === undefined || !isVagueReport(context, ctx.options.maxVagueWords) || ctx.view.wordCount === 0) {
      ctx.notApplicable();
      return;
    }
    const clarifies = messageQuestions(ctx.signals, ctx.view).some((q) => q.clarifying) || detailRequests.find(ctx.view).length > 0;
    ctx.assess(clarifies ? 1 : 0);
    if (clarifies) return;
    const tokens = ctx.view.tokens;
    const first = tokens.find((t) => t.kind === 'word') as Token;
    const last = tokens[tokens.length - 1] as Token;
    ctx.report({ messageId: 'askForDetails', range: [first.start, last.end] });
  },
});
