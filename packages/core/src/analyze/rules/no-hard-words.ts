import { type Output, array, object, string, withDefault } from '../config/schema-kit.js';
import { hardWordsWords } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseList } from './internal/pack-phrases.js';
import { perOptions } from './internal/per-options.js';
import { reportPlain } from './internal/report-phrase.js';
import { unmasked } from './internal/skip-mask.js';

const entries = Object.entries(hardWordsWords);
const matcher = phraseList(entries.map(([word]) => word));

const options = object({
  /** Words to accept even though the list has a plainer one (matched case-insensitively). */
  allow: withDefault(array(string()), []),
});

const allowSet = perOptions((o: Output<typeof options>) => new Set(o.allow.map((w) => w.toLowerCase())));

/**
 * `no-hard-words`: formal or bureaucratic words that have a plain everyday equivalent
 * ("utilize" → "use", "prior to" → "before").
 *
 * When to use: on agent replies and canned responses, to keep them easy to read (enabled in
 * `recommended` at `info`).
 *
 * Details: words and phrases come from `data/en/hard-words.json`, with inflected forms listed so
 * that each look-up is exact. Each finding suggests the plain wordings, keeping a leading capital.
 * Quoted text and code are not reported.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const { findings } = analyze('Please utilize the new portal.', { config: { rules: { 'no-hard-words': 'info' } } });
 * findings[0]?.expected; // ['use']
 * ```
 * @since 0.1.0
 */
export const noHardWords = builtinRule({
  id: 'no-hard-words',
  meta: {
    description: 'Everyday words instead of formal ones ("use", not "utilize").',
    category: 'clarity',
    messages: {
      hardWord: '“{{phrase}}” is harder to read than “{{plain}}”, which means the same here.',
    },
    options,
    defaultSeverity: 'info',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const allow = allowSet(ctx.options);
    for (const m of unmasked(matcher.find(ctx.view), ctx.view)) {
      const [word, plain] = entries[m.phraseIndex] as (typeof entries)[number];
      if (!allow.has(word)) reportPlain(ctx, 'hardWord', m.start, m.end, plain);
    }
  },
});
