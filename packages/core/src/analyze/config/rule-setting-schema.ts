import * as z from 'zod/mini';

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
export const ruleSettingSchema = z.union(
  [severitySettingSchema, z.tuple([severitySettingSchema]), z.tuple([severitySettingSchema, z.unknown()])],
  { error: 'expected "off", "info", "warning" or "error", or [severity, options]' },
);
