import { createReadStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { analyzeLine, parseInputLine, type AnalyzeJob, type JobOutput, type WorkerSetup } from './analyze-line.js';
import type { LoadedConfig } from './config-file.js';
import { write, type CliIo } from './io.js';
import { ProgressBar } from './progress.js';
import { UsageError } from './usage-error.js';

/** What `rapport analyze` was asked to do. */
export interface AnalyzeCommandOptions {
  /** A JSONL file path, or `-` for standard input. */
  readonly input: string;
  /** The analyzer configuration (and the file it came from, which workers load again). */
  readonly config: LoadedConfig;
  /** The --config operand as given, for workers. */
  readonly configPath: string | undefined;
  /** Worker threads: 1 analyzes on the main thread; 0 picks by input size. */
  readonly workers: number;
  /** Reference time for resolving commitments (ISO), if given. */
  readonly now?: string;
  /** IANA time zone for resolving commitments, if given. */
  readonly timeZone?: string;
}

/** The outcome of a batch: how many lines were analyzed and how many were skipped. */
export interface AnalyzeSummary {
  /** Lines analyzed and written. */
  readonly analyzed: number;
  /** Malformed lines reported on stderr and skipped. */
  readonly skipped: number;
}

/** Inputs at least this large use worker threads when --workers is not given. */
const AUTO_WORKERS_BYTES = 16 * 1024 * 1024;
const BATCH_SIZE = 256;

/**
 * Streams a JSONL batch: one `{"id", "text", "role"?, "channel"?, "context"?}` object per line
 * in, one JSON line out per good input line, in input order: the `analyze()` result with the
 * `id`. A malformed line is reported on stderr with its line number and skipped.
 *
 * Memory stays constant: lines are read as the output drains; with worker threads at most two
 * batches per worker are in flight, and results are written in input order as they complete.
 */
export async function runAnalyze(options: AnalyzeCommandOptions, io: CliIo): Promise<AnalyzeSummary> {
  let input: Readable;
  let totalBytes: number | undefined;
  if (options.input === '-') {
    input = io.stdin;
  } else {
    const path = resolve(io.cwd, options.input);
    try {
      totalBytes = statSync(path).size;
    } catch {
      throw new UsageError(`cannot read --input ${options.input}: no such file`);
    }
    input = createReadStream(path);
  }
  const setup: WorkerSetup = {
    configPath: options.configPath,
    cwd: io.cwd,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  };
  const workers =
    options.workers > 0 ? options.workers : totalBytes !== undefined && totalBytes >= AUTO_WORKERS_BYTES ? Math.max(2, availableParallelism()) : 1;
  const progress = io.stderr.isTTY === true ? new ProgressBar(io.stderr, totalBytes) : undefined;
  let analyzed = 0;
  let skipped = 0;
  let bytes = 0;

  const emit = async (outputs: readonly JobOutput[]) => {
    let chunk = '';
    for (const out of outputs) {
      if (out.ok) {
        chunk += `${out.json}\n`;
        analyzed++;
      } else {
        skipped++;
        progress?.done();
        await write(io.stderr, `line ${out.line}: ${out.reason}; skipped\n`);
      }
    }
    if (chunk !== '') await write(io.stdout, chunk);
    progress?.update(analyzed, bytes);
  };
  const pool = workers > 1 ? new WorkerPool(workers, setup) : undefined;
  const pending: Promise<JobOutput[]>[] = [];
  let batch: AnalyzeJob[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const jobs = batch;
    batch = [];
    if (pool === undefined) {
      await emit(jobs.map((job) => analyzeLine(options.config.analyzer, job, setup)));
      return;
    }
    pending.push(pool.run(jobs));
    while (pending.length > workers * 2) await emit(await (pending.shift() as Promise<JobOutput[]>));
  };

  try {
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      bytes += Buffer.byteLength(line) + 1;
      if (line.trim() === '') continue;
      const job = parseInputLine(line, lineNumber);
      if (typeof job === 'string') {
        // Keep stderr roughly in order: write what is pending before reporting.
        await flush();
        while (pending.length > 0) await emit(await (pending.shift() as Promise<JobOutput[]>));
        await emit([{ ok: false, line: lineNumber, reason: job }]);
        continue;
      }
      batch.push(job);
      if (batch.length >= BATCH_SIZE) await flush();
    }
    await flush();
    while (pending.length > 0) await emit(await (pending.shift() as Promise<JobOutput[]>));
  } finally {
    await pool?.close();
  }
  if (progress) {
    progress.update(analyzed, bytes, true);
    progress.done();
  }
  return { analyzed, skipped };
}

/** The parent's node flags without tsx's own (the bootstrap loads tsx itself), plus the source condition. */
function sourceExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    const next = execArgv[i + 1];
    if ((arg === '--require' || arg === '--import') && next !== undefined && next.includes('/node_modules/tsx/')) {
      i++;
      continue;
    }
    if (arg.includes('/node_modules/tsx/')) continue;
    kept.push(arg);
  }
  if (!kept.includes('@rapport/source') && !kept.includes('--conditions=@rapport/source')) kept.push('--conditions=@rapport/source');
  return kept;
}

/**
 * Worker threads on Node 20 do not inherit the main thread's loader hooks, so a worker started
 * from the TypeScript sources loads its module through tsx's programmatic API.
 */
function sourceWorkerBootstrap(moduleUrl: string): string {
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(moduleUrl)}, ${JSON.stringify(moduleUrl)}));`;
}

/** A fixed set of worker threads taking batches round-robin. */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (lines: JobOutput[]) => void; reject: (error: Error) => void }>();
  private seq = 0;

  constructor(size: number, setup: WorkerSetup) {
    const here = import.meta.url;
    const fromSources = here.endsWith('.ts');
    for (let i = 0; i < size; i++) {
      // Run from the TypeScript sources (inside this repository), the worker loads its module
      // through tsx with the source export condition; the published build needs neither.
      const worker = fromSources
        ? new Worker(sourceWorkerBootstrap(new URL('./analyze-worker.ts', here).href), {
            eval: true,
            workerData: setup,
            execArgv: sourceExecArgv(process.execArgv),
          })
        : new Worker(new URL('./analyze-worker.js', here), { workerData: setup });
      worker.on('message', (message: { seq: number; lines?: JobOutput[]; error?: string }) => {
        const waiter = this.waiting.get(message.seq);
        if (waiter === undefined) return;
        this.waiting.delete(message.seq);
        if (message.error !== undefined) waiter.reject(new Error(message.error));
        else waiter.resolve(message.lines ?? []);
      });
      worker.on('error', (error) => {
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      });
      this.workers.push(worker);
    }
  }

  run(jobs: AnalyzeJob[]): Promise<JobOutput[]> {
    const seq = this.seq++;
    const worker = this.workers[seq % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      worker.postMessage({ seq, jobs });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
