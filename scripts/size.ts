/**
 * `pnpm size`: how many bytes `@rapport/core/analyze` (engine + English rule pack + learned
 * weights) costs in a browser bundle, against the 60 kB min+gzip budget.
 *
 * Two bundles are built with esbuild (minified, `platform: 'browser'`, ESM, resolved through the
 * `@rapport/source` condition so no build is needed):
 * - `whole subpath`: everything `@rapport/core/analyze` exports (the budgeted figure);
 * - `analyze() only`: what an editor that only calls `analyze` ships after tree-shaking.
 * Each is gzipped with node:zlib (level 9). The top contributors come from esbuild's metafile,
 * grouped by package for dependencies and by file for our sources. Gzip cost by area is marginal:
 * how much smaller the compressed whole-subpath bundle gets without that area's code (measured on a
 * build that keeps esbuild's per-module comments, so figures are approximate but comparable; what
 * one area shares with another, such as words that recur, counts for neither).
 *
 * Exit code 1 when the whole subpath is over budget (so CI can run it); `--json` prints figures.
 */
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, relative, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET = 60 * 1024;

interface Measured {
  readonly name: string;
  readonly min: number;
  readonly gzip: number;
  readonly metafile: Metafile;
}

async function measure(name: string, contents: string): Promise<Measured> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: `${name}.ts`, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@rapport/source'],
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { name, min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, metafile: result.metafile };
}

function contributors(metafile: Metafile): [string, number][] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const nm = path.lastIndexOf('node_modules/');
      let key: string;
      if (nm >= 0) {
        const rest = path.slice(nm + 'node_modules/'.length).split('/');
        key = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
        // pnpm nests packages as node_modules/.pnpm/<name>@<version>/node_modules/<name>/...
      } else {
        key = relative(root, resolve(root, path));
      }
      totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** The area a source path belongs to: `analyze/<folder>`, or the package name for dependencies. */
function areaOf(path: string): string {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
  }
  const key = relative(root, resolve(root, path));
  const m = /^packages\/core\/src\/analyze\/([^/]+)(?:\/|$)/.exec(key);
  if (m) return `analyze/${m[1]?.endsWith('.ts') ? '(root files)' : m[1]}`;
  return key.startsWith('packages/') ? key.split('/').slice(0, 4).join('/') : key;
}

/**
 * Marginal min+gzip bytes per area: the whole-subpath bundle is built again with whitespace kept,
 * so esbuild marks each module with a `// path` comment; an area's cost is how much the gzipped
 * bundle shrinks when that area's modules are left out.
 */
async function gzipByArea(contents: string): Promise<[string, number][]> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'areas.ts', loader: 'ts' },
    bundle: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@rapport/source'],
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  const parts = new Map<string, string[]>();
  let area = '(bundle)';
  for (const line of (result.outputFiles[0]?.text ?? '').split('\n')) {
    const marker = /^\/\/ (\S+\.(?:ts|js|mjs|json))$/.exec(line);
    if (marker) {
      area = areaOf(marker[1] as string);
      continue;
    }
    let list = parts.get(area);
    if (list === undefined) parts.set(area, (list = []));
    list.push(line);
  }
  const gz = (areas: readonly string[]) => gzipSync(areas.map((a) => (parts.get(a) as string[]).join('\n')).join('\n'), { level: 9 }).byteLength;
  const all = [...parts.keys()];
  const total = gz(all);
  return all.filter((a) => a !== '(bundle)').map((a) => [a, total - gz(all.filter((b) => b !== a))] as [string, number]).sort((x, y) => y[1] - x[1]);
}

const whole = await measure('whole-subpath', "export * from '@rapport/core/analyze';");
const analyzeOnly = await measure('analyze-only', "import { analyze } from '@rapport/core/analyze'; (globalThis as any).analyze = analyze;");

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budget: BUDGET, bundles: [whole, analyzeOnly].map(({ name, min, gzip }) => ({ name, min, gzip })) }, null, 2));
} else {
  console.log(`@rapport/core/analyze in a browser bundle (esbuild, minified, gzip -9); budget ${kB(BUDGET)} min+gzip\n`);
  for (const m of [whole, analyzeOnly]) {
    console.log(`${m.name.padEnd(16)} min ${kB(m.min).padStart(9)}   min+gzip ${kB(m.gzip).padStart(8)}   ${((m.gzip / BUDGET) * 100).toFixed(0)}% of budget`);
  }
  console.log('\nBy area (minified bytes, before gzip):');
  const areas = new Map<string, number>();
  for (const [key, bytes] of contributors(whole.metafile)) {
    const area = areaOf(key);
    areas.set(area, (areas.get(area) ?? 0) + bytes);
  }
  for (const [area, bytes] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`  ${kB(bytes).padStart(9)}  ${((bytes / whole.min) * 100).toFixed(1).padStart(5)}%  ${area}`);
  }
  console.log('\nBy area, marginal min+gzip (approximate: what the gzipped whole subpath loses without it):');
  for (const [area, bytes] of (await gzipByArea("export * from '@rapport/core/analyze';")).slice(0, 12)) {
    console.log(`  ${kB(bytes).padStart(9)}  ${area}`);
  }
  console.log('\nTop contributors to the whole subpath (minified bytes, before gzip):');
  const top = contributors(whole.metafile);
  for (const [key, bytes] of top.slice(0, 15)) {
    console.log(`  ${kB(bytes).padStart(9)}  ${((bytes / whole.min) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
}
if (whole.gzip > BUDGET) {
  console.error(`\nOver budget: ${kB(whole.gzip)} > ${kB(BUDGET)}`);
  process.exitCode = 1;
}
