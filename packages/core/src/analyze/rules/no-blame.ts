import { blameLeads, blameFaultVerbs, blameLeadFaultVerbs, blameConditionals, blameNegations, blameOmissionVerbs, blamePhrases, blameRewrite, blameStrongFaultVerbs } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { Token } from '../text/text-view.js';
import type { RuleContext } from '../types.js';
import { wordIds, wordSet } from '../text/word-set.js';
import { sentenceOf } from './internal/edits.js';
import { reportPhrase } from './internal/report-phrase.js';
import { anyMasked } from './internal/skip-mask.js';

const matcher = phraseList(blamePhrases);
const STRONG = new Set<string>(blameStrongFaultVerbs);
const FAULT = new Set<string>([...blameFaultVerbs, ...blameStrongFaultVerbs]);
const LEAD_FAULT = new Set<string>([...blameLeadFaultVerbs, ...blameStrongFaultVerbs]);
const OMISSION = new Set<string>(blameOmissionVerbs);
const LEADS = new Set<string>(blameLeads);
const NEGATIONS = new Set<string>(blameNegations);
const NOT_AUX = new Set(['did', 'have', 'had', 'were', 'was', 'do']);
const SPECULATIVE_ONE = new Set(["must've", 'probably', 'obviously', 'clearly', 'apparently']);
const CONDITIONAL_ONE = new Set(blameConditionals.filter((c) => !c.includes(' ')));
const YOU = wordSet(['you', 'u']);

/** Whether a conditional word opens the clause holding token `i` ("if you deleted it…"). */
function inConditional(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':')) return false;
    if (CONDITIONAL_ONE.has(t.lower)) return true;
    if (t.lower === 'case' && k > from && (tokens[k - 1] as Token).lower === 'in') return true;
  }
  return false;
}

/**
 * Reports tokens `[first, end)` as blame unless quoted or code, inside a conditional clause, or
 * already reported from the same token (`reported`). A module-level function rather than a
 * closure per call: the rule runs on every message.
 */
function reportBlame(ctx: RuleContext<'blame', unknown>, reported: number[], first: number, end: number): void {
  const view = ctx.view;
  const tokens = view.tokens;
  if (anyMasked(view, first, end) || inConditional(tokens, first, sentenceOf(view, first).firstToken) || reported.includes(first)) return;
  reported.push(first);
  reportPhrase(ctx, 'blame', (tokens[first] as Token).start, (tokens[end - 1] as Token).end, undefined, [blameRewrite]);
}

/**
 * `no-blame`: wording that puts the fault on the customer ("user error", "you broke it", "because
 * you didn't follow the steps", "you must have clicked the link").
 *
 * When to use: on agent replies (enabled in `recommended`).
 *
 * Details: explicit fault phrases come from `data/en/blame.json`. "You" followed by a verb of
 * damage ("you broke", "you corrupted") is blame on its own. After a causal lead, a harmful verb
 * ("because you deleted") or a skipped step ("since you never updated", "because you did not
 * save") is blame, while neutral verbs are not ("since you changed the redirect, you may know
 * why"). Guesses at the customer's mistake count too ("you must have clicked", "you probably
 * deleted"). Clauses opened by "if",
 * "when", "whether", "unless" or "in case" are hypothetical and not reported ("if you deleted it
 * by accident, we can restore it"). Quoted text is not reported.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const { findings } = analyze('It stopped because you deleted the profile.', { config: { rules: { 'no-blame': 'warning' } } });
 * findings[0]?.actual; // 'because you deleted'
 * ```
 * @since 0.1.0
 */
export const noBlame = builtinRule({
  id: 'no-blame',
  meta: {
    description: 'Describe what happened, not whose fault it was.',
    category: 'respect',
    messages: {
      blame: '“{{phrase}}” puts the fault on the customer; describe what happened instead, e.g. “the file was deleted”.',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const tokens = view.tokens;
    const phrases = matcher.find(view);
    // Without a fault phrase, only "you …" can be blame. ("you" and "u" are words: no kind check.)
    if (phrases.length === 0 && !YOU.inView(view)) return;
    const ids = wordIds(view).ids;
    const reported: number[] = [];

    for (const m of phrases) reportBlame(ctx, reported, m.firstToken, m.endToken);
    // The phrase matches are in order and do not overlap: `p` is the first that ends after token
    // `i`, so `i` is covered by a match when that match starts at or before it (no set per message).
    let p = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (!YOU.hasId(ids[i] as number) || (tokens[i] as Token).kind !== 'word') continue;
      while (p < phrases.length && (phrases[p] as (typeof phrases)[number]).endToken <= i) p++;
      if (p < phrases.length && (phrases[p] as (typeof phrases)[number]).firstToken <= i) continue;
      const n1 = tokens[i + 1];
      if (n1 === undefined || n1.kind !== 'word') continue;
      const w1 = n1.lower;
      const w2 = tokens[i + 2]?.lower ?? '';
      const w3 = tokens[i + 3]?.lower ?? '';
      // "you broke it"
      if (STRONG.has(w1)) {
        reportBlame(ctx, reported, i, i + 2);
        continue;
      }
      // "you must have clicked", "you probably deleted"
      if (w1 === 'must' && w2 === 'have' && FAULT.has(w3)) {
        reportBlame(ctx, reported, i, i + 4);
        continue;
      }
      if (SPECULATIVE_ONE.has(w1) && FAULT.has(w2)) {
        reportBlame(ctx, reported, i, i + 3);
        continue;
      }
      // "because you deleted", "since you never updated", "because you did not save"
      const lead = i > 0 ? (tokens[i - 1] as Token) : undefined;
      if (lead === undefined || !LEADS.has(lead.lower)) continue;
      if (LEAD_FAULT.has(w1)) reportBlame(ctx, reported, i - 1, i + 2);
      else if (NEGATIONS.has(w1) && OMISSION.has(w2)) reportBlame(ctx, reported, i - 1, i + 3);
      else if (NOT_AUX.has(w1) && w2 === 'not' && OMISSION.has(w3)) reportBlame(ctx, reported, i - 1, i + 4);
    }
  },
});
