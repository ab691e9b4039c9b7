import * as z from 'zod/mini';
import type { RuleSetting } from '../types.js';

/**
 * The zod schema of a severity setting: `off`, `info`, `warning` or `error`.
 *
 * @example
 * ```ts
 * import { severitySettingSchema } from '@rapport/core/analyze';
 * import * as z from 'zod/mini';
 *
 * z.safeParse(severitySettingSchema, 'warn').success; // false: the word is `warning`
 * ```
 * @since 0.1.0
 */
export const severitySettingSchema = z.enum(['off', 'info', 'warning', 'error']);

const severities = new Set<unknown>(severitySettingSchema.options);

/**
 * The zod schema of one rule's setting: a severity, `[severity]`, or `[severity, options]`.
 * The options are checked later against the rule's own schema.
 *
 * @example
 * ```ts
 * import { ruleSettingSchema } from '@rapport/core/analyze';
 * import * as z from 'zod/mini';
 *
 * z.parse(ruleSettingSchema, ['warning', { allow: ['VPN'] }]); // ['warning', { allow: ['VPN'] }]
 * ```
 * @since 0.1.0
 */
export const ruleSettingSchema: z.ZodMiniCustom<RuleSetting, RuleSetting> = z
  .custom<RuleSetting>(undefined, { error: 'expected "off", "info", "warning" or "error", or [severity, options]' })
  // The union of a severity, [severity] and [severity, options], checked by hand: zod's tuple and
  // union kinds cost about 0.6 kB min+gzip in a browser bundle for this one schema. The issue is
  // the one the union gave (`invalid_union`, the message above), and a tuple comes out copied.
  .check((payload) => {
    const value: unknown = payload.value;
    if (typeof value === 'string' && severities.has(value)) return;
    if (Array.isArray(value) && (value.length === 1 || value.length === 2) && severities.has(value[0])) {
      payload.value = [...value] as unknown as RuleSetting;
      return;
    }
    payload.issues.push({ code: 'invalid_union', errors: [], input: value });
  });
