import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './index.js';
import { docsDir } from './internal/tester.js';

const rulesDir = fileURLToPath(new URL('./', import.meta.url));
const REQUIRED_SECTIONS = ['## What it checks', '## Why', '## Incorrect', '## Correct', '## Options', '## When not to use it'];

describe('the built-in rule pack', () => {
  it('has unique ids, and one file per rule named by its id, with a test beside it', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
    expect(files.map((f) => f.slice(0, -3)).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(existsSync(`${rulesDir}${id}.test.ts`), `${id}.test.ts`).toBe(true);
  });

  it.each(builtinRules.map((r) => [r.id, r] as const))('%s has a doc page with every required section, linked from meta.docs', (id, rule) => {
    expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
    const page = readFileSync(`${docsDir}${id}.md`, 'utf8');
    expect(page.startsWith(`# ${id}\n`), 'title is the rule id').toBe(true);
    for (const section of REQUIRED_SECTIONS) expect(page, `${id}.md: ${section}`).toContain(`\n${section}\n`);
    expect(page).toContain(rule.meta.category);
  });

  it('has no doc page without a rule', () => {
    const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
    expect(pages.sort()).toEqual(builtinRules.map((r) => r.id).sort());
  });

  it('puts every rule in strict, and only high-precision rules in recommended', () => {
    for (const rule of builtinRules) expect(rule.meta.presets, rule.id).toContain('strict');
    const strictOnly = builtinRules.filter((r) => !r.meta.presets?.includes('recommended')).map((r) => r.id);
    expect(strictOnly.sort()).toEqual(['no-crossed-transaction', 'prefer-open-questions']);
  });

  it('declares roles: customer-message rules for customers, everything else for agents', () => {
    const customer = builtinRules.filter((r) => r.meta.roles?.includes('customer')).map((r) => r.id);
    expect(customer).toEqual(['customer-frustration', 'personal-criticism', 'crucial-conversation']);
    for (const rule of builtinRules) expect(rule.meta.roles?.length, rule.id).toBe(1);
  });

  it("writes every options schema with the analyzer's own schema kit, so zod stays out of browser bundles", () => {
    // A zod schema in a built-in rule would bring zod's core (about 3 kB min+gzip) back into
    // `@rapport/core/analyze`; the kit's schemas say `rapport` as their Standard Schema vendor.
    for (const rule of builtinRules) {
      const schema = rule.meta.options;
      if (schema === undefined) continue;
      expect(schema['~standard'].vendor, rule.id).toBe('rapport');
      expect('_zod' in schema, rule.id).toBe(false);
    }
  });
});
