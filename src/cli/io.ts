import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { OutputError } from '../errors.js';
import type { BrowserStreams } from '../tui/index.js';

/**
 * Where a command's output goes: one text stream, as gh's IOStreams. `write`
 * returns false when the reader is behind; `drained` resolves when it has caught
 * up (or gone away). `closed` turns true when the reader has gone (`| head`).
 */
export interface OutStream {
  write(text: string): boolean;
  drained(): Promise<void>;
  readonly closed: boolean;
  readonly isTTY: boolean;
  /** The terminal's width, when it is one. */
  readonly columns: number | undefined;
}

/**
 * Everything a command may touch outside the corpus: its streams, whether they
 * are terminals, the environment. `runCli` takes one; `processIo()` is the real
 * process, tests pass one held in memory (tests/helpers/cli.ts).
 */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: {
    readonly isTTY: boolean;
    read(): Promise<Uint8Array>;
    /** For the synchronous readers of `add`, which read standard input only when they reach `-`. */
    readSync(): Uint8Array;
  };
  /** The environment the colour decision and the corpus default read. */
  env: Readonly<Record<string, string | undefined>>;
  /** The process's own terminal streams for the full-screen browser; null when there is none to take over. */
  terminal: BrowserStreams | null;
  /** Start a pager (a shell command) reading what would go to stdout; absent where there is no process to spawn it from (tests). */
  startPager?: (command: string) => Pager;
}

/** A pager's input standing in for stdout; `close` ends it and waits until the person has quit it. */
export interface Pager {
  stdout: OutStream;
  close(): Promise<void>;
}

/** Print one line (a trailing newline is added when missing); nothing for ''. */
export function out(io: Io, text: string): void {
  if (text === '' || io.stdout.closed) return;
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function err(io: Io, text: string): void {
  io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** The terminal's width; through a pipe (`--color always | less -R`) $COLUMNS, else 80. */
export function terminalColumns(io: Io): number {
  const columns = io.stdout.columns;
  if (columns !== undefined && columns > 0) return columns;
  const fromEnv = Number(io.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

export function stderrColumns(io: Io): number {
  const columns = io.stderr.columns;
  return columns !== undefined && columns > 0 ? columns : 80;
}

/**
 * Write a long stream (an export of a million directives) without holding it
 * in memory: chunks are batched to ~64 KB and each write waits for the pipe to
 * drain. Stops quietly when the reader has gone.
 */
export async function writeStream(io: Io, chunks: Iterable<string>): Promise<void> {
  const { stdout } = io;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '' || stdout.closed) return;
    const ok = stdout.write(buffer);
    buffer = '';
    if (!ok) await stdout.drained();
  };
  for (const chunk of chunks) {
    if (stdout.closed) return;
    buffer += chunk;
    if (buffer.length >= 65536) await flush();
  }
  await flush();
}

/** Progress for people: redrawn in place on a terminal's stderr, never sent down a pipe. */
export function progressLine(io: Io, text: string | null): void {
  if (!io.stderr.isTTY) return;
  io.stderr.write(text === null ? '\r\x1b[K' : `\r\x1b[K${text}`);
}

function processStream(stream: NodeJS.WriteStream): OutStream {
  return {
    write: (text) => stream.write(text),
    drained: () =>
      new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
      }),
    get closed() {
      return stream.destroyed;
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns;
    },
  };
}

let outputFailure: OutputError | null = null;

/** Whether writing to the process's stdout failed (other than a closed pipe): the run's output is incomplete. */
export function outputFailed(): boolean {
  return outputFailure !== null;
}

/**
 * A pager as git and gh run one: through the shell (PAGER may hold options),
 * reading our output on its stdin, drawing on our terminal. It stands in for
 * a terminal (isTTY, the terminal's width) so tables and colour are chosen as
 * for one; quitting it early (`q`) closes its input, which ends our output
 * quietly as `| head` does. LESS defaults to FRX as git sets it: quit when it
 * fits one screen, keep colours, leave the text on the screen.
 */
function processPager(command: string): Pager {
  const env = { ...process.env, LESS: process.env.LESS ?? 'FRX', LV: process.env.LV ?? '-c' };
  const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env });
  const exited = new Promise<void>((resolve) => {
    child.on('close', () => resolve());
    child.on('error', () => resolve());
  });
  const input = child.stdin;
  input.on('error', () => input.destroy());
  const stream = processStream(input as unknown as NodeJS.WriteStream);
  return {
    stdout: {
      write: (text) => stream.write(text),
      drained: () => stream.drained(),
      get closed() {
        return stream.closed;
      },
      isTTY: true,
      get columns() {
        return process.stdout.columns;
      },
    },
    close: async () => {
      if (!input.destroyed) input.end();
      await exited;
    },
  };
}

/**
 * The real process: the only place in the program that touches
 * process.stdout, process.stderr and process.stdin. A closed pipe (`directives
 * list | head -1`) surfaces as an EPIPE error event; that is a normal end, so
 * the stream is closed quietly and further writes are dropped.
 */
export function processIo(): Io {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // a closed pipe is a normal end; anything else (a full disk, /dev/full) means the output is
    // incomplete: said once, in one line, and the exit code says so (issue 17)
    if (error.code !== 'EPIPE' && outputFailure === null && error.code !== 'ERR_STREAM_DESTROYED') {
      outputFailure = new OutputError(error.code);
      process.stderr.write(`directives: ${outputFailure.message}\n`);
      // the error may come after the command's code was set: it wins
      process.exitCode = outputFailure.exitCode;
    }
    process.stdout.destroy();
  });
  return {
    stdout: processStream(process.stdout),
    stderr: processStream(process.stderr),
    stdin: {
      get isTTY() {
        return process.stdin.isTTY === true;
      },
      read: async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      },
      readSync: () => readFileSync(0),
    },
    env: process.env,
    terminal: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
    startPager: processPager,
  };
}
