import { spawnSync } from 'node:child_process';
import { openSync, closeSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const BIN = `${ROOT}bin/directives.js`;
const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

const MESSAGE = 'directives: browse needs an interactive terminal; use list or search in scripts\n';

describe('directives browse without a terminal', () => {
  it('exits 2 with one line when stdin is /dev/null', () => {
    const devNull = openSync('/dev/null', 'r');
    try {
      const result = spawnSync(process.execPath, [BIN, 'browse'], { cwd: ROOT, stdio: [devNull, 'pipe', 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(MESSAGE);
      expect(result.stdout).toBe('');
    } finally {
      closeSync(devNull);
    }
  });

  it('exits 2 the same way when only stdout is piped', () => {
    const result = spawnSync(process.execPath, [BIN, 'browse', 'moral', '--force', 'must'], { cwd: ROOT, input: '', encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(MESSAGE);
  });

  it.skipIf(!HAS_SCRIPT)('exits 2 when stdin is a terminal but stdout is not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'browse-e2e-'));
    try {
      const err = join(dir, 'stderr');
      const command = `'${process.execPath}' '${BIN}' browse > /dev/null 2> '${err}'; echo "exit=$?"`;
      const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', input: '' });
      expect(result.stdout).toContain('exit=2');
      expect(readFileSync(err, 'utf8')).toBe(MESSAGE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
