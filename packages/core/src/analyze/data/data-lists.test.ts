import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('./en/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('the English word and phrase lists', () => {
  it.each(files.map((f) => [f]))('%s has a provenance note and no duplicate entries in any list', (file) => {
    const data = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Record<string, unknown>;
    expect(typeof data.$source, `${file}: "$source" note`).toBe('string');
    for (const [key, value] of Object.entries(data)) {
      if (key.startsWith('$') || !Array.isArray(value)) continue;
      const keys = value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(dupes, `${file}: duplicates in "${key}"`).toEqual([]);
    }
  });
});
