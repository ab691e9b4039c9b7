import { parseOrThrow } from '../../internal/parse.js';
import {
  defaultLifecycleOptions,
  lifecycleOptionsSchema,
  type LifecycleOptions,
} from '../lifecycle-options.js';

const partialSchema = lifecycleOptionsSchema.partial();
const cache = new WeakMap<object, LifecycleOptions>();

/**
 * Validates partial lifecycle options once per object (they are usually one constant reused for
 * every event) and fills the gaps from the defaults. Bad options throw `INVALID_INPUT` naming the
 * option.
 */
export function resolveLifecycleOptions(options: Partial<LifecycleOptions> | undefined): LifecycleOptions {
  if (options === undefined) return defaultLifecycleOptions;
  const cached = cache.get(options);
  if (cached) return cached;
  const parsed = parseOrThrow(partialSchema, options, 'INVALID_INPUT', 'lifecycle options');
  const resolved: LifecycleOptions = { ...defaultLifecycleOptions };
  for (const key of Object.keys(parsed) as (keyof LifecycleOptions)[]) {
    const value = parsed[key];
    if (value !== undefined) (resolved as Record<keyof LifecycleOptions, unknown>)[key] = value;
  }
  cache.set(options, resolved);
  return resolved;
}
