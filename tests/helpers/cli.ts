import type { Io, OutStream } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

export interface CliOptions {
  /** Standard input's bytes (empty when not given). */
  stdin?: string | Buffer;
  /** The environment, on top of a clean one (TERM=xterm-256color, no colour or corpus variables). */
  env?: Record<string, string>;
  /** stdin, stdout and stderr are all terminals, as in a person's shell. */
  tty?: boolean;
  /** The terminal's width when `tty` (default 100, as tests/helpers/run.ts's pseudo-terminal). */
  columns?: number;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in the order written, as a terminal shows them. */
  output: string;
  /** stdout's bytes as a process would write them (UTF-8), to check the encoding itself. */
  stdoutBytes: Buffer;
  stderrBytes: Buffer;
}

class MemoryStream implements OutStream {
  readonly chunks: Buffer[] = [];
  readonly closed = false;
  constructor(
    readonly isTTY: boolean,
    readonly columns: number | undefined,
    private readonly transcript: string[],
  ) {}

  write(text: string): boolean {
    this.chunks.push(Buffer.from(text, 'utf8'));
    this.transcript.push(text);
    return true;
  }

  drained(): Promise<void> {
    return Promise.resolve();
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** An Io held in memory: nothing reaches the real terminal, and there is no terminal for the browser to take over. */
export function memoryIo(options: CliOptions = {}): { io: Io; stdout: MemoryStream; stderr: MemoryStream; transcript: string[] } {
  const tty = options.tty === true;
  const columns = tty ? (options.columns ?? 100) : undefined;
  const transcript: string[] = [];
  const stdout = new MemoryStream(tty, columns, transcript);
  const stderr = new MemoryStream(tty, columns, transcript);
  const input = Buffer.from(options.stdin ?? '');
  const io: Io = {
    stdout,
    stderr,
    stdin: { isTTY: tty, read: () => Promise.resolve(input), readSync: () => input },
    env: { TERM: 'xterm-256color', ...options.env },
    terminal: null,
  };
  return { io, stdout, stderr, transcript };
}

/**
 * Run `directives ARGS` in this process through `runCli`, as the binary would
 * with stdout piped (or, with `tty`, on a terminal). Tests that need a real
 * process — signals, pipes that close, a pseudo-terminal — use tests/helpers/run.ts.
 */
export async function run(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const { io, stdout, stderr, transcript } = memoryIo(options);
  const code = await runCli(['node', 'directives', ...args], io);
  const [stdoutBytes, stderrBytes] = [stdout.bytes(), stderr.bytes()];
  return { code, stdout: stdoutBytes.toString('utf8'), stderr: stderrBytes.toString('utf8'), output: transcript.join(''), stdoutBytes, stderrBytes };
}
