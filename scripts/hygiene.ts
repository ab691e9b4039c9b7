/**
 * Package hygiene for every published package: publint (package.json and files as they will be
 * packed) and Are The Types Wrong (types resolve for ESM consumers under node16 and bundler
 * resolution). Run after `pnpm build`. Exits non-zero on the first package with a problem.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
let failed = 0;

for (const dir of readdirSync(packagesDir).sort()) {
  const manifestPath = join(packagesDir, dir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; private?: boolean };
  if (manifest.private) continue;
  const cwd = join(packagesDir, dir);
  for (const [label, cmd, args] of [
    ['publint', 'pnpm', ['exec', 'publint', '--strict', '--pack', 'pnpm']],
    ['attw', 'pnpm', ['exec', 'attw', '--pack', '.', '--profile', 'esm-only', '--format', 'ascii']],
  ] as const) {
    try {
      execFileSync(cmd, [...args], { cwd, stdio: 'pipe', encoding: 'utf8' });
      console.log(`ok   ${label.padEnd(8)} ${manifest.name}`);
    } catch (error) {
      failed++;
      const e = error as { stdout?: string; stderr?: string };
      console.error(`FAIL ${label.padEnd(8)} ${manifest.name}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }
}

if (failed > 0) {
  console.error(`${failed} hygiene check(s) failed`);
  process.exit(1);
}
