import { z } from 'zod';

/**
 * The fields every data rule shares, whatever its check kind (`extends`). Unknown fields are an
 * error (a misspelt `ignoreCase` must not be silently ignored).
 *
 * @example
 * ```ts
 * import { dataRuleHeaderSchema } from '@rapport/core/analyze';
 *
 * dataRuleHeaderSchema.parse({ message: 'Avoid `{{match}}`.' }).level; // 'warning'
 * ```
 * @since 0.1.0
 */
export const dataRuleHeaderSchema = z.strictObject({
  /** Lower-case kebab-case id; when loading a record of rules, the key is used if absent. */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, e.g. "no-ticket-speak"')
    .optional(),
  /** The finding's message; placeholders depend on the kind (`{{match}}`, `{{replacement}}`, `{{count}}`...). */
  message: z.string().min(1),
  /** One sentence on what the rule wants (default: the message). */
  description: z.string().min(1).optional(),
  /** The severity when enabled without one. */
  level: z.enum(['info', 'warning', 'error']).default('warning'),
  /** The scorecard category the rule feeds. */
  category: z.enum(['empathy', 'respect', 'listening', 'clarity', 'expectations', 'tone', 'greeting', 'closing']).default('clarity'),
  /** Match the case as written (default: ignore case). */
  ignorecase: z.boolean().default(true),
  /** The author roles the rule applies to (default: both). */
  roles: z.array(z.enum(['agent', 'customer'])).min(1).optional(),
  /** The presets that enable the rule (within its plugin). */
  presets: z.array(z.enum(['recommended', 'strict'])).optional(),
  /** A public documentation link, copied into findings. */
  link: z.url().optional(),
});

/** A list of phrases: at least one, none empty. */
export const phraseListSchema = z.array(z.string().trim().min(1)).min(1);
