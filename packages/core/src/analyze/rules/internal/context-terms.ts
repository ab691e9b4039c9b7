import type { TextView, Token } from '../../text/text-view.js';

const cache = new WeakMap<TextView, Set<string>>();

/** The lower-cased words of `view` (the customer's message), computed once per view. */
export function wordsOf(view: TextView): Set<string> {
  let set = cache.get(view);
  if (set === undefined) {
    set = new Set();
    for (const t of view.tokens as readonly Token[]) if (t.kind === 'word' || t.kind === 'number') set.add(t.lower);
    cache.set(view, set);
  }
  return set;
}
