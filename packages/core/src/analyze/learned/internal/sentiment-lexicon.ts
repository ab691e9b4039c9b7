/** The decoded sentiment lexicon, shared by the sentiment scorer and the politeness features. */
import lexiconData from '../data/sentiment-lexicon.json';
import { decodeGroupedLexicon } from './lexicon.js';

/** Word → valence on the −4 … +4 scale. */
export const SENTIMENT_LEXICON: ReadonlyMap<string, number> = decodeGroupedLexicon(lexiconData.valences);

/** +1, −1 or 0: the polarity of a word with |valence| ≥ 1, else 0. */
export function sentimentWordPolarity(word: string): number {
  const v = SENTIMENT_LEXICON.get(word);
  return v === undefined || (v < 1 && v > -1) ? 0 : v > 0 ? 1 : -1;
}
