import { criticismInsults, criticismPhrases, criticismStaffNouns, criticismTargets } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { Token } from '../text/text-view.js';
import { reportPhrase } from './internal/report-phrase.js';
import { masked, unmasked } from './internal/skip-mask.js';

const INSULTS_ONE = new Set(criticismInsults.filter((w) => !w.includes(' ')));
const insultPhrases = phraseList(criticismInsults.filter((w) => w.includes(' ')));
const putDowns = phraseList(criticismPhrases);
const TARGETS = new Set<string>(criticismTargets);
const STAFF = new Set<string>(criticismStaffNouns);
const POSSESSIVE = new Set(['your', 'ur', 'yer', 'the', 'this', 'these', 'those', 'that', 'ya']);
// Words allowed between the target and the insult ("you are all so useless").
const BRIDGE = new Set([
  'are', 'is', "'re", 'were', 'was', 'been', 'be', 'being', 'am', 'so', 'such', 'really', 'completely', 'totally',
  'absolutely', 'utterly', 'truly', 'just', 'all', 'a', 'an', 'bunch', 'of', 'lot', 'the', 'most', 'very', 'guys',
  'people', 'clearly', 'obviously', 'literally', 'seriously', 'actually', 'still', 'always', 'honestly', 'beyond',
  'here', 'there', 'over', 'both', 'fucking', 'bloody', 'damn', 'complete', 'total', 'utter', 'absolute', 'pure', 'fricking',
]);
const ABUSE = phraseList(['fuck you', 'f you', 'screw you', 'go to hell', 'shut up', 'piss off', 'get lost']);

/** Whether a target ("you", "your agents") heads the clause before token `i` through bridge words. */
function targetedBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== "'") return -1;
    const w = t.lower;
    if (TARGETS.has(w) || w === "you're" || w === "y'all're") return k;
    if (STAFF.has(w)) {
      const before = k > 0 ? (tokens[k - 1] as Token).lower : '';
      if (POSSESSIVE.has(before) || TARGETS.has(before)) return k - 1;
      continue;
    }
    if (!BRIDGE.has(w)) return -1;
  }
  return -1;
}

/** Adds the span `[a, b)` unless it overlaps one already added (the first one wins). */
function addSpan(spans: [number, number, boolean][], a: number, b: number, abusive: boolean): void {
  for (const [x, y] of spans) if (a < y && b > x) return;
  spans.push([a, b, abusive]);
}

/**
 * `personal-criticism`: insults and put-downs in a customer's message aimed at the agent or the
 * support staff ("you're useless", "your agents are clueless", "do you even read my messages?"),
 * with guidance for the reply.
 *
 * When to use: on customer messages (enabled in `recommended`), so the agent gets a prompt before
 * answering.
 *
 * Details: an insult from `data/en/personal-criticism.json` counts only when it is aimed at a
 * person: after "you"/"you're"/"you guys" or a staff noun ("your agents", "this tech") with only
 * linking words in between ("you are all so useless"); "this app is useless" is frustration with
 * the product, reported by `customer-frustration`, not here. Complete put-downs ("do you even
 * read", "learn to read", "hire people who…") count on their own. The first criticism gets the
 * "don't take it personally" guidance; repeated or abusive ones ("shut up") get the guidance to
 * set a boundary.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const { findings } = analyze('You guys are useless.', { role: 'customer', config: { rules: { 'personal-criticism': 'warning' } } });
 * findings[0]?.actual; // 'You guys are useless'
 * ```
 * @since 0.1.0
 */
export const personalCriticism = builtinRule({
  id: 'personal-criticism',
  meta: {
    description: 'Recognise personal criticism aimed at the agent, and answer the problem, not the insult.',
    category: 'respect',
    messages: {
      personal:
        '“{{phrase}}” is aimed at you, but it is about the situation. Do not take it personally: acknowledge the frustration and keep to the fix.',
      setBoundary:
        '“{{phrase}}” is a personal attack. Acknowledge the frustration once, then set a boundary calmly: you will keep helping while the conversation stays respectful.',
    },
    defaultSeverity: 'warning',
    roles: ['customer'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const tokens = view.tokens;
    const spans: [number, number, boolean][] = [];
    for (const m of unmasked(ABUSE.find(view), view)) {
      // "Shut up and fix it." / "F you." — an abusive phrase that opens a clause and is addressed,
      // not "to get me to shut up" or "piss off, rain".
      const before = m.firstToken > 0 ? tokens[m.firstToken - 1] : undefined;
      const after = tokens[m.endToken];
      const opens = before === undefined || before.kind !== 'word';
      const addressed = after === undefined || after.kind === 'punct' || after.kind === 'other' || TARGETS.has(after.lower) || STAFF.has(after.lower) || after.lower === 'and';
      if (opens && addressed) addSpan(spans, m.start, m.end, true);
    }
    for (const m of unmasked(putDowns.find(view), view)) addSpan(spans, m.start, m.end, false);
    for (const m of unmasked(insultPhrases.find(view), view)) {
      const k = targetedBefore(tokens, m.firstToken);
      if (k >= 0) addSpan(spans, (tokens[k] as Token).start, m.end, false);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word' || !INSULTS_ONE.has(t.lower) || masked(view, i)) continue;
      const k = targetedBefore(tokens, i);
      if (k >= 0) addSpan(spans, (tokens[k] as Token).start, t.end, false);
    }
    spans.sort((a, b) => a[0] - b[0]);
    spans.forEach(([a, b, abusive], n) => reportPhrase(ctx, abusive || n > 0 ? 'setBoundary' : 'personal', a, b));
  },
});
