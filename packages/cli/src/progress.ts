import type { Writable } from 'node:stream';

/**
 * A one-line progress bar on a TTY: lines done, bytes read (as a bar when the total is known),
 * throughput. Redraws at most every 100 ms; `done()` clears the line.
 */
export class ProgressBar {
  private last = 0;
  private readonly started = Date.now();

  constructor(
    private readonly stream: Writable,
    private readonly totalBytes: number | undefined,
  ) {}

  update(lines: number, bytes: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = Math.round(lines / seconds);
    let bar = '';
    if (this.totalBytes !== undefined && this.totalBytes > 0) {
      const share = Math.min(1, bytes / this.totalBytes);
      const width = 24;
      const filled = Math.round(share * width);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% `;
    }
    this.stream.write(`\r\u001b[2K${bar}${lines.toLocaleString('en-US')} messages, ${rate.toLocaleString('en-US')}/s`);
  }

  done(): void {
    this.stream.write('\r\u001b[2K');
  }
}
