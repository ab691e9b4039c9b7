import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBizVector, type BizVector } from './internal/biz-vectors.js';

// The shared vectors live beside the repository (../shared), never inside it.
const repoRoot = resolve(new URL('.', import.meta.url).pathname, '../../../../..');
const file = resolve(repoRoot, '..', 'shared', 'fixtures', 'business-hours', 'biz-cases.json');
const present = existsSync(file);
if (!present) console.warn(`biz conformance skipped: ${file} not found (the shared fixtures folder is absent)`);

const vectors: BizVector[] = present ? (JSON.parse(readFileSync(file, 'utf8')) as BizVector[]) : [];

describe.skipIf(!present)('business calendar conformance with zendesk/biz (shared vectors)', () => {
  it('reads the whole vector file', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(275);
  });

  it.each(vectors.map((vector) => [vector.id, vector] as const))('%s', (_id, vector) => {
    const result = runBizVector(vector);
    expect(result.error).toBeUndefined();
    expect(result.pass, `expected ${JSON.stringify(result.expected)}, got ${JSON.stringify(result.actual)}`).toBe(true);
  });
});
