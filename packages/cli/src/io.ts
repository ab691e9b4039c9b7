import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes; the real process streams, or captured ones in tests. */
export interface CliIo {
  /** Standard input (for `--input -`). */
  readonly stdin: Readable;
  /** Standard output: results. */
  readonly stdout: Writable & { isTTY?: boolean };
  /** Standard error: diagnostics and the progress bar. */
  readonly stderr: Writable & { isTTY?: boolean };
  /** Working directory that relative paths resolve against. */
  readonly cwd: string;
  /** Environment (`NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Whether to colour output written to `stream`: a TTY without NO_COLOR, or FORCE_COLOR set. */
export function useColor(io: CliIo, stream: CliIo['stdout']): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Writes and waits for the stream to drain when its buffer is full (constant memory). */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        stream.off('error', fail);
        resolve();
      };
      const fail = (error: Error) => {
        stream.off('drain', done);
        reject(error);
      };
      stream.once('drain', done);
      stream.once('error', fail);
    });
  }
}
