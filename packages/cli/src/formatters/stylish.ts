import { countBySeverity, type SourceReport } from './located.js';

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof codes;

/**
 * The default human format: findings grouped by file, aligned columns, a summary line. Colour
 * only when `color` is true (the CLI decides: a TTY and no `NO_COLOR`).
 */
export function formatStylish(reports: readonly SourceReport[], color: boolean): string {
  const paint = (style: Style, text: string) => (color ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text);
  const lines: string[] = [];
  let lastHeading = '';
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const heading = report.source.label === undefined ? report.source.file : `${report.source.file} (${report.source.label})`;
    if (heading !== lastHeading) {
      if (lines.length > 0) lines.push('');
      lines.push(paint('underline', heading));
      lastHeading = heading;
    }
    const rows = report.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message.replace(/\s*\n\s*/g, ' '), f.ruleId] as const);
    const widths = [0, 1, 2].map((k) => Math.max(...rows.map((r) => (r[k] as string).length)));
    for (const [position, severity, message, ruleId] of rows) {
      const sev = severity === 'error' ? paint('red', severity) : severity === 'warning' ? paint('yellow', severity) : paint('blue', severity);
      const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));
      lines.push(
        `  ${paint('dim', pad(position, widths[0] as number))}  ${sev}${' '.repeat((widths[1] as number) - severity.length)}  ${pad(message, widths[2] as number)}  ${paint('dim', ruleId)}`,
      );
    }
  }
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `${counts.error > 0 ? '✖' : '⚠'} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)`;
  lines.push('', paint('bold', counts.error > 0 ? paint('red', summary) : paint('yellow', summary)));
  return `${lines.join('\n')}\n`;
}
