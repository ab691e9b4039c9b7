import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkExamples, extractExamples, formatReport } from './check-examples.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const SAMPLE = [
  "import { z } from 'zod';", // 1
  '', // 2
  '/**', // 3
  ' * Adds two numbers.', // 4
  ' *', // 5
  ' * @example', // 6
  ' * ```ts', // 7
  " * import { add } from '@acme/math';", // 8
  ' *', // 9
  ' * if (add(1, 2) === 3) {', // 10
  " *   console.log('three');", // 11
  ' * }', // 12
  ' * ```', // 13
  ' * ```sh', // 14
  ' * pnpm add @acme/math', // 15
  ' * ```', // 16
  ' * @since 0.1.0', // 17
  ' */', // 18
  'export function add(a: number, b: number): number {', // 19
  '  return a + b;', // 20
  '}', // 21
  '', // 22
  '/** A point. */', // 23
  'export interface Point {', // 24
  '  /**', // 25
  '   * Horizontal.', // 26
  '   * @example', // 27
  '   * Just prose, no code.', // 28
  '   */', // 29
  '  x: number;', // 30
  '}', // 31
  '', // 32
  '/**', // 33
  ' * @example', // 34
  ' * ```typescript', // 35
  ' * const schema = z.string();', // 36
  ' * ```', // 37
  ' */', // 38
  'export const schema = z.string();', // 39
].join('\n');

describe('extractExamples', () => {
  const { examples, empty } = extractExamples(SAMPLE, 'src/sample.ts');

  it('finds ts blocks in @example tags with their source line and owner', () => {
    expect(examples).toHaveLength(2);
    expect(examples[0]).toEqual({
      file: 'src/sample.ts',
      line: 8,
      owner: 'add',
      code: "import { add } from '@acme/math';\n\nif (add(1, 2) === 3) {\n  console.log('three');\n}",
    });
    expect(examples[1]?.owner).toBe('schema');
    expect(examples[1]?.line).toBe(36);
  });

  it('ignores non-ts fences and reports an @example with no ts block', () => {
    expect(examples.some((example) => example.code.includes('pnpm add'))).toBe(false);
    expect(empty).toEqual([{ file: 'src/sample.ts', line: 27, owner: 'Point.x' }]);
  });

  it('ignores comments that are not TSDoc', () => {
    const { examples: none } = extractExamples('/* @example\n```ts\nx\n``` */\nconst a = 1;\n// @example', 'a.ts');
    expect(none).toEqual([]);
  });
});

describe('checkExamples', () => {
  it('typechecks examples against the workspace packages and points at the failing line', () => {
    const dir = join(root, 'node_modules', '.cache', 'rapport-examples-fixture');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'fixture.ts');
    writeFileSync(
      file,
      [
        '/**',
        ' * Good.',
        ' * @example',
        ' * ```ts',
        " * import { adviseModel } from '@rapport/core/model';",
        " * console.log(adviseModel({ purpose: 'policy' }).model);",
        ' * ```',
        ' */',
        'export const good = 1;',
        '/**',
        ' * Bad.',
        ' * @example',
        ' * ```ts',
        " * import { adviseModel } from '@rapport/core/model';",
        ' *',
        " * adviseModel({ purpose: 'gossip' });",
        ' * ```',
        ' */',
        'export const bad = 2;',
      ].join('\n'),
    );
    const report = checkExamples({
      root,
      files: [file],
      checkMissing: false,
      cacheDir: join(root, 'node_modules', '.cache', 'rapport-examples-test'),
    });
    expect(report.examples).toHaveLength(2);
    expect(report.failures).toHaveLength(1);
    const [failure] = report.failures;
    expect(failure?.example.owner).toBe('bad');
    expect(failure?.errors[0]?.line).toBe(16);
    expect(failure?.errors[0]?.code).toBe('TS2322');
    const text = formatReport(report);
    expect(text).toContain('fixture.ts:14 (bad): @example does not typecheck');
    expect(text).toContain("> adviseModel({ purpose: 'gossip' });");
  });
});
