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
