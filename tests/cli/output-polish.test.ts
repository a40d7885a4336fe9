import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/delimited.js';
import { run } from '../helpers/cli.js';
import { ANSI, FIXTURE } from '../helpers/run.js';

/** Issue 14, items 9–11 and 13: colour is not layout, every command prints for scripts alike, CSV is safe to open. */

const withFixture = (...args: string[]): string[] => ['--corpus', FIXTURE, ...args];
const strip = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('colour never changes the format (item 9)', () => {
  it('--color always through a pipe is the same TSV, coloured', async () => {
    const plain = await run(withFixture('list'));
    const coloured = await run(withFixture('--color', 'always', 'list'));
    expect(coloured.stdout).toMatch(ANSI);
    expect(strip(coloured.stdout)).toBe(plain.stdout);
    expect(plain.stdout.split('\n')[0]!.split('\t')).toHaveLength(5);
  });

  it('FORCE_COLOR=1 through a pipe is honoured, in the same format', async () => {
    const forced = await run(withFixture('list'), { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
    expect(strip(forced.stdout)).toBe((await run(withFixture('list'))).stdout);
  });

  it('a table through a pipe only when asked for with --table', async () => {
    const table = await run(withFixture('--color', 'always', 'list', '--table'));
    expect(strip(table.stdout).split('\n')[0]).toMatch(/^ID\s+DOC\s+DATE\s+FORCE/);
    expect((await run(withFixture('--color', 'always', 'facets', '--by', 'force'))).stdout).toMatch(/^\d+\t/);
    expect((await run(withFixture('facets', '--by', 'force', '--chart'))).stdout).toContain('█');
  });
});

describe('facets for scripts and people (item 10)', () => {
  it('--csv has a header and a row per value', async () => {
    const r = await run(withFixture('facets', '--by', 'force', '--csv'));
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('count,value');
    expect(lines[1]).toMatch(/^\d+,[a-z-]+$/);
  });

  it('--by doc shows titles: in the chart, piped, in JSON and CSV', async () => {
    const title = 'State Council executive meeting on water conservancy';
    expect((await run(withFixture('facets', '--by', 'doc'), { tty: true, columns: 160 })).stdout).toContain(`aa11bb22  ${title}`);
    expect((await run(withFixture('facets', '--by', 'doc'))).stdout).toMatch(new RegExp(`^\\d+\\taa11bb22\\t${title}$`, 'm'));
    const json = JSON.parse((await run(withFixture('facets', '--by', 'doc', '--json'))).stdout) as Array<{ value: string; title: string }>;
    expect(json.find((c) => c.value === 'aa11bb22')!.title).toBe(title);
    expect((await run(withFixture('facets', '--by', 'doc', '--csv'))).stdout.split('\r\n')[0]).toBe('count,value,title');
  });

  it('--top n counts values only: "(none)" comes beside them', async () => {
    const all = JSON.parse((await run(withFixture('facets', '--by', 'addressee', '--json'))).stdout) as Array<{ value: string | null }>;
    expect(all.some((c) => c.value === null)).toBe(true);
    const top = JSON.parse((await run(withFixture('facets', '--by', 'addressee', '--top', '2', '--json'))).stdout) as Array<{ value: string | null }>;
    expect(top.filter((c) => c.value !== null)).toHaveLength(2);
    expect(top.at(-1)!.value).toBeNull();
  });
});

describe('parse prints TSV when piped, as the others do (item 10)', () => {
  it('TSV lines, --fields and --csv; JSON only with --json', async () => {
    const text = 'The meeting stressed that local governments must strengthen flood control.';
    const tsv = await run(['parse', '-', '--date', '2024-01-22'], { stdin: text });
    expect(tsv.code).toBe(0);
    expect(tsv.stdout.split('\n')[0]!.split('\t')[1]).toBe('must');
    const fields = await run(['parse', '-', '--fields', 'force,addressee'], { stdin: text });
    expect(fields.stdout).toBe('must\tlocal governments\n');
    const csv = await run(['parse', '-', '--csv', '--fields', 'force,addressee'], { stdin: text });
    expect(csv.stdout).toBe('force,addressee\r\nmust,local governments\r\n');
    expect(JSON.parse((await run(['parse', '-', '--json'], { stdin: text })).stdout)).toHaveProperty('directives');
  });
});

describe('list shows document and date; TSV can have a header (item 11)', () => {
  it('the table has doc and date columns; TSV keeps its columns, --header names them', async () => {
    const table = await run(withFixture('list'), { tty: true, columns: 160, env: { NO_COLOR: '1' } });
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+DOC\s+DATE\s+FORCE\s+REPORTING\s+ADDRESSEE\s+TEXT$/);
    expect(table.stdout).toMatch(/aa11bb22-1\s+aa11bb22\s+2022-03-15/);
    const header = await run(withFixture('list', '--header', '--fields', 'id,doc,date'));
    expect(header.stdout.split('\n').slice(0, 2)).toEqual(['id\tdoc\tdate', 'aa11bb22-1\taa11bb22\t2022-03-15']);
    expect((await run(withFixture('docs', '--header', '--fields', 'id,date'))).stdout.split('\n')[0]).toBe('id\tdate');
  });
});

describe('CSV formula injection (item 13, OWASP "CSV Injection")', () => {
  it('cells starting with = + - @ tab or CR get an apostrophe and quotes; plain numbers stay', () => {
    const csv = renderCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [['=1+2', '+cmd', '-2+3', '@SUM(A1)', '\tx', '-1.5', 'safe']]);
    expect(csv.split('\r\n')[1]).toBe(`"'=1+2","'+cmd","'-2+3","'@SUM(A1)","'\tx",-1.5,safe`);
    expect(renderCsv(['a'], [['\rx']]).split('\r\n')[1]!.startsWith(`"'`)).toBe(true);
  });

  it('list --csv defuses a directive text a spreadsheet would run', async () => {
    const text = '=HYPERLINK("http://evil.example","click") local governments must report.';
    const corpus = await run(['parse', '-', '--json'], { stdin: text });
    const path = join(mkdtempSync(join(tmpdir(), 'directives-csv-')), 'c.json');
    writeFileSync(path, corpus.stdout);
    const r = await run(['--corpus', path, 'list', '--csv', '--fields', 'text']);
    expect(r.stdout.split('\r\n')[1]!.startsWith(`"'=HYPERLINK(`)).toBe(true);
  });
});
