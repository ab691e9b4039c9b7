import { frustrationElongated, frustrationEmoji, frustrationModerate, frustrationProfanity, frustrationStrong, frustrationWeak, jargonAcronyms, toneAcronyms, toneEmphatic } from '../../data/en/index.js';
import { phraseGroups } from './phrase-groups.js';
import { viewCache } from './view-cache.js';
import type { TextView, Token } from '../../text/text-view.js';

/** One piece of evidence of frustration; its weight is `WEIGHTS[kind]`. */
export interface FrustrationMarker {
  readonly start: number;
  readonly end: number;
  readonly kind: keyof typeof WEIGHTS;
}

/** A lexical frustration estimate: a level in [0, 1] and the markers behind it. */
export interface FrustrationEstimate {
  readonly level: number;
  readonly markers: readonly FrustrationMarker[];
}

const WEIGHTS = { strong: 0.4, moderate: 0.25, weak: 0.08, profanity: 0.3, shouting: 0.3, punctuation: 0.2, emoji: 0.3, interjection: 0.25 } as const;

const matcher = phraseGroups({ strong: frustrationStrong, moderate: frustrationModerate, weak: frustrationWeak, profanity: frustrationProfanity });
const EMOJI = new Set<string>(frustrationEmoji);
/**
 * Words that, in capitals on their own, raise the voice: the emphatic list ("NOT", "URGENT") and
 * the one-word complaint and profanity markers ("RIDICULOUS").
 */
export const EMPHATIC = new Set<string>([
  ...toneEmphatic,
  ...[...frustrationStrong, ...frustrationModerate, ...frustrationProfanity].filter((w) => !w.includes(' ')),
]);
const ELONGATED = new Set<string>(frustrationElongated);
/** All-capital words that are names or abbreviations, not shouting. */
export const KNOWN_CAPS = new Set<string>([
  ...toneAcronyms,
  ...Object.keys(jargonAcronyms).map((term) => term.toUpperCase()),
]);

/** The end (exclusive) of the run of `!` and `?` marks written together from token `i`. */
export function markRunEnd(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && ((tokens[j] as Token).text === '!' || (tokens[j] as Token).text === '?') && (tokens[j] as Token).start === (tokens[j - 1] as Token).end) j++;
  return j;
}

/** Collapses runs of one repeated letter: "grrrrr" → "gr", "ughhh" → "ugh". */
function collapse(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}

function isCapsWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  // Quick reject: most words start lower case or have a lower-case second letter.
  const c0 = t.text.charCodeAt(0);
  const c1 = t.text.charCodeAt(1);
  if (!(c0 >= 65 && c0 <= 90) || !(c1 >= 65 && c1 <= 90)) return false;
  let letters = 0;
  let vowel = false;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 48 && c <= 57) return false;
    if (c >= 65 && c <= 90) {
      letters++;
      // A word with no vowel ("VB", "LN", "SQ") is an abbreviation, not a shouted word.
      if (c === 65 || c === 69 || c === 73 || c === 79 || c === 85 || c === 89) vowel = true;
    }
  }
  return letters >= 2 && vowel;
}

const FUNCTION_WORDS = new Set([
  'the', 'is', 'my', 'this', 'that', 'you', 'to', 'a', 'and', 'of', 'in', 'it', 'we', 'are', 'be', 'so', 'like', 'other',
  'there', 'your', 'me', 'for', 'on', 'with', 'was', 'have', 'has', 'get', 'got', 'can', 'just', 'too', 'way', 'out',
]);

/** "FRA-LCY", "SM-T280": short capital parts joined by hyphens are codes, not shouting. */
function isCode(s: string): boolean {
  if (!s.includes('-')) return false;
  for (const part of s.split('-')) if (part.length > 4) return false;
  return true;
}

/**
 * Runs of capitalised words that read as shouting, as token index pairs: two or more capitalised
 * words in a row (not all known acronyms, not glued by code punctuation such as "WP:DAB"), or a
 * single capitalised emphatic word ("NOT", "URGENT"). A lone unknown capitalised word may be a name
 * or an acronym (NASCAR) and does not count.
 */
export function shoutingRuns(view: TextView): [number, number][] {
  const tokens = view.tokens;
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isCapsWord(t) || KNOWN_CAPS.has(t.text) || isCode(t.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    let count = 1;
    for (;;) {
      let k = j;
      let glued = false;
      while (k < tokens.length && (tokens[k] as Token).kind === 'punct' && (tokens[k] as Token).text !== '.' && (tokens[k] as Token).text !== '?') {
        if ((tokens[k] as Token).start === (tokens[k - 1] as Token).end && (tokens[k] as Token).text !== ',' && (tokens[k] as Token).text !== '!') glued = true;
        k++;
      }
      const n = tokens[k];
      if (glued || n === undefined || !isCapsWord(n) || isCode(n.text)) break;
      j = k + 1;
      count++;
    }
    // Two capitalised words read as shouting only with a plain English word among them ("MY
    // CONTRIBUTIONS", "IS THERE"); "GLAM WIKI" or "AOL IP" are names. Three or more always do.
    let unknown = 0;
    let plain = false;
    for (let k = i; k < j; k++) {
      const w = tokens[k] as Token;
      if (w.kind === 'word') {
        if (!KNOWN_CAPS.has(w.text)) unknown++;
        if (EMPHATIC.has(w.lower) || FUNCTION_WORDS.has(w.lower)) plain = true;
      }
    }
    if ((count >= 3 && unknown >= 1) || (count === 2 && unknown >= 1 && plain) || (count === 1 && EMPHATIC.has(t.lower))) runs.push([i, j]);
    i = j;
  }
  return runs;
}


/** Adds a marker of `kind` over `[start, end)`. */
function mark(markers: FrustrationMarker[], start: number, end: number, kind: FrustrationMarker['kind']): void {
  markers.push({ start, end, kind });
}

/**
 * Estimates how frustrated the writer of `view` is from words, profanity, shouting, repeated
 * `!`/`?`, elongated interjections and angry emoji. The level is a noisy-or of the markers'
 * weights (each marker kind counted at most three times), so it grows with evidence and stays in [0, 1].
 */
export const frustrationOf = viewCache((view: TextView): FrustrationEstimate => {
  const markers: FrustrationMarker[] = [];
  // The token spans of the word markers (phrases, interjections), in the order they were found.
  const spans: number[] = [];
  for (const m of matcher.find(view)) {
    mark(markers, m.start, m.end, matcher.groupOf[m.phraseIndex] as 'strong' | 'moderate' | 'weak' | 'profanity');
    spans.push(m.firstToken, m.endToken);
  }
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'other' && EMOJI.has(t.text)) mark(markers, t.start, t.end, 'emoji');
    else if (t.kind === 'word' && t.text.length >= 2 && t.text.length <= 24 && ELONGATED.has(collapse(t.lower))) {
      mark(markers, t.start, t.end, 'interjection');
      spans.push(i, i + 1);
    } else if (t.kind === 'punct' && (t.text === '!' || t.text === '?')) {
      // "!!", "?!", "???": a run of two or more.
      const j = markRunEnd(tokens, i);
      if (j - i >= 2) mark(markers, t.start, (tokens[j - 1] as Token).end, 'punctuation');
      i = j - 1;
    }
  }
  let shoutedTo = -1;
  for (const [a, b] of shoutingRuns(view)) {
    mark(markers, (tokens[a] as Token).start, (tokens[b - 1] as Token).end, 'shouting');
    shoutedTo = Math.max(shoutedTo, (tokens[b - 1] as Token).end);
  }
  // A capitalised word inside a complaint ("the THIRD time", "STILL not working") raises the
  // voice on that complaint, even when it would be a name or an acronym on its own.
  for (let s = 0; s < spans.length; s += 2) {
    for (let k = spans[s] as number; k < (spans[s + 1] as number); k++) {
      const t = tokens[k] as Token;
      if (t.end > shoutedTo && isCapsWord(t) && !KNOWN_CAPS.has(t.text)) {
        mark(markers, t.start, t.end, 'shouting');
        shoutedTo = t.end;
      }
    }
  }
  markers.sort((x, y) => x.start - y.start);
  // Capitals and "!!" amplify frustration but do not show it on their own ("SUPER excited!!!").
  if (!markers.some((m) => m.kind !== 'shouting' && m.kind !== 'punctuation' && m.kind !== 'weak')) return { level: 0, markers };
  const perKind: Partial<Record<FrustrationMarker['kind'], number>> = {};
  let keep = 1;
  for (const m of markers) {
    const n = (perKind[m.kind] = (perKind[m.kind] ?? 0) + 1);
    if (n <= 3) keep *= 1 - WEIGHTS[m.kind];
  }
  return { level: Math.round((1 - keep) * 1000) / 1000, markers };
});
