import { toneSarcasm, toneSarcasmAtEnd } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseGroups } from './internal/phrase-groups.js';
import type { Token } from '../text/text-view.js';
import { reportPhrase } from './internal/report-phrase.js';
import { unmasked } from './internal/skip-mask.js';

const matcher = phraseGroups({ anywhere: toneSarcasm, atEnd: toneSarcasmAtEnd });

const TERMINAL = new Set(['.', '!', '?', '\u2026']);

function endsSentence(next: Token | undefined): boolean {
  return next === undefined || (next.kind === 'punct' && TERMINAL.has(next.text)) || next.kind === 'other';
}

/**
 * `no-sarcasm`: stock sarcastic formulas ("yeah right", "good luck with that.", "thanks for
 * nothing", "if you say so").
 *
 * When to use: on agent replies (enabled in `recommended`).
 *
 * Details: phrases come from `data/en/tone.json`. Those that are sincere when the sentence goes
 * on ("good luck with that presentation!", "if you say so, I'll book it") count only right before
 * the end of a sentence. Quoted text is not reported.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const { findings } = analyze('Reinstall it yourself? Good luck with that.', { config: { rules: { 'no-sarcasm': 'warning' } } });
 * findings[0]?.actual; // 'Good luck with that'
 * ```
 * @since 0.1.0
 */
export const noSarcasm = builtinRule({
  id: 'no-sarcasm',
  meta: {
    description: 'Say what you mean; no sarcasm.',
    category: 'tone',
    messages: {
      sarcasm: '“{{phrase}}” reads as sarcasm, and in writing no tone of voice softens it; say what you mean directly.',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    for (const m of unmasked(matcher.find(view), view)) {
      // "Good luck with that." is sarcasm; "good luck with that presentation" and "if you say so,
      // I'll book it" are not: these phrases count only right before the end of a sentence.
      if (matcher.groupOf[m.phraseIndex] === 'atEnd' && !endsSentence(view.tokens[m.endToken])) continue;
      reportPhrase(ctx, 'sarcasm', m.start, m.end);
    }
  },
});
