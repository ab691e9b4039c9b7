import { oneOfValues, raise, schema, type Schema } from './schema-kit.js';
import type { StandardSchema } from '../engine/parse-schema.js';
import type { RuleSetting, SeveritySetting } from '../types.js';

const severities = oneOfValues(['off', 'info', 'warning', 'error']);

/**
 * The schema of a severity setting: `off`, `info`, `warning` or `error`.
 *
 * @example
 * ```ts
 * import { severitySettingSchema } from '@rapport/core/analyze';
 *
 * 'issues' in severitySettingSchema['~standard'].validate('warn'); // true: the word is `warning`
 * ```
 * @since 0.1.0
 */
export const severitySettingSchema: StandardSchema<SeveritySetting> = severities;

const isSeverity = (value: unknown) => severities.options.includes(value as SeveritySetting);

/** The rule-setting schema as the kit uses it (the exported one is the same object). */
export const ruleSetting: Schema<RuleSetting> = schema<RuleSetting>((payload) => {
  const value = payload.value;
  if (typeof value === 'string' && isSeverity(value)) return;
  if (Array.isArray(value) && (value.length === 1 || value.length === 2) && isSeverity(value[0])) {
    payload.value = [...value]; // a tuple comes out copied, as zod's tuple kind gave it
    return;
  }
  raise(payload, 'invalid_union', { errors: [], message: 'expected "off", "info", "warning" or "error", or [severity, options]' });
});

/**
 * The schema of one rule's setting: a severity, `[severity]`, or `[severity, options]`.
 * The options are checked later against the rule's own schema.
 *
 * @example
 * ```ts
 * import { ruleSettingSchema } from '@rapport/core/analyze';
 *
 * ruleSettingSchema['~standard'].validate(['warning', { allow: ['VPN'] }]); // { value: ['warning', { allow: ['VPN'] }] }
 * ```
 * @since 0.1.0
 */
export const ruleSettingSchema: StandardSchema<RuleSetting> = ruleSetting;
