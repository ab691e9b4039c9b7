/**
 * The single list of test projects in this repository. Vitest 4 replaced the workspace file with
 * `test.projects`; `vitest.config.ts` feeds this list to it, so this stays the one place to add a
 * package.
 */
const pkg = (name: string) => ({
  extends: true as const,
  test: {
    name,
    root: `packages/${name}`,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});

export default [
  pkg('core'),
  pkg('rule-tester'),
  pkg('email'),
  pkg('cli'),
  {
    extends: true as const,
    test: { name: 'repo', include: ['scripts/**/*.test.ts', 'examples/**/*.test.ts', 'docs/**/*.test.ts', 'tests/**/*.test.ts'] },
  },
];
