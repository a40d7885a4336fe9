import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { EVAL } from '../helpers/paths.js';
import { FIXTURE } from '../helpers/run.js';

/** Issue 14, items 1–4: search finds what it should and says how much it found. */

const withFixture = (...args: string[]): string[] => ['--corpus', FIXTURE, ...args];
const ZH = [`${EVAL}corpus/zh/01_gwr2018_三大攻坚战.txt`, `${EVAL}corpus/zh/06_xwlb_20240730.txt`];

describe('a Chinese query finds the same in a corpus folder as in its corpus JSON (item 1)', () => {
  let folder = '';
  let json = '';
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-search-'));
    folder = join(dir, 'corpus');
    json = join(dir, 'corpus.json');
    expect((await run(['init', folder])).code).toBe(0);
    expect((await run(['add', '--corpus', folder, ...ZH])).code).toBe(0);
    const exported = await run(['export', '--corpus', folder]);
    writeFileSync(json, exported.stdout);
  });

  for (const query of ['党', '要', '经济', '发展']) {
    it(`search ${query}`, async () => {
      const fromFolder = await run(['search', '--corpus', folder, query, '--fields', 'id']);
      const fromJson = await run(['search', '--corpus', json, query, '--fields', 'id']);
      expect(fromFolder.stdout.split('\n').length).toBeGreaterThan(1);
      expect(fromFolder.stdout).toBe(fromJson.stdout);
    });
  }
});

describe('the title is searched only when asked for (item 2)', () => {
  it('a word only in a title finds nothing by default', async () => {
    expect((await run(withFixture('search', 'conservancy'))).code).toBe(1);
  });

  it('--in …,title finds it and marks the hits as title hits', async () => {
    const r = await run(withFixture('search', 'conservancy', '--in', 'text,actions,title'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.split('\t').at(-1)).toBe('title');
  });

  it('--in with an unknown field is a usage error', async () => {
    const r = await run(withFixture('search', 'water', '--in', 'text,body'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--in: unknown field "body"/);
  });
});

describe('honest counts (item 3)', () => {
  it('--count prints the number of matches, the same as the JSON holds', async () => {
    const all = JSON.parse((await run(withFixture('search', 'water', '--json'))).stdout) as unknown[];
    expect(all.length).toBeGreaterThan(2);
    expect(await run(withFixture('search', 'water', '--count'))).toMatchObject({ code: 0, stdout: `${all.length}\n` });
    expect(await run(withFixture('search', 'zzzzqqq', '--count'))).toMatchObject({ code: 1, stdout: '0\n' });
  });

  it('on a terminal, a cut-off list says so on stderr; piped it does not', async () => {
    const total = JSON.parse((await run(withFixture('search', 'water', '--json'))).stdout) as unknown[];
    const tty = await run(withFixture('search', 'water', '--limit', '2'), { tty: true });
    expect(tty.stderr).toBe(`showing 2 of ${total.length} (use --limit)\n`);
    const piped = await run(withFixture('search', 'water', '--limit', '2'));
    expect(piped.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(piped.stderr).toBe('');
    expect((await run(withFixture('search', 'water'), { tty: true })).stderr).toBe('');
  });
});

describe('relevance: higher is better (item 4)', () => {
  it('the best hit comes first with the highest relevance, at most 1', async () => {
    const hits = JSON.parse((await run(withFixture('search', 'irigation', '--json'))).stdout) as Array<{ relevance: number; score?: number }>;
    expect(hits[0]!.score).toBeUndefined();
    expect(hits[0]!.relevance).toBeLessThanOrEqual(1);
    for (const hit of hits.slice(1)) expect(hit.relevance).toBeLessThanOrEqual(hits[0]!.relevance);
    const tsv = (await run(withFixture('search', "'dredging", '--fields', 'relevance'))).stdout.trim();
    expect(Number(tsv)).toBeGreaterThan(0.9);
  });
});

describe('list counts too (item 3)', () => {
  it('--count, and "showing N of M" on a terminal when --limit cuts', async () => {
    const all = JSON.parse((await run(withFixture('list', '--json'))).stdout) as unknown[];
    expect(await run(withFixture('list', '--count'))).toMatchObject({ code: 0, stdout: `${all.length}\n` });
    expect(await run(withFixture('list', '--count', '--force', 'must', '--lang', 'zh', '--doc', 'aa11'))).toMatchObject({ code: 1, stdout: '0\n' });
    expect((await run(withFixture('list', '--limit', '2'), { tty: true })).stderr).toBe(`showing 2 of ${all.length} (use --limit)\n`);
    expect((await run(withFixture('list', '--limit', '2'))).stderr).toBe('');
  });
});
