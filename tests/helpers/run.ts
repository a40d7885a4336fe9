import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Run the built binary the way a user does, without a terminal. */
export function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, DIRECTIVES_CORPUS: undefined };
  Object.assign(env, options.env ?? {});
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [`${ROOT}bin/directives.js`, ...args], {
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
