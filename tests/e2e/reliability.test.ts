import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { Store } from '../../src/corpus/store.js';
import { osc52 } from '../../src/tui/clipboard.js';
import { syntheticItem } from '../helpers/items.js';
import { BIN, cleanEnv, ROOT, run } from '../helpers/run.js';

/** Issue 17, items 2, 10 and 12: output to a full disk, `remove ""`, names and ids that reach a terminal. */

const scratch = (name: string): string => mkdtempSync(join(tmpdir(), `directives-${name}-`));

function corpusFolder(documents: number): string {
  const dir = join(scratch('folder'), 'corpus');
  const store = Store.open(dir, { create: true });
  store.add(Array.from({ length: documents }, (_, i) => syntheticItem(`rel${i}`, 3)));
  store.close();
  return dir;
}

/** Run the binary with its standard output on `path` (/dev/full: every write fails with ENOSPC). */
function runTo(path: string, args: string[]): { stderr: string; code: number | null } {
  const fd = openSync(path, 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv({}), encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
    return { stderr: result.stderr, code: result.status };
  } finally {
    closeSync(fd);
  }
}

describe('output that cannot be written (issue 17, item 2)', () => {
  const full = existsSync('/dev/full');
  const text = join(scratch('full'), 'notice.txt');
  writeFileSync(text, 'All counties must publish their budgets on time.\n');
  const folder = corpusFolder(30);

  it.skipIf(!full).each([
    ['list --json', ['list', '--json']],
    ['export (built-in corpus)', ['export']],
    ['export (corpus folder, streamed)', ['export', '--corpus', folder]],
    ['parse --json', ['parse', text, '--json']],
    ['docs --tsv', ['docs', '--tsv']],
  ])('%s to /dev/full: one line and exit 5', (_name, args) => {
    expect(runTo('/dev/full', args)).toEqual({ stderr: 'directives: cannot write output: no space left on device\n', code: 5 });
  });

  it('a closed pipe is still a normal end', () => {
    const result = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} export --corpus ${JSON.stringify(folder)} | head -c 10 >/dev/null`], {
      env: cleanEnv({}),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('remove refuses what cannot name one document (issue 17, item 10)', () => {
  it.each([[''], ['   '], ['a'], ['abc']])('remove %j is a usage error and removes nothing', (query) => {
    const dir = corpusFolder(1);
    const result = run(['remove', '--corpus', dir, query]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/too short to name a document: give at least 4 characters/);
    const store = Store.open(dir, { readonly: true });
    expect(store.reads.totals().documents).toBe(1);
    store.close();
  });
});

describe('names and ids that reach a terminal (issue 17, item 12)', () => {
  it('init prints the folder name sanitised', () => {
    const dir = join(scratch('osc'), 'title\x1b]0;pwned\x07');
    const result = run(['init', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(result.stdout).toContain('title\\x1b]0;pwned\\x07');
  });

  it('y copies an id without raw control characters', () => {
    const sequence = osc52('abc\x1b]0;x\x07-1');
    const payload = Buffer.from(sequence.slice('\x1b]52;c;'.length, -1), 'base64').toString('utf8');
    expect(payload).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(payload).toBe('abc\\x1b]0;x\\x07-1');
  });

  it('an empty folder says what a corpus folder holds and how to make one', () => {
    const dir = scratch('empty');
    mkdirSync(join(dir, 'inner'));
    expect(() => loadCorpus(join(dir, 'inner'))).toThrow(/corpus\.sqlite.*directives init .*corpus\.json/);
  });
});

describe('directives check [--repair] (issue 17, item 7)', () => {
  it('says a sound corpus is sound (exit 0), a damaged one is not (exit 2), and repairs it', () => {
    const dir = corpusFolder(5);
    expect(run(['check', '--corpus', dir])).toMatchObject({ code: 0, stdout: expect.stringMatching(/5 documents, 15 directives; no problems found/) });
    const db = new Database(join(dir, 'corpus.sqlite'));
    db.exec("UPDATE directives SET actions = '[{\"verb\": 1}]' WHERE rid = 2; DROP TABLE fts;");
    db.close();
    const broken = run(['list', '--corpus', dir]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^directives: .*the corpus database is damaged .*directives check --corpus/);
    const check = run(['check', '--corpus', dir]);
    expect(check.code).toBe(2);
    expect(check.stdout).toMatch(/directive \w+-2: actions is not a list of \{verb, object\} strings/);
    expect(check.stdout).toMatch(/table fts is missing/);
    const repair = run(['check', '--repair', '--corpus', dir]);
    // one directive could not be saved: the corpus is sound again, and the exit code says something was lost
    expect(repair.code).toBe(2);
    expect(repair.stdout).toMatch(/could not be saved: 1 directive/);
    expect(repair.stdout).toMatch(/checked again: no problems found/);
    expect(run(['check', '--corpus', dir])).toMatchObject({ code: 0 });
    expect(run(['search', 'supervision', '--corpus', dir, '--json']).code).toBe(0);
  });

  it('checks a corpus JSON by loading it', () => {
    expect(run(['check'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/no problems found/) });
  });
});
