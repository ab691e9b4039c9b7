/** The decoded sentiment lexicon, shared by the sentiment scorer and the politeness features. */
import { valences, words } from '../data/sentiment-lexicon.json';

/** Decodes the word list and its valence string (see the data file's `format`). */
export function decodeLexicon(coded: string, values: string): Map<string, number> {
  const map = new Map<string, number>();
  let word = '';
  let k = 0;
  // Each entry: a drop count in '0' … '@', then letters (never in that range).
  for (const e of coded.match(/[0-@][^0-@]*/g) ?? []) {
    word = word.slice(0, word.length - (e.charCodeAt(0) - 48)) + e.slice(1);
    map.set(word, (values.charCodeAt(k++) - 40) / 10 - 4);
  }
  return map;
}

/** Word → valence on the −4 … +4 scale. */
export const SENTIMENT_LEXICON: ReadonlyMap<string, number> = decodeLexicon(words, valences);
