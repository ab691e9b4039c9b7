import type { TextView } from '../../text/text-view.js';

/**
 * A per-view memo with two slots (the analyzed message and its context). The engine analyzes one
 * message at a time and every rule reads the same view, so two slots hit almost always, and they
 * cost far less than a `WeakMap` entry per message (no ephemeron bookkeeping for the GC).
 */
export function viewCache<T>(compute: (view: TextView) => T): (view: TextView) => T {
  let k0: TextView | undefined;
  let v0: T | undefined;
  let k1: TextView | undefined;
  let v1: T | undefined;
  return (view) => {
    if (view === k0) return v0 as T;
    if (view === k1) return v1 as T;
    const value = compute(view);
    k1 = k0;
    v1 = v0;
    k0 = view;
    v0 = value;
    return value;
  };
}
