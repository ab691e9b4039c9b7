import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AnalyzeOptions } from '@rapport/core/analyze';
import type { LoadedConfig } from './config-file.js';
import { expandOperands } from './files.js';
import { formatGithub } from './formatters/github.js';
import { formatJson } from './formatters/json.js';
import { countBySeverity, locate, type SourceReport } from './formatters/located.js';
import { formatStylish } from './formatters/stylish.js';
import { useColor, write, type CliIo } from './io.js';
import { sourcesOf } from './sources.js';

/** Output formats of `rapport check`. */
export const CHECK_FORMATS = ['stylish', 'json', 'github'] as const;

/** What `rapport check` was asked to do. */
export interface CheckCommandOptions {
  /** Files, directories and globs to lint. */
  readonly operands: readonly string[];
  /** Output format. */
  readonly format: (typeof CHECK_FORMATS)[number];
  /** The analyzer configuration. */
  readonly config: LoadedConfig;
  /** Role the texts are written in (macros and replies are the agent's). */
  readonly role: 'agent' | 'customer';
  /** Channel the texts are meant for, if known. */
  readonly channel?: string;
  /** Fail (exit 1) when there are more warnings than this. */
  readonly maxWarnings?: number;
}

/**
 * Lints replies and macro exports. Returns the exit code: 1 when any error-severity finding
 * exists (or warnings exceed `--max-warnings`), else 0.
 */
export async function runCheck(options: CheckCommandOptions, io: CliIo): Promise<number> {
  const files = await expandOperands(options.operands, io.cwd);
  const reports: SourceReport[] = [];
  const analyzeOptions: AnalyzeOptions = {
    role: options.role,
    ...(options.channel === undefined ? {} : { channel: options.channel as NonNullable<AnalyzeOptions['channel']> }),
  };
  for (const file of files) {
    const contents = await readFile(resolve(io.cwd, file), 'utf8');
    for (const source of sourcesOf(file, contents)) {
      const result = options.config.analyzer.analyze(source.text, analyzeOptions);
      reports.push(locate(source, result.findings));
    }
  }
  const output =
    options.format === 'json'
      ? formatJson(reports)
      : options.format === 'github'
        ? formatGithub(reports)
        : formatStylish(reports, useColor(io, io.stdout));
  if (output !== '') await write(io.stdout, output);
  const counts = countBySeverity(reports);
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    await write(io.stderr, `rapport: ${counts.warning} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
