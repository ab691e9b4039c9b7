import { describe, expect, it } from 'vitest';
import type { Finding } from '@rapport/core/analyze';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { locate } from './located.js';
import { formatStylish } from './stylish.js';

const text = 'Hi Dana,\nJust reboot the NIC.\nThanks';
const finding = (start: number, end: number, severity: Finding['severity'], ruleId: string, message: string): Finding => ({
  ruleId,
  messageId: 'x',
  message,
  severity,
  category: 'clarity',
  range: [start, end],
  actual: text.slice(start, end),
  expected: [],
  suggestions: [],
});
const source = { file: 'replies/reset.md', text, original: text, line: 1 };
const report = locate(source, [
  finding(text.indexOf('NIC'), text.indexOf('NIC') + 3, 'warning', 'no-jargon', '`NIC` is jargon, 100%: say "network card".'),
  finding(text.indexOf('Just'), text.indexOf('Just') + 4, 'error', 'no-patronizing', 'Drop `Just`.'),
]);

describe('formatters', () => {
  it('locates findings by line and UTF-16 column and sorts them by offset', () => {
    expect(report.findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ['no-patronizing', 2, 1, 2, 5],
      ['no-jargon', 2, 17, 2, 20],
    ]);
  });

  it('stylish: aligned rows, a summary, no colour codes unless asked', () => {
    const out = formatStylish([report], false);
    expect(out).toContain('replies/reset.md\n');
    expect(out).toContain("  2:1   error    Drop `Just`.");
    expect(out).toContain("  2:17  warning  `NIC`");
    expect(out).toContain('✖ 2 problems (1 error, 1 warning, 0 info)');
    expect(out).not.toContain('\u001b[');
    expect(formatStylish([report], true)).toContain('\u001b[31m');
    expect(formatStylish([locate(source, [])], false)).toBe('');
  });

  it('github: one escaped annotation per finding', () => {
    const lines = formatGithub([report]).trim().split('\n');
    expect(lines[0]).toBe('::error file=replies/reset.md,line=2,col=1,endLine=2,endColumn=5,title=rapport(no-patronizing)::Drop `Just`.');
    expect(lines[1]).toContain('::warning ');
    expect(lines[1]).toContain('100%25');
  });

  it('json: per-source counts and located findings', () => {
    const parsed = JSON.parse(formatJson([report])) as Array<{ file: string; errorCount: number; warningCount: number; findings: unknown[] }>;
    expect(parsed[0]).toMatchObject({ file: 'replies/reset.md', errorCount: 1, warningCount: 1 });
    expect(parsed[0]?.findings).toHaveLength(2);
  });
});
