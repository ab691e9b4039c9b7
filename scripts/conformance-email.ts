/**
 * `pnpm conformance:email <expectations.json> [--json]`: runs a reply-parser conformance suite
 * (the format of `shared/fixtures/email/crisp/expectations.json`; fixture paths are relative to
 * that file) against `@rapport/email`'s `parseReply` and, on the same cases in the same run,
 * against the `email-reply-parser` npm package (the peer). Prints one line per failing check of
 * ours, the peer's totals, and as its last line `N passed, M failed` for ours. Exits 1 when any
 * of our checks fail, 2 when the suite cannot be read.
 *
 * The checks are evaluated on a neutral view of a parse (fragments with `quoted`, `signature` and
 * `hidden` flags), so any parser with that shape can be measured; `visible text` and `quoted
 * text` are computed from the fragments exactly as the suite's README defines them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// The root package does not depend on @rapport/email, so the sources are imported by path.
import { parseReply } from '../packages/email/src/index.js';

/** One fragment as the suite sees it. */
export interface SuiteFragment {
  readonly content: string;
  readonly quoted: boolean;
  readonly signature: boolean;
  readonly hidden: boolean;
}

/** A parser under test: text in, fragments in document order out. */
export type SuiteParser = (text: string) => readonly SuiteFragment[];

/** One check of the suite (see the suite README for the kinds). */
export interface SuiteCheck {
  readonly kind: string;
  readonly index?: number;
  readonly value?: unknown;
  readonly trim?: boolean;
  readonly pattern?: string;
  readonly flags?: string;
  readonly quoted?: boolean;
  readonly signature?: boolean;
  readonly hidden?: boolean;
}

/** One test of the suite: an input (fixture file or inline) and its checks. */
export interface SuiteTest {
  readonly name: string;
  readonly api?: string;
  readonly fixture?: string;
  readonly input?: string;
  readonly checks: readonly SuiteCheck[];
}

/** The result of one check. */
export interface CheckResult {
  readonly test: string;
  readonly index: number;
  readonly check: SuiteCheck;
  readonly pass: boolean;
  /** Why it failed (empty when it passed). */
  readonly reason: string;
}

/** Totals of one parser over a suite. */
export interface SuiteReport {
  readonly results: readonly CheckResult[];
  readonly passed: number;
  readonly failed: number;
  readonly testsPassed: number;
  readonly testsFailed: number;
}

/** Reads a suite file and resolves every test's input text (fixtures relative to the file). */
export function loadSuite(file: string): { tests: SuiteTest[]; inputs: Map<string, string> } {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { tests?: unknown };
  if (!Array.isArray(data.tests)) throw new Error(`${file}: no "tests" array`);
  const tests = data.tests as SuiteTest[];
  const inputs = new Map<string, string>();
  const base = dirname(resolve(file));
  for (const test of tests) {
    if (typeof test.input === 'string') inputs.set(test.name, test.input);
    else if (typeof test.fixture === 'string') inputs.set(test.name, readFileSync(resolve(base, test.fixture), 'utf8'));
    else throw new Error(`${file}: test ${test.name} has neither "fixture" nor "input"`);
  }
  return { tests, inputs };
}

function joinText(fragments: readonly SuiteFragment[], keep: (f: SuiteFragment) => boolean): string {
  let out = fragments
    .filter(keep)
    .map((f) => f.content)
    .join('\n');
  let end = out.length;
  while (end > 0 && out.charCodeAt(end - 1) === 0x7e /* ~ */) end--;
  out = out.slice(0, end);
  return out;
}

const show = (value: unknown): string => {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
};

/** Evaluates one check against a parse. */
export function evaluateCheck(check: SuiteCheck, fragments: readonly SuiteFragment[]): string {
  const visible = (): string => joinText(fragments, (f) => !f.hidden);
  const quoted = (): string => joinText(fragments, (f) => f.quoted);
  const regex = (): RegExp => new RegExp(check.pattern ?? '', check.flags ?? '');
  const at = (): SuiteFragment | undefined => fragments[check.index ?? -1];
  const text = (t: string): string => (check.trim === true ? t.trim() : t);
  switch (check.kind) {
    case 'fragmentCount':
      return fragments.length === check.value ? '' : `expected ${String(check.value)} fragments, got ${fragments.length}`;
    case 'fragmentCountAtLeast':
      return fragments.length >= Number(check.value) ? '' : `expected at least ${String(check.value)} fragments, got ${fragments.length}`;
    case 'fragment': {
      const f = at();
      if (!f) return `no fragment ${String(check.index)} (${fragments.length} fragments)`;
      const bad: string[] = [];
      for (const flag of ['quoted', 'signature', 'hidden'] as const) {
        if (check[flag] !== undefined && check[flag] !== f[flag]) bad.push(`${flag} should be ${String(check[flag])}`);
      }
      return bad.length === 0 ? '' : `fragment ${String(check.index)}: ${bad.join(', ')} (text ${show(f.content)})`;
    }
    case 'fragmentTextEquals': {
      const f = at();
      if (!f) return `no fragment ${String(check.index)} (${fragments.length} fragments)`;
      return text(f.content) === check.value ? '' : `fragment ${String(check.index)} is ${show(text(f.content))}, expected ${show(check.value)}`;
    }
    case 'fragmentTextMatches': {
      const f = at();
      if (!f) return `no fragment ${String(check.index)} (${fragments.length} fragments)`;
      return regex().test(text(f.content)) ? '' : `fragment ${String(check.index)} ${show(text(f.content))} does not match /${String(check.pattern)}/`;
    }
    case 'anyFragment':
      return fragments.some((f) => f.signature === check.signature) ? '' : `no fragment has signature=${String(check.signature)}`;
    case 'visibleTextEquals':
      return text(visible()) === check.value ? '' : `visible text is ${show(text(visible()))}, expected ${show(check.value)}`;
    case 'visibleTextMatches':
      return regex().test(visible()) ? '' : `visible text ${show(visible())} does not match /${String(check.pattern)}/`;
    case 'visibleTextNotMatches':
      return !regex().test(visible()) ? '' : `visible text ${show(visible())} matches /${String(check.pattern)}/`;
    case 'quotedTextMatches':
      return regex().test(quoted()) ? '' : `quoted text ${show(quoted())} does not match /${String(check.pattern)}/`;
    case 'quotedTextNotMatches':
      return !regex().test(quoted()) ? '' : `quoted text ${show(quoted())} matches /${String(check.pattern)}/`;
    case 'quotedTextNonEmpty':
      return quoted().length > 0 ? '' : 'quoted text is empty';
    default:
      return `unknown check kind ${show(check.kind)}`;
  }
}

/** Runs every test of a suite through `parser`; a parser that throws fails all of that test's checks. */
export function runSuite(tests: readonly SuiteTest[], inputs: ReadonlyMap<string, string>, parser: SuiteParser): SuiteReport {
  const results: CheckResult[] = [];
  let testsPassed = 0;
  for (const test of tests) {
    let fragments: readonly SuiteFragment[] | undefined;
    let crash = '';
    try {
      fragments = parser(inputs.get(test.name) ?? '');
    } catch (error) {
      crash = `parser threw: ${error instanceof Error ? error.message : String(error)}`;
    }
    let ok = true;
    test.checks.forEach((check, index) => {
      const reason = fragments ? evaluateCheck(check, fragments) : crash;
      if (reason !== '') ok = false;
      results.push({ test: test.name, index, check, pass: reason === '', reason });
    });
    if (ok) testsPassed++;
  }
  const passed = results.filter((r) => r.pass).length;
  return { results, passed, failed: results.length - passed, testsPassed, testsFailed: tests.length - testsPassed };
}

/** `@rapport/email`'s reply parser as a suite parser. */
export const rapportParser: SuiteParser = (text) =>
  parseReply(text).fragments.map((f) => ({ content: f.text, quoted: f.quoted, signature: f.signature, hidden: f.hidden }));

interface PeerFragment {
  getContent(): string;
  isQuoted(): boolean;
  isSignature(): boolean;
  isHidden(): boolean;
}

/** The `email-reply-parser` npm package (the peer) as a suite parser, with its version. */
export function loadPeerParser(): { parser: SuiteParser; version: string } {
  const require = createRequire(import.meta.url);
  const Peer = require('email-reply-parser') as new () => { read(text: string): { getFragments(): PeerFragment[] } };
  const { version } = require('email-reply-parser/package.json') as { version: string };
  const parser: SuiteParser = (text) =>
    new Peer()
      .read(text)
      .getFragments()
      .map((f) => ({ content: f.getContent(), quoted: f.isQuoted(), signature: f.isSignature(), hidden: f.isHidden() }));
  return { parser, version };
}

function main(argv: readonly string[]): number {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: pnpm conformance:email <expectations.json> [--json]');
    return 2;
  }
  let suite: ReturnType<typeof loadSuite>;
  try {
    suite = loadSuite(file);
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const ours = runSuite(suite.tests, suite.inputs, rapportParser);
  const peer = loadPeerParser();
  const theirs = runSuite(suite.tests, suite.inputs, peer.parser);
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ ours: summary(ours), peer: { version: peer.version, ...summary(theirs) } }));
  }
  for (const r of ours.results) {
    if (!r.pass) console.log(`FAIL ${r.test} check ${r.index} (${r.check.kind}): ${r.reason}`);
  }
  const total = ours.results.length;
  console.log(
    `tests: @rapport/email ${ours.testsPassed}/${suite.tests.length}, email-reply-parser@${peer.version} ${theirs.testsPassed}/${suite.tests.length}`,
  );
  console.log(
    `checks: @rapport/email ${ours.passed}/${total} (${pct(ours.passed, total)}), email-reply-parser@${peer.version} ${theirs.passed}/${total} (${pct(theirs.passed, total)})`,
  );
  console.log(`${ours.passed} passed, ${ours.failed} failed`);
  return ours.failed === 0 ? 0 : 1;
}

const summary = (r: SuiteReport) => ({
  passed: r.passed,
  failed: r.failed,
  testsPassed: r.testsPassed,
  testsFailed: r.testsFailed,
});
const pct = (n: number, d: number): string => `${d === 0 ? '0.0' : ((100 * n) / d).toFixed(1)}%`;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
