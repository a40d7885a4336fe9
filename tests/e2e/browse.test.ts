import { spawnSync } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const BIN = `${ROOT}bin/directives.js`;

const MESSAGE = 'directives: browse needs an interactive terminal; use list or search in scripts\n';

// `setsid`: no controlling terminal either, so there is no /dev/tty to fall back on (issue 15.7).
const HAS_SETSID = spawnSync('setsid', ['--version'], { encoding: 'utf8' }).status === 0;
const detached = (args: string[]): [string, string[]] => (HAS_SETSID ? ['setsid', ['-w', process.execPath, ...args]] : [process.execPath, args]);

describe('directives browse without a terminal', () => {
  it('exits 2 with one line when stdin is /dev/null', () => {
    const devNull = openSync('/dev/null', 'r');
    try {
      const result = spawnSync(...detached([BIN, 'browse']), { cwd: ROOT, stdio: [devNull, 'pipe', 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(MESSAGE);
      expect(result.stdout).toBe('');
    } finally {
      closeSync(devNull);
    }
  });

  it('exits 2 the same way when stdout is piped and there is no terminal to draw on', () => {
    const result = spawnSync(...detached([BIN, 'browse', 'moral', '--force', 'must']), { cwd: ROOT, input: '', encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(MESSAGE);
  });

  // With a terminal, a captured stdout is how ids come out (id=$(directives browse)): see browse-tmux.test.ts.
});
