import type { TextView, Token } from '../../text/text-view.js';
import { viewCache } from './view-cache.js';

/** The lower-cased words of `view` (the customer's message), computed once per view. */
export const wordsOf = viewCache((view: TextView): Set<string> => {
  const set = new Set<string>();
  for (const t of view.tokens as readonly Token[]) if (t.kind === 'word' || t.kind === 'number') set.add(t.lower);
  return set;
});
