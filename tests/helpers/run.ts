import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT } from './paths.js';

export { ROOT };
export const BIN = fileURLToPath(new URL('../../bin/directives.js', import.meta.url));
export const FIXTURE = fileURLToPath(new URL('../fixtures/corpus.json', import.meta.url));

export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** An environment free of the colour variables the test runner or CI may set. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'DIRECTIVES_CORPUS', 'COLUMNS', 'PAGER', 'DIRECTIVES_PAGER', 'LESS']) delete env[name];
  env.TERM = 'xterm-256color';
  // a terminal run must not wait in less for a key; tests of the pager set their own
  env.PAGER = 'cat';
  // nor read the config file of whoever runs the tests
  env.XDG_CONFIG_HOME = '/nonexistent/directives-tests';
  return { ...env, ...extra };
}

/** Run the built binary with stdout piped, as a script would; `input` feeds its stdin. */
export function run(args: string[], env: Record<string, string> = {}, input: string | Buffer = ''): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(env), encoding: 'utf8', input, maxBuffer: 1 << 28 });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** The built binary started without waiting for it (several at once: concurrent writers); resolves when it ends. */
export function start(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv({}) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

export const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Run the binary on a pseudo-terminal (util-linux `script`), as a person
 * would; stdout and stderr arrive mixed, lines end in CRLF.
 */
export function runInTerminal(args: string[], env: Record<string, string> = {}, columns = 100): Run {
  const command = `stty cols ${columns} 2>/dev/null; ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: cleanEnv(env), encoding: 'utf8' });
  return { stdout: result.stdout.replace(/\r\n/g, '\n'), stderr: result.stderr, code: result.status };
}

export const ANSI = /\x1b\[[0-9;]*m/;
