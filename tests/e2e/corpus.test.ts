import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL, ROOT } from '../helpers/paths.js';
import { expectOldOrNew, totals } from '../helpers/corpus.js';
import { BIN, run } from '../helpers/run.js';

const SEED = `${ROOT}data/guangdong-vocational-education-conference.txt`;
const EN = `${EVAL}corpus/en`;
const tmp = (): string => mkdtempSync(join(tmpdir(), 'directives-corpus-'));

function newCorpus(): string {
  const dir = join(tmp(), 'corpus');
  expect(run(['init', dir]).code).toBe(0);
  return dir;
}

// The corpus commands in process are tests/cli/corpus.test.ts; these need real processes: two at once, and SIGKILL.
describe('a corpus you own, under concurrent and killed writers', () => {
  it('two adds at once both land (the second waits for the first)', async () => {
    const dir = newCorpus();
    const add = (file: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'add', '--corpus', dir, file], { stdio: 'ignore' });
        child.on('exit', resolve);
      });
    const codes = await Promise.all([add(EN), add(SEED)]);
    expect(codes).toEqual([0, 0]);
    const t = totals(dir);
    expect(t.documents).toBe(23);
    expect(t.integrity).toBe('ok');
  });

  it('survives SIGKILL at random points of an add: the corpus holds the old state or the new, never half', async () => {
    const dir = newCorpus();
    run(['add', '--corpus', dir, SEED]);
    const old = totals(dir);
    const seen = new Set<string>();
    // twelve kills spread over the add's life (reading, parsing, the transaction); more only add minutes on a busy machine
    for (let i = 0; i < 12; i++) {
      const child = spawn(process.execPath, [BIN, 'add', '--corpus', dir, EN], { stdio: 'ignore' });
      // listen before waiting: an add that finishes before its kill has already exited by then
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const delay = 60 + ((i * 157) % 1200);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      seen.add(expectOldOrNew(dir, old, 22, '4192be01'));
    }
    expect(seen.has('old')).toBe(true);
  }, 300_000);
});
