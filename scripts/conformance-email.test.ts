import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCheck, loadPeerParser, loadSuite, rapportParser, runSuite } from './conformance-email.js';

const suiteFile = resolve(new URL('..', import.meta.url).pathname, '..', 'shared', 'fixtures', 'email', 'crisp', 'expectations.json');
const present = existsSync(suiteFile);
if (!present) console.warn(`skipping the email conformance suite: ${suiteFile} is absent`);

/** Our measured result on the shared crisp suite (131 of 131 checks); a drop below it is a regression. */
const FLOOR = 131;

describe.skipIf(!present)('email reply-parser conformance (shared crisp suite)', () => {
  it(`passes at least ${FLOOR} checks, and reports the peer on the same cases`, () => {
    const { tests, inputs } = loadSuite(suiteFile);
    const ours = runSuite(tests, inputs, rapportParser);
    const peer = loadPeerParser();
    const theirs = runSuite(tests, inputs, peer.parser);
    console.log(`@rapport/email ${ours.passed}/${ours.results.length}, email-reply-parser@${peer.version} ${theirs.passed}/${theirs.results.length}`);
    expect(ours.passed).toBeGreaterThanOrEqual(FLOOR);
  });
});

describe('conformance check evaluation', () => {
  const fragments = [
    { content: 'Hi\n', quoted: false, signature: false, hidden: false },
    { content: '> old', quoted: true, signature: false, hidden: true },
    { content: '--\nAnn~~', quoted: false, signature: true, hidden: true },
  ];
  it('evaluates each kind as the suite README defines it', () => {
    expect(evaluateCheck({ kind: 'fragmentCount', value: 3 }, fragments)).toBe('');
    expect(evaluateCheck({ kind: 'fragmentCount', value: 2 }, fragments)).not.toBe('');
    expect(evaluateCheck({ kind: 'fragment', index: 1, quoted: true, hidden: true }, fragments)).toBe('');
    expect(evaluateCheck({ kind: 'fragment', index: 5, quoted: true }, fragments)).toMatch(/no fragment 5/u);
    expect(evaluateCheck({ kind: 'fragmentTextEquals', index: 0, value: 'Hi', trim: true }, fragments)).toBe('');
    expect(evaluateCheck({ kind: 'fragmentTextEquals', index: 0, value: 'Hi', trim: false }, fragments)).not.toBe('');
    expect(evaluateCheck({ kind: 'visibleTextEquals', value: 'Hi\n', trim: false }, fragments)).toBe('');
    expect(evaluateCheck({ kind: 'quotedTextMatches', pattern: '^> old$', flags: '' }, fragments)).toBe('');
    expect(evaluateCheck({ kind: 'anyFragment', signature: true }, fragments)).toBe('');
    expect(evaluateCheck({ kind: 'nonsense' }, fragments)).toMatch(/unknown check kind/u);
  });
});
