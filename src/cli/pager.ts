import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Io } from './io.js';

/**
 * Commands whose output can run past a screen: on a terminal they print
 * through a pager, as git and gh do (issue 14, item 14). Never `browse` (it
 * owns the terminal), never a pipe.
 */
export const PAGED_COMMANDS: ReadonlySet<string> = new Set(['list', 'search', 'show', 'doc', 'docs', 'facets', 'trend', 'diff', 'help']);

export const DEFAULT_PAGER = 'less -FRX';

const onPath = (program: string, env: Io['env']): boolean =>
  (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, program)));

/**
 * The pager to run, or null: $DIRECTIVES_PAGER, else the config file's
 * `pager`, else $PAGER, else `less -FRX` when less is installed. An empty
 * value or `cat` means none, as for git.
 */
export function pagerCommand(env: Io['env'], configured: string | undefined): string | null {
  const chosen = [env.DIRECTIVES_PAGER, configured, env.PAGER].find((value) => value !== undefined);
  if (chosen !== undefined) return chosen.trim() === '' || chosen.trim() === 'cat' ? null : chosen;
  return onPath('less', env) ? DEFAULT_PAGER : null;
}

/** Whether this run pages: a paged command, stdout a terminal, and not turned off (`--no-pager`). */
export function wantsPager(command: string, io: Io, enabled: boolean): boolean {
  return enabled && PAGED_COMMANDS.has(command) && io.stdout.isTTY && io.startPager !== undefined;
}
