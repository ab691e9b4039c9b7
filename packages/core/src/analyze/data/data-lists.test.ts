import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('./en/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
/** Lists kept in named groups (the group says how a match is reported). */
const GROUPED = new Set(['empathy.json:scripted', 'patronizing.json:phrases']);

describe('the English word and phrase lists', () => {
  it.each(files.map((f) => [f]))('%s has a provenance note and no duplicate entries in any list', (file) => {
    const data = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Record<string, unknown>;
    expect(typeof data.$source, `${file}: "$source" note`).toBe('string');
    for (const [key, value] of Object.entries(data)) {
      if (key.startsWith('$')) continue;
      // A list, or a list in groups ({ "apology": [...], "valuing": [...] }): no entry twice, in a group or across groups.
      const groups = Array.isArray(value) ? [value] : GROUPED.has(`${file}:${key}`) ? (Object.values(value as object) as unknown[][]) : [];
      const keys = groups.flat().map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(dupes, `${file}: duplicates in "${key}"`).toEqual([]);
    }
  });
});
