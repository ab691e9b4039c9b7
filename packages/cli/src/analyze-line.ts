import type { Analyzer, AnalyzeMessageOptions } from '@rapport/core/analyze';

/** One validated input line of `rapport analyze`. */
export interface AnalyzeJob {
  /** 1-based line number in the input. */
  readonly line: number;
  /** The input's id, echoed in the output. */
  readonly id: string | number;
  /** The message text. */
  readonly text: string;
  /** Who wrote it. */
  readonly role?: 'agent' | 'customer';
  /** The channel, as given. */
  readonly channel?: string;
  /** The message replied to. */
  readonly context?: string;
}

/** What every analysis of a batch shares (and what a worker needs to rebuild the analyzer). */
export interface WorkerSetup {
  /** The config file given with --config, if any. */
  readonly configPath: string | undefined;
  /** Working directory. */
  readonly cwd: string;
  /** --now, if given. */
  readonly now?: string;
  /** --time-zone, if given. */
  readonly timeZone?: string;
}

/** The output of one job: a JSON line, or why the line was skipped. */
export type JobOutput = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly line: number; readonly reason: string };

/** Analyzes one job; options the analyzer rejects (an unknown channel) skip the line. */
export function analyzeLine(analyzer: Analyzer, job: AnalyzeJob, setup: WorkerSetup): JobOutput {
  const options: AnalyzeMessageOptions = {
    ...(job.role === undefined ? {} : { role: job.role }),
    ...(job.channel === undefined ? {} : { channel: job.channel as NonNullable<AnalyzeMessageOptions['channel']> }),
    ...(job.context === undefined ? {} : { context: job.context }),
    ...(setup.now === undefined ? {} : { now: setup.now }),
    ...(setup.timeZone === undefined ? {} : { timeZone: setup.timeZone }),
  };
  try {
    const result = analyzer.analyze(job.text, options);
    return { ok: true, json: JSON.stringify({ id: job.id, ...result }) };
  } catch (error) {
    return { ok: false, line: job.line, reason: (error as Error).message };
  }
}

const ROLES = new Set(['agent', 'customer']);

/** Parses and validates one input line; returns the job, or why the line is unusable. */
export function parseInputLine(text: string, line: number): AnalyzeJob | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' && typeof v.id !== 'number') return '"id" must be a string or a number';
  if (typeof v.text !== 'string') return '"text" must be a string';
  if (v.role !== undefined && (typeof v.role !== 'string' || !ROLES.has(v.role))) return '"role" must be "agent" or "customer"';
  if (v.channel !== undefined && typeof v.channel !== 'string') return '"channel" must be a string';
  if (v.context !== undefined && typeof v.context !== 'string') return '"context" must be a string (the message replied to)';
  return {
    line,
    id: v.id,
    text: v.text,
    ...(v.role === undefined ? {} : { role: v.role as 'agent' | 'customer' }),
    ...(v.channel === undefined ? {} : { channel: v.channel }),
    ...(v.context === undefined ? {} : { context: v.context }),
  };
}
