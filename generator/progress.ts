/**
 * Progress of a long run, as text for the CLI to print on stderr: on a terminal, one bar redrawn
 * in place (at most every 100 ms); elsewhere (CI logs), a plain line every few seconds. The
 * library never prints: the caller passes `write`, and `clock` for tests.
 */
export interface ProgressOptions {
  readonly tty: boolean;
  readonly write: (text: string) => void;
  readonly label: string;
  readonly clock?: () => number;
  /** Terminal width for the bar (default 80). */
  readonly columns?: number;
  /** Milliseconds between plain lines (default 5000). */
  readonly every?: number;
}

export class Progress {
  private readonly start: number;
  private last = -Infinity;
  private drawn = false;

  constructor(private readonly options: ProgressOptions) {
    this.start = this.now();
    // a bar shows at once; a plain line only once the run has taken `every` ms
    this.last = options.tty ? -Infinity : this.start;
  }

  private now(): number {
    return (this.options.clock ?? (() => performance.now()))();
  }

  /** Seconds since the start, one decimal. */
  elapsed(): string {
    return ((this.now() - this.start) / 1000).toFixed(1);
  }

  update(done: number, total: number): void {
    const now = this.now();
    const finished = done >= total;
    if (this.options.tty) {
      if (!finished && now - this.last < 100) return;
      this.last = now;
      const text = `${this.options.label} ${done}/${total} ${this.elapsed()} s`;
      const width = Math.max(10, (this.options.columns ?? 80) - text.length - 4);
      const filled = total === 0 ? width : Math.round((done / total) * width);
      this.options.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`);
      this.drawn = true;
      return;
    }
    if (finished || now - this.last < (this.options.every ?? 5000)) return;
    this.last = now;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    this.options.write(`${this.options.label}: ${done}/${total} (${percent}%) ${this.elapsed()} s\n`);
  }

  /** Clears the bar (before other output on the terminal, and at the end). */
  clear(): void {
    if (!this.drawn) return;
    this.options.write('\r\x1b[K');
    this.drawn = false;
  }
}
