/** A progress bar on stderr: only on a TTY, only for more than a handful of files, never in CI. */
export class Progress {
  private n = 0;
  private readonly on: boolean;

  constructor(private readonly total: number) {
    this.on = total > 5 && process.stderr.isTTY === true && !process.env.CI;
  }

  tick(file: string): void {
    this.n++;
    if (!this.on) return;
    const width = 24;
    const filled = Math.round((this.n / this.total) * width);
    const name = file.length > 40 ? '…' + file.slice(-39) : file;
    process.stderr.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${this.n}/${this.total} ${name}\x1b[K`);
  }

  done(): void {
    if (this.on) process.stderr.write('\r\x1b[K');
  }
}
