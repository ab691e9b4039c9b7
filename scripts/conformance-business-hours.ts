/**
 * `pnpm conformance:business-hours [vectors.json]`: runs business-hours test vectors (the format
 * of `../shared/fixtures/business-hours/biz-cases.json`, see its README) against
 * `@rapport/core/schedule`. Prints one line per failing vector and a last line
 * `N passed, M failed`; exits 1 when any vector fails. Without an argument it runs the shared
 * vectors, and skips with a message (exit 0) when `../shared` is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runBizVector, type BizVector } from '../packages/core/src/schedule/calendar/internal/biz-vectors.js';

const repoRoot = resolve(new URL('.', import.meta.url).pathname, '..');
const argument = process.argv[2];
const file = argument === undefined ? resolve(repoRoot, '..', 'shared', 'fixtures', 'business-hours', 'biz-cases.json') : resolve(process.cwd(), argument);

if (!existsSync(file)) {
  if (argument === undefined) {
    console.warn(`skipped: ${file} not found (the shared fixtures folder is absent)`);
    process.exit(0);
  }
  console.error(`no such file: ${file}`);
  process.exit(2);
}

let vectors: BizVector[];
try {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error('expected a JSON array of vectors');
  vectors = parsed as BizVector[];
} catch (error) {
  console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

let passed = 0;
let failed = 0;
for (const vector of vectors) {
  const result = runBizVector(vector);
  if (result.pass) {
    passed++;
    continue;
  }
  failed++;
  const detail = result.error ?? `expected ${JSON.stringify(result.expected)}, got ${JSON.stringify(result.actual)}`;
  console.log(`FAIL ${result.id} (${vector.operation}): ${detail}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
