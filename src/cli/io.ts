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

export function terminalColumns(): number {
  return process.stdout.columns && process.stdout.columns > 0 ? process.stdout.columns : 80;
}

/** Read all of standard input as bytes. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
