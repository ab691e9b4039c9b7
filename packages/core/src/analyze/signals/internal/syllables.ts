/**
 * An English syllable estimate for one lower-cased word, by counting vowel groups with the usual
 * corrections (silent final e, -ed/-es endings, consonant + le). It is a heuristic: exact for most
 * common words and within one syllable for nearly all, which is what readability formulas need.
 * Allocation-free: it reads character codes.
 */

function isVowel(c: number, prev: number): boolean {
  // a e i o u; y counts as a vowel except at the start of a word (yes, you).
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || (c === 121 && prev !== -1);
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Estimated syllables in `word` (lower case); at least 1 for any word with a letter. */
export function countSyllables(word: string): number {
  // Work on the ASCII letters only (apostrophes and hyphens are skipped: "don't", "follow-up").
  let letters = 0;
  let groups = 0;
  let prev = -1;
  let prevWasVowel = false;
  let last = -1;
  let secondLast = -1;
  let thirdLast = -1;
  let nonAscii = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45) {
      // A hyphen separates parts; each part is counted on its own.
      prevWasVowel = false;
      prev = -1;
      continue;
    }
    if (!isLetter(c)) {
      if (c > 127) nonAscii = true;
      continue;
    }
    letters++;
    const vowel = isVowel(c, prev);
    if (vowel && !prevWasVowel) groups++;
    prevWasVowel = vowel;
    prev = c;
    thirdLast = secondLast;
    secondLast = last;
    last = c;
  }
  if (letters === 0) return nonAscii ? 1 : 0;
  if (letters <= 3) return Math.max(1, groups);
  // Silent final e ("make", "update"), but not "-le" after a consonant ("table", "simple").
  if (last === 101 && groups > 1) {
    const consonantLe = secondLast === 108 && thirdLast !== -1 && !isVowel(thirdLast, 0);
    if (!consonantLe) groups--;
  }
  // "-ed" and "-es" are usually not a syllable ("used", "clicks"), except after t/d ("wanted")
  // and after sibilants for -es ("boxes", "pages").
  if (secondLast === 101 && (last === 100 || last === 115) && groups > 1) {
    const t = thirdLast;
    const sounded =
      last === 100 ? t === 116 || t === 100 : t === 115 || t === 120 || t === 122 || t === 99 || t === 103 || t === 104;
    if (!sounded) groups--;
  }
  return Math.max(1, groups);
}
