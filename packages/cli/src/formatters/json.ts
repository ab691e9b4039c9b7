import type { SourceReport } from './located.js';

/** Machine-readable output: one entry per analyzed source with its located findings. */
export function formatJson(reports: readonly SourceReport[]): string {
  return `${JSON.stringify(
    reports.map((r) => ({
      file: r.source.file,
      ...(r.source.label === undefined ? {} : { label: r.source.label }),
      errorCount: r.findings.filter((f) => f.severity === 'error').length,
      warningCount: r.findings.filter((f) => f.severity === 'warning').length,
      findings: r.findings,
    })),
    null,
    2,
  )}\n`;
}
