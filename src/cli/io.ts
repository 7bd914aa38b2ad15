/**
 * The CLI's output: every line it prints goes through here.
 *
 * Text is written to file descriptors 1 and 2 with fs.writeSync, not through process.stdout and
 * process.stderr: for a pipe those objects are sockets whose modules (net, stream wrappers, tty)
 * cost about 2 ms of a one-file run's 90 (npm run bench, cold start), and a one-file check needs
 * none of them. Order is kept: until a stream is created every write is synchronous, and after it
 * (a terminal's progress line, or a descriptor that refuses a blocking write) that descriptor's
 * writes all go through the stream, which on Linux writes pipes, files and terminals synchronously.
 *
 * A reader that stops early (`| head`) closes the pipe: the rest is not wanted, so the run stops
 * quietly with exit code 0, as Unix tools do, instead of an EPIPE error.
 */
import { writeSync } from 'node:fs';

type Fd = 1 | 2;

const streams: { [fd in Fd]?: NodeJS.WriteStream } = {};

/** The process's stream for `fd`, created at most once, stopping quietly when its reader has gone. */
function stream(fd: Fd): NodeJS.WriteStream {
  let s = streams[fd];
  if (!s) {
    s = fd === 1 ? process.stdout : process.stderr;
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
    streams[fd] = s;
  }
  return s;
}

function write(fd: Fd, text: string): void {
  if (text === '') return;
  const s = streams[fd];
  if (s) {
    s.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  try {
    // a pipe may take less than all at once
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') process.exit(0);
    // a descriptor set non-blocking by whoever opened it: its stream waits for it to take the rest
    if (code === 'EAGAIN') stream(fd).write(bytes.subarray(at));
    else throw e;
  }
}

/** Print to standard output. */
export function writeOut(text: string): void {
  write(1, text);
}

/** Print to standard error. */
export function writeErr(text: string): void {
  write(2, text);
}

/** Standard error as a stream, for what redraws a terminal line (the progress line). */
export function errStream(): NodeJS.WriteStream {
  return stream(2);
}

/**
 * Whether standard output or error is a terminal. Asked only where it matters (colour, the
 * progress line): the tty module loads the socket modules a one-file run otherwise does without.
 */
export function isTerminal(fd: Fd): boolean {
  const s = streams[fd];
  if (s) return s.isTTY === true;
  return process.getBuiltinModule('node:tty').isatty(fd);
}
