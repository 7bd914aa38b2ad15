/**
 * A progress bar on stderr: only on a TTY, only for more than a handful of files, never in CI.
 * It fits the terminal: the line is cut to stderr.columns, counting CJK characters as two columns,
 * so it never wraps (a wrapped line would leave a trail of bars).
 */
import { displayWidth } from '../format/util.js';
import { errStream, isTerminal } from './io.js';

/** The longest tail of `s` that fits `width` columns, with a leading … when cut. */
export function fitTail(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 1) return width === 1 ? '…' : '';
  const chars = [...s];
  let w = 1;
  let i = chars.length;
  while (i > 0 && w + displayWidth(chars[i - 1]!) <= width) w += displayWidth(chars[--i]!);
  return '…' + chars.slice(i).join('');
}

export function progressLine(n: number, total: number, file: string, columns: number): string {
  const count = `${n}/${total}`;
  // bar between 10 and 24 cells, leaving at least 12 columns for the name when there is room
  const bar = Math.max(10, Math.min(24, columns - count.length - 4 - 12));
  const filled = Math.round((n / total) * bar);
  const head = `[${'█'.repeat(filled)}${'░'.repeat(bar - filled)}] ${count}`;
  // one column spare: writing into the last column makes some terminals wrap
  const room = columns - 1 - displayWidth(head) - 1;
  if (room <= 0) return fitTail(head, columns - 1);
  return `${head} ${fitTail(file, room)}`;
}

export class Progress {
  private n = 0;
  private readonly on: boolean;

  constructor(private readonly total: number) {
    this.on = total > 5 && isTerminal(2) && !process.env.CI;
  }

  tick(file: string): void {
    this.n++;
    if (!this.on) return;
    const columns = errStream().columns || 80;
    errStream().write(`\r${progressLine(this.n, this.total, file, columns)}\x1b[K`);
  }

  done(): void {
    if (this.on) errStream().write('\r\x1b[K');
  }
}
