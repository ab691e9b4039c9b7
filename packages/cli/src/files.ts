import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { CHECKED_EXTENSIONS } from './sources.js';
import { UsageError } from './usage-error.js';

const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**'];

/**
 * Expands the command-line operands of `rapport check` into files: a file is taken as is, a
 * directory contributes every `.txt`, `.md`, `.markdown` and `.json` file below it (skipping
 * node_modules, .git and dist), anything else is a glob. Paths come back relative to `cwd`,
 * sorted, without duplicates. An operand that matches nothing is a usage error.
 */
export async function expandOperands(operands: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  const extensions = CHECKED_EXTENSIONS.map((e) => e.slice(1)).join(',');
  for (const operand of operands) {
    const absolute = resolve(cwd, operand);
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    let matches: string[];
    if (stats?.isFile()) {
      matches = [relative(cwd, absolute) || operand];
    } else if (stats?.isDirectory()) {
      matches = await glob(`**/*.{${extensions}}`, { cwd: absolute, ignore: IGNORED, onlyFiles: true });
      matches = matches.map((m) => relative(cwd, resolve(absolute, m)));
    } else {
      matches = await glob(operand, { cwd, ignore: IGNORED, onlyFiles: true });
    }
    if (matches.length === 0) throw new UsageError(`no files match ${JSON.stringify(operand)}`);
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}
