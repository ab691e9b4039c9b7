import { atLeast, atMost, number, object, withDefault } from '../config/schema-kit.js';
import { builtinRule } from './internal/builtin-rule.js';
import { frustrationOf } from './internal/frustration-level.js';

const options = object({
  /** Lowest level (0–1) reported as frustration (default 0.5). */
  threshold: withDefault(number().check(atLeast(0), atMost(1)), 0.5),
  /** Lowest level reported as strong frustration (default 0.8). */
  strongThreshold: withDefault(number().check(atLeast(0), atMost(1)), 0.8),
});

/**
 * `customer-frustration`: how frustrated a customer's message sounds, with guidance for the reply.
 *
 * When to use: on customer messages (enabled in `recommended`), to prompt the agent before they
 * answer.
 *
 * Details: a lexical estimate from `data/en/frustration.json`: strong and moderate complaint words,
 * persistence ("still not working", "third time"), profanity, shouting in capitals, repeated `!`
 * and `?`, elongated interjections ("grrrr") and angry emoji. Each marker has a weight; the level
 * is their noisy-or (each kind counted at most three times), in `[0, 1]`. One finding covers the markers
 * when the level reaches `threshold`; `strongThreshold` switches to the stronger message. The
 * rule assesses the message's tone as `1 − level`.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const text = 'This is RIDICULOUS, third time the update broke my phone!!';
 * analyze(text, { role: 'customer', config: { rules: { 'customer-frustration': 'info' } } }).findings[0]?.messageId; // 'veryFrustrated'
 * ```
 * @since 0.1.0
 */
export const customerFrustration = builtinRule({
  id: 'customer-frustration',
  meta: {
    description: 'Notice a frustrated customer and answer the frustration before the fix.',
    category: 'tone',
    messages: {
      frustrated: 'The customer sounds frustrated (level {{level}}). Acknowledge the specific problem first, then say what you will do and by when.',
      veryFrustrated:
        'The customer sounds very frustrated (level {{level}}). Stay calm and do not take it personally: name what went wrong for them, then give one concrete next step and a time.',
    },
    options,
    defaultSeverity: 'info',
    roles: ['customer'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const { level, markers } = frustrationOf(ctx.view);
    ctx.assess(1 - level);
    if (level < ctx.options.threshold || markers.length === 0) return;
    const first = markers[0] as (typeof markers)[number];
    let end = first.end;
    for (const m of markers) if (m.end > end) end = m.end;
    ctx.report({
      messageId: level >= ctx.options.strongThreshold ? 'veryFrustrated' : 'frustrated',
      range: [first.start, end],
      data: { level: level.toFixed(2) },
    });
  },
});
