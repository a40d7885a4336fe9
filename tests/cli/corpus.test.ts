import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL, ROOT } from '../helpers/paths.js';
import { totals } from '../helpers/corpus.js';
import { run } from '../helpers/cli.js';

const SEED = `${ROOT}data/guangdong-vocational-education-conference.txt`;
const EN = `${EVAL}corpus/en`;
const tmp = (): string => mkdtempSync(join(tmpdir(), 'directives-corpus-'));

async function newCorpus(): Promise<string> {
  const dir = join(tmp(), 'corpus');
  expect((await run(['init', dir])).code).toBe(0);
  return dir;
}

describe('a corpus you own', () => {
  it('init creates an empty corpus, and says so when run again', async () => {
    const dir = join(tmp(), 'c');
    expect(await run(['init', dir])).toMatchObject({ code: 0, stdout: `created an empty corpus in ${dir}\n` });
    expect((await run(['init', dir])).stdout).toMatch(/is already a corpus \(0 documents, 0 directives\)/);
  });

  it('add parses texts, skips a text already there, and the browse commands read it', async () => {
    const dir = await newCorpus();
    const first = await run(['add', '--corpus', dir, SEED]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^added 1 document \(9 directives\) to .* directives\/s\n$/);
    expect((await run(['add', '--corpus', dir, SEED])).stdout).toMatch(/^nothing to add: 1 text is already in /);
    const list = JSON.parse((await run(['list', '--corpus', dir, '--json'])).stdout) as { id: string }[];
    expect(list).toHaveLength(9);
    expect(JSON.parse((await run(['facets', '--corpus', dir, '--by', 'force', '--json'])).stdout)).toEqual([
      { value: 'necessary', count: 4 },
      { value: 'imperative', count: 2 },
      { value: 'must', count: 2 },
      { value: 'should', count: 1 },
    ]);
    const search = JSON.parse((await run(['search', '--corpus', dir, 'moral skils', '--json'])).stdout) as { id: string }[];
    expect(search[0]!.id).toBe('4192be01-4');
    expect((await run(['show', '--corpus', dir, '4192be01-4'])).stdout).toMatch(/cultivation of morality/);
    expect((await run(['show', '--corpus', dir, '4192be01-44'])).stderr).toMatch(/no directive 4192be01-44\nclosest: 4192be01-4/);
  });

  it('reads a folder recursively and front matter at the top of a text', async () => {
    const dir = await newCorpus();
    const inbox = tmp();
    mkdirSync(join(inbox, 'sub'));
    copyFileSync(SEED, join(inbox, 'sub', 'seed.txt'));
    writeFileSync(join(inbox, 'notice.txt'), '---\ntitle: A notice\ndate: 2024-01-22\nplace: Hangzhou\nsource-url: https://example.org/n\n---\nAll departments must report on time.\n');
    expect((await run(['add', '--corpus', dir, inbox])).stdout).toMatch(/^added 2 documents \(10 directives\)/);
    const docs = JSON.parse((await run(['docs', '--corpus', dir, '--json'])).stdout) as { title: string; date: string; place: string }[];
    expect(docs.find((d) => d.title === 'A notice')).toMatchObject({ date: '2024-01-22', place: 'Hangzhou' });
    expect(await run(['add', '--corpus', dir, '-'], { stdin: '---\ncolour: red\n---\nWe must act.\n' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown front matter key "colour"/) });
  });

  it('export and add of the export round-trip losslessly', async () => {
    const a = await newCorpus();
    await run(['add', '--corpus', a, SEED, `${EN}/22_gwr2009_agriculture-rural-incomes.txt`]);
    const exported = (await run(['export', '--corpus', a, '--json'])).stdout;
    const file = join(tmp(), 'export.json');
    writeFileSync(file, exported);
    const b = await newCorpus();
    expect((await run(['add', '--corpus', b, file])).code).toBe(0);
    expect((await run(['export', '--corpus', b, '--json'])).stdout).toBe(exported);
    expect(JSON.parse(exported)).toEqual(JSON.parse((await run(['export', '--corpus', file, '--json'])).stdout));
    const ndjson = (await run(['export', '--corpus', b, '--ndjson'])).stdout.trim().split('\n');
    expect(ndjson.filter((l) => l.startsWith('{"type":"document"'))).toHaveLength(2);
  });

  it('remove takes a document out; reparse parses the stored texts again', async () => {
    const dir = await newCorpus();
    await run(['add', '--corpus', dir, SEED, `${EN}/22_gwr2009_agriculture-rural-incomes.txt`]);
    const before = totals(dir);
    expect(await run(['remove', '--corpus', dir, '4192be'])).toMatchObject({ code: 0, stdout: 'removed 1 document: 4192be01\n' });
    expect(totals(dir).directives).toBe(before.directives - 9);
    expect(await run(['remove', '--corpus', dir, 'ffffffff'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no document ffffffff/) });
    const reparse = await run(['reparse', '--corpus', dir]);
    expect(reparse.code).toBe(0);
    expect(reparse.stdout).toMatch(/^reparsed 1 documents in .*: (\d+) → \1 directives\n$/);
  });

  it('refuses to write without a corpus folder, with one clear line', async () => {
    expect(await run(['add', SEED])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^directives: add needs a corpus folder/) });
    const notCorpus = tmp();
    expect(await run(['add', '--corpus', notCorpus, SEED])).toMatchObject({ code: 2, stderr: expect.stringMatching(/not a corpus folder/) });
  });
});
