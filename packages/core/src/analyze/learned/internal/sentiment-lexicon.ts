/** The decoded sentiment lexicon, shared by the sentiment scorer and the politeness features. */
import { valences, words } from '../data/sentiment-lexicon.json';

/** Decodes the front-coded word list and its valence string (see the data file's `format`). */
function decode(coded: string, values: string): Map<string, number> {
  const map = new Map<string, number>();
  let prev = '';
  let k = 0;
  let start = 0;
  for (let i = 0; i <= coded.length; i++) {
    if (i < coded.length && coded.charCodeAt(i) !== 32) continue;
    const shared = coded.charCodeAt(start) - 48;
    const word = prev.slice(0, shared) + coded.slice(start + 1, i);
    map.set(word, (values.charCodeAt(k) - 40) / 10 - 4);
    prev = word;
    k++;
    start = i + 1;
  }
  return map;
}

/** Word → valence on the −4 … +4 scale. */
export const SENTIMENT_LEXICON: ReadonlyMap<string, number> = decode(words, valences);
