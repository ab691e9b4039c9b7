/**
 * Memoizes work derived from a rule's parsed options (a compiled phrase list, a look-up set).
 * The engine parses options once per configuration and hands the same object to every check, so
 * a `WeakMap` keyed by that object turns per-message set-up into per-configuration set-up.
 */
export function perOptions<O extends object, T>(build: (options: O) => T): (options: O) => T {
  const cache = new WeakMap<O, T>();
  return (options) => {
    let value = cache.get(options);
    if (value === undefined) {
      value = build(options);
      cache.set(options, value);
    }
    return value;
  };
}
