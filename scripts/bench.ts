/**
 * `pnpm bench`: runs every benchmark in `scripts/bench/` in name order, each in its own process so
 * one benchmark's warm-up and garbage do not colour the next. Benchmarks print figures (with
 * ratios against a baseline measured in the same run); they never fail on a speed threshold.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('./bench/', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n== ${file} ==`);
  execFileSync(process.execPath, ['--import', 'tsx', '--conditions=@rapport/source', join(dir, file)], {
    stdio: 'inherit',
  });
}
