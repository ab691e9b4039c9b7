import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/index.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<Captured> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await run(argv, {
    stdin: Readable.from([options.stdin ?? '']),
    stdout,
    stderr,
    cwd: options.cwd ?? fixtures,
    env: options.env ?? {},
  });
  return { code, stdout: out, stderr: err };
}

describe('rapport check', () => {
  it('lints a directory of text, Markdown and macro exports and exits 1 on an error finding', async () => {
    const result = await cli(['check', 'replies']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('replies/reset.txt');
    expect(result.stdout).toMatch(/3:1 +warning +Stiff: `Kindly`\. +acme\/no-kindly/);
    expect(result.stdout).toMatch(/3:43 +error +`ASAP` promises nothing; give a time\. +acme\/no-asap/);
    // The macro export: only the macro that says ASAP is flagged, labelled by id and title.
    expect(result.stdout).toContain('replies/macros.json (macro 1 "Chasing")');
    expect(result.stdout).not.toContain('macro 2');
    // Markdown: inline code is not prose.
    expect(result.stdout).toMatch(/replies\/nested\/code\.md\n +3:1 +warning/);
    expect(result.stdout).not.toMatch(/code\.md[\s\S]*no-asap[\s\S]*macros/);
    expect(result.stdout).toContain('4 problems (2 errors, 2 warnings, 0 info)');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('exits 0 with only warnings, and 1 when they exceed --max-warnings', async () => {
    expect((await cli(['check', '--config', 'warnings-only.config.json', 'replies'])).code).toBe(0);
    const over = await cli(['check', '--config', 'warnings-only.config.json', '--max-warnings', '1', 'replies']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('2 warnings exceed --max-warnings 1');
  });

  it('colours on request and never under NO_COLOR', async () => {
    expect((await cli(['check', 'replies/reset.txt'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await cli(['check', 'replies/reset.txt'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('prints JSON and GitHub annotations', async () => {
    const json = JSON.parse((await cli(['check', '-f', 'json', 'replies/reset.txt'])).stdout) as Array<{ file: string; errorCount: number; findings: Array<{ ruleId: string; range: number[]; line: number }> }>;
    expect(json).toHaveLength(1);
    expect(json[0]?.errorCount).toBe(1);
    const text = readFileSync(join(fixtures, 'replies/reset.txt'), 'utf8');
    const asap = json[0]?.findings.find((f) => f.ruleId === 'acme/no-asap');
    expect(asap && text.slice(asap.range[0], asap.range[1])).toBe('ASAP');
    const github = (await cli(['check', '--format', 'github', 'replies/reset.txt'])).stdout;
    expect(github).toContain('::error file=replies/reset.txt,line=3,col=43,endLine=3,endColumn=47,title=rapport(acme/no-asap)::`ASAP` promises nothing; give a time.');
  });

  it('exits 2 on bad usage, with a reason', async () => {
    for (const argv of [['check'], ['check', '--format', 'xml', 'replies'], ['check', '--nope', 'replies'], ['check', 'no-such-dir/**/*.md'], ['frobnicate'], ['check', '--role', 'boss', 'replies']]) {
      const result = await cli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^rapport: /);
    }
  });

  it('exits 2 on a bad configuration, naming the rule and the path of the bad option', async () => {
    const result = await cli(['check', '--config', 'bad-options.config.json', 'replies']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('INVALID_RULE_OPTIONS (rule acme/no-asap)');
    expect(result.stderr).toMatch(/at words\.0/);
  });
});

describe('rapport analyze', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'We will reply ASAP.' }),
    'not json',
    JSON.stringify({ id: 'b', text: 'Kindly wait.', role: 'agent', channel: 'chat' }),
    JSON.stringify({ text: 'no id' }),
    '',
    JSON.stringify({ id: 3, text: 'All good.', role: 'customer', context: 'Is it fixed?' }),
  ].join('\n');

  it('writes one result per good line, in order, and reports malformed lines by number', async () => {
    const result = await cli(['analyze', '--config', 'rapport.config.json', '--input', '-'], { stdin: input });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings: Array<{ ruleId: string }>; scorecard: unknown; signals: unknown });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 3]);
    expect(lines[0]?.findings.map((f) => f.ruleId)).toEqual(['acme/no-asap']);
    expect(lines[1]?.findings.map((f) => f.ruleId)).toEqual(['acme/no-kindly']);
    expect(lines[2]?.findings).toEqual([]);
    expect(lines[0]).toHaveProperty('scorecard');
    expect(lines[0]).toHaveProperty('signals');
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 4: "id" must be a string or a number; skipped');
    expect(result.stderr).toContain('3 analyzed, 2 malformed line(s) skipped');
  });

  it('gives the same output, in the same order, with worker threads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    const many = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: i, text: i % 3 === 0 ? `Reply ${i}: ASAP.` : `Kindly hold on, ${i}.` }));
    many.splice(700, 0, '{broken');
    writeFileSync(join(dir, 'in.jsonl'), many.join('\n'));
    const config = join(fixtures, 'rapport.config.json');
    const inline = await cli(['analyze', '-c', config, '-i', join(dir, 'in.jsonl'), '--workers', '1']);
    const pooled = await cli(['analyze', '-c', config, '-i', join(dir, 'in.jsonl'), '--workers', '2']);
    expect(pooled.code).toBe(0);
    expect(pooled.stdout.split('\n').length).toBe(1501);
    expect(pooled.stdout).toBe(inline.stdout);
    expect(pooled.stderr).toContain('line 701: not valid JSON');
  });

  it('exits 2 without --input or with a missing file', async () => {
    expect((await cli(['analyze'])).code).toBe(2);
    expect((await cli(['analyze', '--input', 'nope.jsonl'])).stderr).toContain('cannot read --input nope.jsonl');
    expect((await cli(['analyze', '--input', '-', '--workers', '0'])).code).toBe(2);
  });
});

describe('configuration files', () => {
  it('loads YAML data rules by namespace, ids from file names or entries, enabled at their level', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-data-'));
    writeFileSync(join(dir, 'reply.txt'), 'Please reach out to us. Per my last email, utilize the portal.');
    const result = await cli(['check', '--config', join(fixtures, 'data-rules.config.yaml'), '-f', 'json', join(dir, 'reply.txt')]);
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout) as Array<{ findings: Array<{ ruleId: string; severity: string; message: string; actual: string }> }>;
    expect(report?.findings.map((f) => [f.ruleId, f.severity, f.actual])).toEqual([
      ['team/ticket-speak', 'error', 'reach out'],
      ['team/no-per-my-last', 'info', 'Per my last email'],
      ['team/ticket-speak', 'error', 'utilize'],
    ]);
    expect(report?.findings[0]?.message).toBe('Say "contact" instead of "reach out".');
  });

  it('rejects unknown keys and unreadable files as usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-cfg-'));
    writeFileSync(join(dir, 'rapport.config.json'), JSON.stringify({ extend: ['recommended'] }));
    writeFileSync(join(dir, 'a.txt'), 'Hello');
    const unknownKey = await cli(['check', 'a.txt'], { cwd: dir });
    expect(unknownKey.code).toBe(2);
    expect(unknownKey.stderr).toContain('unknown key(s) extend');
    const missing = await cli(['check', '--config', 'nope.yaml', 'a.txt'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no config file at nope.yaml');
  });
});
