import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { FIXTURE } from '../helpers/run.js';

/** Issue 14, items 5 and 7: repeated filters accumulate, enum values take any case, an unknown document is an error. */

const withFixture = (...args: string[]): string[] => ['--corpus', FIXTURE, ...args];
const ids = async (...args: string[]): Promise<string[]> => {
  const r = await run(withFixture(...args, '--fields', 'id'));
  return r.stdout.split('\n').filter(Boolean);
};
const docsOf = (list: string[]): string[] => [...new Set(list.map((id) => id.split('-')[0]!))];

describe('repeated filters keep what matches any of them (item 5)', () => {
  it('--doc a --doc b lists both documents', async () => {
    expect(docsOf(await ids('list', '--doc', 'aa11'))).toEqual(['aa11bb22']);
    expect(docsOf(await ids('list', '--doc', 'aa11', '--doc', 'ee55'))).toEqual(['aa11bb22', 'ee55ff66']);
  });

  it('--addressee a --addressee b, --issuer, --theme and --lang accumulate too', async () => {
    const banks = await ids('list', '--addressee', 'banks');
    const counties = await ids('list', '--addressee', 'counties');
    expect((await ids('list', '--addressee', 'banks', '--addressee', 'counties')).sort()).toEqual([...banks, ...counties].sort());
    expect(docsOf(await ids('list', '--lang', 'en', '--lang', 'zh'))).toEqual(['aa11bb22', 'cc33dd44', 'ee55ff66']);
    const both = await ids('list', '--issuer', 'the meeting', '--issuer', '会议');
    expect(both.length).toBe((await ids('list', '--issuer', 'the meeting')).length + (await ids('list', '--issuer', '会议')).length);
  });

  it('search and facets take the same repeated filters', async () => {
    const r = await run(withFixture('facets', '--by', 'doc', '--doc', 'aa11', '--doc', 'cc33', '--json'));
    expect((JSON.parse(r.stdout) as Array<{ value: string }>).map((c) => c.value).sort()).toEqual(['aa11bb22', 'cc33dd44']);
  });
});

describe('enum values in any case (item 5)', () => {
  it('--force Must, --min-force SHOULD and --lang EN are accepted', async () => {
    expect(await ids('list', '--force', 'Must')).toEqual(await ids('list', '--force', 'must'));
    expect(await ids('list', '--min-force', 'SHOULD')).toEqual(await ids('list', '--min-force', 'should'));
    expect(await ids('list', '--lang', 'EN')).toEqual(await ids('list', '--lang', 'en'));
    expect((await ids('list', '--force', 'Must,SHOULD')).length).toBeGreaterThan((await ids('list', '--force', 'must')).length);
  });

  it('a value outside the table is still a usage error naming the valid ones', async () => {
    const r = await run(withFixture('list', '--force', 'mustt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"mustt" is not a force\. Valid: must, must-not/);
    expect((await run(withFixture('list', '--lang', 'fr'))).code).toBe(2);
  });
});

describe('unknown documents and empty results (item 7)', () => {
  it('list --doc nonexistent exits 2 and names the closest documents', async () => {
    const r = await run(withFixture('list', '--doc', 'aa11bb23'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^directives: --doc "aa11bb23": no document has that id prefix, file name or title\nclosest:\n {2}aa11bb22 {2}State Council/);
    const byTitle = await run(withFixture('search', 'water', '--doc', 'water conservancy meeting'));
    expect(byTitle.code).toBe(2);
    expect(byTitle.stderr).toContain('aa11bb22');
  });

  it('an empty result is exit 1, with an empty JSON array', async () => {
    expect(await run(withFixture('list', '--doc', 'aa11', '--lang', 'zh', '--json'))).toMatchObject({ code: 1, stdout: '[]\n' });
    expect(await run(withFixture('list', '--doc', 'aa11', '--lang', 'zh'))).toMatchObject({ code: 1, stdout: '' });
    expect((await run(withFixture('list', '--doc', 'aa11'))).code).toBe(0);
  });
});
