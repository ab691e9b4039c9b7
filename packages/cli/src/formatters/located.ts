import type { Finding } from '@rapport/core/analyze';
import type { TextSource } from '../sources.js';

/** A finding with display positions (1-based lines and columns, UTF-16 columns). */
export interface LocatedFinding extends Finding {
  /** 1-based line of `range[0]` in the file. */
  readonly line: number;
  /** 1-based column of `range[0]`. */
  readonly column: number;
  /** 1-based line of `range[1]`. */
  readonly endLine: number;
  /** 1-based column of `range[1]`. */
  readonly endColumn: number;
}

/** The findings for one source, ready to format. */
export interface SourceReport {
  /** What was analyzed. */
  readonly source: TextSource;
  /** Its findings in text order, with positions. */
  readonly findings: readonly LocatedFinding[];
}

/** Adds line and column positions to findings (offsets stay the source of truth). */
export function locate(source: TextSource, findings: readonly Finding[]): SourceReport {
  const starts = [0];
  for (let i = 0; i < source.original.length; i++) if (source.original.charCodeAt(i) === 10) starts.push(i + 1);
  const position = (offset: number): [number, number] => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [source.line + lo, offset - (starts[lo] as number) + 1];
  };
  const located = findings.map((finding) => {
    const [line, column] = position(finding.range[0]);
    const [endLine, endColumn] = position(finding.range[1]);
    return { ...finding, line, column, endLine, endColumn };
  });
  located.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return { source, findings: located };
}

/** Counts findings by severity over all reports. */
export function countBySeverity(reports: readonly SourceReport[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) for (const finding of report.findings) counts[finding.severity]++;
  return counts;
}
