import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isRapportError } from '@rapport/core';
import { runAnalyze } from './analyze-command.js';
import { CHECK_FORMATS, runCheck } from './check-command.js';
import { loadConfig } from './config-file.js';
import { write, type CliIo } from './io.js';
import { UsageError } from './usage-error.js';

const USAGE = `Usage: rapport <command> [options]

Commands:
  check <files|dirs|globs...>   Lint replies (.txt, .md) and macro exports (.json)
  analyze --input <file|->      Analyze a JSONL batch; one JSON result per line on stdout

Options for check:
  -f, --format <name>     stylish (default), json or github
      --role <role>       agent (default) or customer
      --channel <name>    the channel the texts are for (chat, email, ...)
      --max-warnings <n>  exit 1 when there are more than n warnings

Options for analyze:
  -i, --input <file|->    JSONL input: {"id", "text", "role"?, "channel"?, "context"?} per line
      --now <iso>         reference time for resolving commitments ("by 3 pm tomorrow")
      --time-zone <iana>  time zone for resolving commitments
      --workers <n>       worker threads (default: 1, or one per core for inputs of 16 MB or more)

Common options:
  -c, --config <file>     configuration file (default: rapport.config.json, .rapportrc.json,
                          .rapportrc.yaml or .rapportrc.yml in the working directory)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 ok, 1 error-severity findings, 2 bad usage.
`;

function version(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Runs the `rapport` command line with `argv` (without the node and script paths) and returns
 * the exit code: 0 success, 1 findings of error severity, 2 bad usage.
 *
 * @example
 * ```ts
 * import { run } from '@rapport/cli';
 *
 * const code = await run(['check', 'replies/'], {
 *   stdin: process.stdin,
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   cwd: process.cwd(),
 *   env: process.env,
 * });
 * process.exitCode = code;
 * ```
 * @since 0.1.0
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      await write(io.stderr, `rapport: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (isRapportError(error)) {
      const where = error.ruleId === undefined ? '' : ` (rule ${error.ruleId})`;
      const paths = error.issues.map((i) => `  at ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
      await write(io.stderr, `rapport: ${error.code}${where}: ${error.message}\n${paths}${paths ? '\n' : ''}`);
      return 2;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    await write(io.stdout, USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    await write(io.stdout, `${version()}\n`);
    return 0;
  }
  if (command === 'check') {
    const { values, positionals } = parse(rest, {
      format: { type: 'string', short: 'f' },
      role: { type: 'string' },
      channel: { type: 'string' },
      'max-warnings': { type: 'string' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      await write(io.stdout, USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('check needs at least one file, directory or glob');
    const format = values.format ?? 'stylish';
    if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown --format ${JSON.stringify(format)}; use ${CHECK_FORMATS.join(', ')}`);
    }
    const role = parseRole(values.role);
    let maxWarnings: number | undefined;
    if (values['max-warnings'] !== undefined) {
      maxWarnings = Number(values['max-warnings']);
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number ≥ 0');
    }
    const config = await loadConfig(values.config, io.cwd);
    return runCheck(
      {
        operands: positionals,
        format: format as (typeof CHECK_FORMATS)[number],
        config,
        role,
        ...(values.channel === undefined ? {} : { channel: values.channel }),
        ...(maxWarnings === undefined ? {} : { maxWarnings }),
      },
      io,
    );
  }
  if (command === 'analyze') {
    const { values, positionals } = parse(rest, {
      input: { type: 'string', short: 'i' },
      config: { type: 'string', short: 'c' },
      now: { type: 'string' },
      'time-zone': { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      await write(io.stdout, USAGE);
      return 0;
    }
    let workers = 0;
    if (values.workers !== undefined) {
      workers = Number(values.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError('--workers takes a whole number from 1 to 64');
    }
    if (positionals.length > 0) throw new UsageError(`analyze takes no operands (got ${positionals.join(' ')}); use --input`);
    if (values.input === undefined) throw new UsageError('analyze needs --input <file.jsonl> or --input -');
    if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) throw new UsageError(`--now ${values.now} is not an ISO date-time`);
    const config = await loadConfig(values.config, io.cwd);
    const summary = await runAnalyze(
      {
        input: values.input,
        config,
        configPath: values.config,
        workers,
        ...(values.now === undefined ? {} : { now: values.now }),
        ...(values['time-zone'] === undefined ? {} : { timeZone: values['time-zone'] }),
      },
      io,
    );
    if (summary.skipped > 0) await write(io.stderr, `rapport: ${summary.analyzed} analyzed, ${summary.skipped} malformed line(s) skipped\n`);
    return 0;
  }
  throw new UsageError(`unknown command ${JSON.stringify(command)}`);
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse<T extends OptionSpec>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parseRole(value: string | undefined): 'agent' | 'customer' {
  if (value === undefined) return 'agent';
  if (value === 'agent' || value === 'customer') return value;
  throw new UsageError(`unknown --role ${JSON.stringify(value)}; use agent or customer`);
}
