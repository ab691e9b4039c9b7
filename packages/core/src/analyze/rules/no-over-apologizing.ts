import { atLeast, int, object, withDefault } from '../config/schema-kit.js';
import { empathyApologyWords, empathyOverApology } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import type { Token } from '../text/text-view.js';
import { wordIds, wordSet } from '../text/word-set.js';
import { reportPhrase } from './internal/report-phrase.js';
import { masked, unmasked } from './internal/skip-mask.js';

const APOLOGY = wordSet(empathyApologyWords);
const overMatcher = phraseList(empathyOverApology);

const options = object({
  /** How many apologies one message may hold before the rest are reported (default 2). */
  maxApologies: withDefault(int().check(atLeast(1)), 2),
});

/**
 * `no-over-apologizing`: more apologies than a message needs: the same apology repeated, doubled
 * intensifiers ("so so sorry"), "sorry again", "I can't apologize enough".
 *
 * When to use: on agent replies (enabled in `recommended`). One sincere, specific apology helps;
 * a string of them makes the reply about the agent and delays the fix.
 *
 * Details: apology words (sorry, apologize, apologies…) outside quotes are counted; each one past
 * `maxApologies` is reported. Phrases that over-apologize on their own (from
 * `data/en/empathy.json`) are reported wherever they appear. Self-abasing apologies ("I'm
 * terrible") are the concern of `prefer-adult-wording`.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const text = "Sorry for the wait. I'm so so sorry about the printer.";
 * analyze(text, { config: { rules: { 'no-over-apologizing': 'warning' } } }).findings[0]?.messageId; // 'overApology'
 * ```
 * @since 0.1.0
 */
export const noOverApologizing = builtinRule({
  id: 'no-over-apologizing',
  meta: {
    description: 'One sincere apology, then the fix; no strings of apologies.',
    category: 'empathy',
    messages: {
      tooMany: 'This is apology number {{count}} in one message; one sincere apology is enough, then move on to the fix.',
      overApology: '“{{phrase}}” over-apologizes; apologize once, specifically, and say what you are doing about it.',
    },
    options,
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const tokens = ctx.view.tokens;
    let reported: [number, number][] | undefined;
    for (const m of unmasked(overMatcher.find(ctx.view), ctx.view)) {
      (reported ??= []).push([m.start, m.end]);
      reportPhrase(ctx, 'overApology', m.start, m.end);
    }
    if (!APOLOGY.inView(ctx.view)) return;
    const ids = wordIds(ctx.view).ids;
    let count = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word' || !APOLOGY.hasId(ids[i] as number) || masked(ctx.view, i)) continue;
      count++;
      if (count <= ctx.options.maxApologies) continue;
      if (reported?.some(([a, b]) => t.start >= a && t.end <= b) === true) continue;
      ctx.report({ messageId: 'tooMany', range: [t.start, t.end], data: { count } });
    }
  },
});
