/**
 * A small memo for validated policies, keyed by the policy's JSON text: a policy used on every
 * call is validated once, and a caller who mutates a policy object between calls still gets the
 * new policy (the text changed), never a stale one. Bounded: the oldest entry goes first.
 */
export function policyMemo<T>(resolve: (input: unknown) => T, capacity = 64): (input: unknown) => T {
  const cache = new Map<string, T>();
  return (input: unknown): T => {
    let key: string | undefined;
    try {
      key = JSON.stringify(input);
    } catch {
      key = undefined; // cyclic or otherwise unserializable: validate (and report) without caching
    }
    if (key === undefined) return resolve(input);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = resolve(input);
    cache.set(key, value);
    if (cache.size > capacity) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    return value;
  };
}
