import { patronizingExemptAfterMinimizer, patronizingInstructionVerbs, patronizingMinimizers, patronizingPhrases } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseGroups } from './internal/phrase-groups.js';
import type { Token } from '../text/text-view.js';
import { wordIds, wordSet } from '../text/word-set.js';
import { deleteTokens, sentenceOf } from './internal/edits.js';
import { reportPhrase } from './internal/report-phrase.js';
import { masked, unmasked } from './internal/skip-mask.js';

const MINIMIZERS = wordSet(patronizingMinimizers);
const VERBS = new Set<string>(patronizingInstructionVerbs);
// Verbs that only soften an instruction after "you" ("you just need to"); sentence-initial
// "Just need your e-mail" is the agent talking about themselves.
const VERBS_AFTER_YOU_ONLY = new Set(['need', 'have', 'do', 'wait', 'hold', 'make', 'try', 'put']);
const EXEMPT_AFTER = new Set<string>(patronizingExemptAfterMinimizer);
// Words between the addressee and "just" that keep it an instruction ("you can just click").
const MODALS = new Set(['can', 'could', 'should', 'will', 'would', 'might', 'may', 'must', 'need', 'have', 'to', 'then', 'now']);
// Words after which "just + verb" is still an instruction to the customer ("then just click").
const IMPERATIVE_LEADS = new Set(['then', 'and', 'please', 'so', 'now', 'first', 'next', 'also', 'or', 'pls', 'plz', 'ok', 'okay']);
const YOU = new Set(['you', "you'll", "you'd", 'u']);
// An earlier "did/have/was" makes "just" mean "a moment ago" ("Did you just restart it?").
const PERFECT_AUX = new Set(['did', 'have', 'has', 'had', 'was', 'were', "you've", "i've", "we've"]);
// "It's obviously frustrating", "obviously not acceptable": sympathetic, not patronizing.
const SYMPATHY = new Set(['frustrating', 'annoying', 'upsetting', 'disappointing', 'stressful', 'inconvenient', 'not', 'a', 'our', 'on', 'worrying', 'concerning', 'unacceptable', 'important', 'urgent', 'serious']);
const SELF = new Set(['i', 'we', "i've", "we've", 'our', 'my', "i'm", "we're"]);
const OBVIOUS_AFTER = new Set(["it's", "that's", "there's"]);
const YOU_OBVIOUS_VERBS = new Set(['need', 'needed', 'have', 'missed', 'forgot', "didn't", "don't", "haven't", "can't", 'should', 'must']);
const EASY_FOLLOWERS = new Set(['if', 'once', 'enough', 'really', 'just', 'peasy', 'as']);

const matcher = phraseGroups(patronizingPhrases);

/**
 * `no-patronizing`: words that project the agent's familiarity onto the customer or talk down to
 * them: "just"/"simply" before an instruction, "obviously", "as I said", "it's easy".
 *
 * When to use: on agent replies (enabled in `recommended`).
 *
 * Details: "just", "simply" and "merely" are reported only when they soften an instruction to the
 * customer: before an action verb ("just click Save", "simply restart") or after "you" ("you just
 * need to"). Harmless uses are left alone: "I just pushed a fix" (recency after I/we/it), "just to
 * confirm", "just in case", "just a moment", "just let us know", "did you just restart it?", and
 * "simply put". Phrases ("as I said", "it's easy", "everyone knows", "obviously") come from
 * `data/en/patronizing.json`; "obviously" about the agent's own side or a feeling ("this is
 * obviously frustrating") is not reported. Suggestions delete the word with its spacing, and move
 * a sentence-initial capital to the next word.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const { findings } = analyze('Just click Save and it works.', { config: { rules: { 'no-patronizing': 'warning' } } });
 * findings[0]?.suggestions[0]?.edits; // [{ range: [0, 6], text: 'C' }]
 * ```
 * @since 0.1.0
 */
export const noPatronizing = builtinRule({
  id: 'no-patronizing',
  meta: {
    description: 'No words that make a step sound trivial or imply the customer should already know.',
    category: 'respect',
    messages: {
      minimizer: '“{{phrase}}” makes the step sound trivial; if it is not trivial for them, they feel slow. Leave it out.',
      repeat: '“{{phrase}}” reminds them they missed something; restate the point without it.',
      easy: '“{{phrase}}” projects your own familiarity; what is easy for you may not be for them. Give the steps instead.',
      familiar: '“{{phrase}}” assumes knowledge the customer may not have.',
      obvious: '“{{phrase}}” implies they should have seen it already; leave it out.',
      remove: 'Remove “{{phrase}}”',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const tokens = view.tokens;
    
    const ids = wordIds(view).ids;
    for (let i = MINIMIZERS.inView(view) ? 0 : tokens.length; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word' || !MINIMIZERS.hasId(ids[i] as number)) continue;
      const next = tokens[i + 1];
      if (next === undefined || next.kind !== 'word') continue;
      const nextWord = next.lower;
      // Only before an instruction verb ("just click"), and not "simply put"; quoted text last (the
      // skip mask costs a pass over the message).
      if (!VERBS.has(nextWord) || (t.lower === 'simply' && nextWord === 'put') || EXEMPT_AFTER.has(nextWord) || masked(view, i)) continue;
      const from = sentenceOf(view, i).firstToken;
      let perfect = false;
      for (let k = from; k < i; k++) if (PERFECT_AUX.has((tokens[k] as Token).lower)) perfect = true;
      if (perfect) continue;
      // Who is told to act? Look back past modals ("you can just", "you need to just").
      let k = i - 1;
      while (k >= from && (tokens[k] as Token).kind === 'word' && MODALS.has((tokens[k] as Token).lower)) k--;
      const before = k >= from ? (tokens[k] as Token) : undefined;
      // (The YOU and IMPERATIVE_LEADS words are letters only: a token with that `lower` is a word.)
      const clauseStart = before === undefined || before.kind === 'punct' || before.kind === 'mention' || before.kind === 'other';
      const imperative = clauseStart || IMPERATIVE_LEADS.has(before.lower);
      if (!((imperative && !VERBS_AFTER_YOU_ONLY.has(nextWord)) || YOU.has(before?.lower as string))) continue;
      reportPhrase(ctx, 'minimizer', t.start, t.end, [{ desc: 'remove', edits: deleteTokens(view, i, i + 1) }]);
    }

    for (const m of unmasked(matcher.find(view), view)) {
      const listed = matcher.phrases[m.phraseIndex] as string;
      const kind = matcher.groupOf[m.phraseIndex] as keyof typeof patronizingPhrases;
      const after = tokens[m.endToken];
      const before = m.firstToken > 0 ? (tokens[m.firstToken - 1] as Token) : undefined;
      // "obviously", "it's obvious", "it is obvious"
      if (listed.includes('obvious')) {
        if ((after !== undefined && SYMPATHY.has(after.lower)) || (before !== undefined && SELF.has(before.lower))) continue;
      }
      if (listed === 'obviously') {
        // Only where it tells the reader they should have seen it: opening a clause ("Obviously, …"),
        // after "it's"/"that's" ("it's obviously the blue one"), or before what "you" did or need.
        const opens = (before === undefined || before.kind !== 'word' || IMPERATIVE_LEADS.has(before.lower)) && after !== undefined && (after.kind === 'word' || after.text === ',');
        const afterIts = before !== undefined && OBVIOUS_AFTER.has(before.lower);
        const aboutYou = before !== undefined && YOU.has(before.lower) && after !== undefined && YOU_OBVIOUS_VERBS.has(after.lower);
        if (!opens && !afterIts && !aboutYou) continue;
      }
      if (kind === 'easy' && after !== undefined && after.kind === 'word') {
        // "It's easy: open Settings" / "it's easy to fix" project ease; "it's easy to smile when…" does not.
        const next2 = tokens[m.endToken + 1];
        const instruction = (after.lower === 'to' && next2 !== undefined && VERBS.has(next2.lower)) || EASY_FOLLOWERS.has(after.lower);
        if (!instruction) continue;
      }
      // Asides ("As I said, …", "Obviously, …", "Needless to say, …") can simply go.
      const aside =
        kind === 'repeat' || kind === 'obvious'
          ? !listed.endsWith(' you') && (after === undefined || after.kind === 'punct' || listed === 'obviously')
          : after !== undefined && after.text === ',' && listed.startsWith('as ');
      reportPhrase(ctx, kind, m.start, m.end, aside ? [{ desc: 'remove', edits: deleteTokens(view, m.firstToken, m.endToken) }] : undefined);
    }
  },
});
