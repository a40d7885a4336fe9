/**
 * The only place that writes to stdout/stderr. Writes go through
 * `process.stdout.write` so a closed pipe (`| head`) surfaces as an EPIPE
 * error event that main.ts turns into a quiet exit 0.
 */
export function out(text: string): void {
  if (text === '') return;
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function stdoutIsTTY(): boolean {
  return process.stdout.isTTY === true;
}

/** The terminal's width; through a pipe (`--color always | less -R`) $COLUMNS, else 80. */
export function terminalColumns(): number {
  if (process.stdout.columns && process.stdout.columns > 0) return process.stdout.columns;
  const fromEnv = Number(process.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

/** Read all of standard input as bytes. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Write a long stream (an export of a million directives) without holding it
 * in memory: chunks are batched to ~64 KB and each write waits for the pipe to
 * drain. Stops quietly when the reader has gone (EPIPE, see main.ts).
 */
export async function writeStream(chunks: Iterable<string>): Promise<void> {
  const stdout = process.stdout;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '' || stdout.destroyed) return;
    const ok = stdout.write(buffer);
    buffer = '';
    if (!ok) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stdout.off('drain', done);
          stdout.off('close', done);
          resolve();
        };
        stdout.on('drain', done);
        stdout.on('close', done);
      });
    }
  };
  for (const chunk of chunks) {
    if (stdout.destroyed) return;
    buffer += chunk;
    if (buffer.length >= 65536) await flush();
  }
  await flush();
}

/** Progress for people: redrawn in place on a terminal's stderr, never sent down a pipe. */
export function progressLine(text: string | null): void {
  if (process.stderr.isTTY !== true) return;
  process.stderr.write(text === null ? '\r\x1b[K' : `\r\x1b[K${text}`);
}

export function stderrColumns(): number {
  return process.stderr.columns && process.stderr.columns > 0 ? process.stderr.columns : 80;
}
