/**
 * Loaders for the labeled evaluation data in `../shared/eval/` (see its README.md and SOURCE.md).
 * The data is read in place and never copied into the repository. Every loader parses the exact
 * format documented there and throws on a malformed row rather than silently dropping it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `../shared` beside the repository (override with `RAPPORT_SHARED_DIR`, e.g. to test the skip path). */
export const sharedDir = process.env['RAPPORT_SHARED_DIR'] ?? resolve(repoRoot, '..', 'shared');
/** `../shared/eval` beside the repository. */
export const evalDir = resolve(sharedDir, 'eval');

/** The three data files, by name. */
export const evalFiles = {
  politeness: resolve(evalDir, 'politeness-wikipedia.csv'),
  sentiment: resolve(evalDir, 'sentiment-tweets.tsv'),
  questions: resolve(evalDir, 'questions-dev.jsonl'),
} as const;

/** Whether every shared evaluation file is present. */
export function sharedEvalAvailable(): boolean {
  return Object.values(evalFiles).every((f) => existsSync(f));
}

/** One Wikipedia request with its politeness rating. */
export interface PolitenessRow {
  readonly id: string;
  readonly text: string;
  /** Mean of the annotators' z-scored ratings ("Normalized Score"). */
  readonly score: number;
}

/** Splits one CSV line with standard quoting (no row contains a newline, per the README). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error(`unterminated quote in CSV line: ${line.slice(0, 80)}`);
  out.push(field);
  return out;
}

/** Loads `politeness-wikipedia.csv`. */
export function loadPoliteness(file: string = evalFiles.politeness): PolitenessRow[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const header = splitCsvLine(lines[0] ?? '');
  const iId = header.indexOf('Id');
  const iText = header.indexOf('Request');
  const iScore = header.indexOf('Normalized Score');
  if (iId < 0 || iText < 0 || iScore < 0) throw new Error(`unexpected header in ${file}`);
  return lines.slice(1).map((line, k) => {
    const f = splitCsvLine(line);
    if (f.length !== header.length) throw new Error(`${file}:${k + 2}: ${f.length} fields, expected ${header.length}`);
    const score = Number(f[iScore]);
    if (!Number.isFinite(score)) throw new Error(`${file}:${k + 2}: bad score`);
    return { id: f[iId] as string, text: f[iText] as string, score };
  });
}

/** One tweet with its mean human sentiment rating on the −4 … +4 scale. */
export interface SentimentRow {
  readonly id: string;
  readonly text: string;
  readonly rating: number;
}

/** Loads `sentiment-tweets.tsv` (tab-separated, no header, CRLF). */
export function loadSentiment(file: string = evalFiles.sentiment): SentimentRow[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((line, k) => {
      const a = line.indexOf('\t');
      const b = line.indexOf('\t', a + 1);
      if (a < 0 || b < 0) throw new Error(`${file}:${k + 1}: expected three tab-separated columns`);
      const rating = Number(line.slice(a + 1, b));
      if (!Number.isFinite(rating)) throw new Error(`${file}:${k + 1}: bad rating`);
      return { id: line.slice(0, a), rating, text: line.slice(b + 1) };
    });
}

/** One counsellor utterance containing a question, labelled open or closed. */
export interface QuestionRow {
  readonly id: string;
  readonly text: string;
  readonly kind: 'open' | 'closed';
  /** The AnnoMI transcript the utterance belongs to (folds are split by transcript). */
  readonly transcript: string;
}

/** Loads `questions-dev.jsonl`. */
export function loadQuestions(file: string = evalFiles.questions): QuestionRow[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((line, k) => {
      const o = JSON.parse(line) as { id?: unknown; text?: unknown; kind?: unknown };
      if (typeof o.id !== 'string' || typeof o.text !== 'string' || (o.kind !== 'open' && o.kind !== 'closed')) {
        throw new Error(`${file}:${k + 1}: expected {id, text, kind: open|closed}`);
      }
      const transcript = o.id.split('-')[1] ?? '';
      return { id: o.id, text: o.text, kind: o.kind, transcript };
    });
}
