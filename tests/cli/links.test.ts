import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const fixture = (name: string): string => new URL(`../fixtures/align/${name}`, import.meta.url).pathname;

interface Doc {
  id: string;
  language: 'en' | 'zh';
}
interface Link {
  en: string[];
  zh: string[];
  force: [string | null, string | null];
  enDoc: string;
  zhDoc: string;
}

/** A corpus folder with the fixture report in English and Chinese; the files are copied beside it. */
async function reportCorpus(add: 'both' | 'zh' = 'both'): Promise<{ root: string; dir: string; en: string; zh: string }> {
  const root = mkdtempSync(join(tmpdir(), 'directives-links-'));
  const dir = join(root, 'corpus');
  const en = join(root, 'report-en.txt');
  const zh = join(root, 'report-zh.txt');
  copyFileSync(fixture('report-en.txt'), en);
  copyFileSync(fixture('report-zh.txt'), zh);
  expect((await run(['init', dir])).code).toBe(0);
  expect((await run(['add', '--corpus', dir, ...(add === 'both' ? [en, zh] : [zh])])).code).toBe(0);
  return { root, dir, en, zh };
}

const docsOf = async (dir: string): Promise<Record<'en' | 'zh', string>> => {
  const docs = JSON.parse((await run(['docs', '--corpus', dir, '--json'])).stdout) as Doc[];
  return { en: docs.find((d) => d.language === 'en')!.id, zh: docs.find((d) => d.language === 'zh')!.id };
};

const exportedLinks = async (dir: string): Promise<Link[]> => (JSON.parse((await run(['export', '--corpus', dir])).stdout) as { links?: Link[] }).links ?? [];

describe('align --save (issue 16)', () => {
  it('stores the pairs align prints, as links between the two corpus documents', async () => {
    const { dir } = await reportCorpus();
    const ids = await docsOf(dir);
    const printed = JSON.parse((await run(['align', '--corpus', dir, ids.zh, ids.en, '--json'])).stdout) as { pairs: Omit<Link, 'enDoc' | 'zhDoc'>[] };
    const saved = await run(['align', '--corpus', dir, ids.zh, ids.en, '--json', '--save']);
    expect(saved.code).toBe(0);
    expect(saved.stderr).toMatch(new RegExp(`^saved ${printed.pairs.length} links between ${ids.en} and ${ids.zh} in .*corpus: \\d+ pairs, \\d+ directives without counterpart\\n$`));
    const links = await exportedLinks(dir);
    expect(links.map(({ enDoc: _e, zhDoc: _z, ...pair }) => pair)).toEqual(printed.pairs);
    expect(links.every((l) => l.enDoc === ids.en && l.zhDoc === ids.zh)).toBe(true);
    // saved twice: replaced, not doubled
    await run(['align', '--corpus', dir, ids.en, ids.zh, '--save']);
    expect(await exportedLinks(dir)).toHaveLength(links.length);
  });

  it('needs a corpus folder and corpus documents, not files', async () => {
    const { dir, en, zh } = await reportCorpus();
    const noFolder = await run(['align', en, zh, '--save']);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toMatch(/align --save needs a corpus folder: --corpus DIR/);
    const files = await run(['align', '--corpus', dir, en, zh, '--save']);
    expect(files.code).toBe(2);
    expect(files.stderr).toContain('align --save: EN');
    expect(files.stderr).toContain('is a file, not a corpus document; add it first');
    expect(await exportedLinks(dir)).toEqual([]);
  });
});

describe('add --translation-of (issue 16)', () => {
  it('adds the translation, aligns it with the document it names and saves the links', async () => {
    const { dir, en } = await reportCorpus('zh');
    const [{ id: zh }] = JSON.parse((await run(['docs', '--corpus', dir, '--json'])).stdout) as [Doc];
    const added = await run(['add', '--corpus', dir, en, '--translation-of', zh.slice(0, 6)]);
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(new RegExp(`saved \\d+ links between \\w+ and ${zh}`));
    const links = await exportedLinks(dir);
    expect(links.some((l) => l.en.length > 0 && l.zh.length > 0)).toBe(true);
    expect(links.every((l) => l.zhDoc === zh)).toBe(true);
  });

  it('a document not there, a text in the same language, or two texts: a clear error, nothing added', async () => {
    const { root, dir } = await reportCorpus('zh');
    const ids = JSON.parse((await run(['docs', '--corpus', dir, '--json'])).stdout) as Doc[];
    const missing = await run(['add', '--corpus', dir, fixture('report-en.txt'), '--translation-of', 'ffffffff']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--translation-of "ffffffff": .*no document in the corpus has that id/);
    const other = join(root, 'other-zh.txt');
    writeFileSync(other, '各地要加强粮食安全工作。\n');
    const same = await run(['add', '--corpus', dir, other, '--translation-of', ids[0]!.id]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/both in Chinese; a translation pair is an English text and its Chinese original \(nothing was added\)/);
    const two = await run(['add', '--corpus', dir, fixture('report-en.txt'), other, '--translation-of', ids[0]!.id]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('give one text');
    expect(JSON.parse((await run(['docs', '--corpus', dir, '--json'])).stdout)).toHaveLength(1);
  });
});

describe('a linked directive shows its counterpart (issue 16)', () => {
  it('show prints the original under an English directive, the translation under a Chinese one; --fields counterpart lists them', async () => {
    const { dir } = await reportCorpus();
    const ids = await docsOf(dir);
    await run(['align', '--corpus', dir, ids.en, ids.zh, '--save']);
    const link = (await exportedLinks(dir)).find((l) => l.en.length === 1 && l.zh.length === 1 && l.force[0] === 'must')!;
    const shown = await run(['show', '--corpus', dir, link.en[0]!]);
    expect(shown.code).toBe(0);
    const zhText = (JSON.parse((await run(['show', '--corpus', dir, link.zh[0]!, '--json'])).stdout) as { text: string }).text;
    expect(shown.stdout).toContain(`original  ${link.zh[0]}  ${link.force[1]} · ${zhText}`);
    const back = await run(['show', '--corpus', dir, link.zh[0]!]);
    expect(back.stdout).toMatch(new RegExp(`English   ${link.en[0]}  must · `));
    const listed = JSON.parse((await run(['list', '--corpus', dir, '--fields', 'id,counterpart', '--json'])).stdout) as { id: string; counterpart: string[] }[];
    expect(listed.find((r) => r.id === link.en[0])!.counterpart).toEqual(link.zh);
    expect(listed.find((r) => r.id === link.zh[0])!.counterpart).toEqual(link.en);
    const tsv = (await run(['list', '--corpus', dir, '--fields', 'id,counterpart', '--tsv'])).stdout;
    expect(tsv).toContain(`${link.en[0]}\t${link.zh[0]}\n`);
  });
});

describe('--aligned, --unaligned and facets --by force-pair (issue 16)', () => {
  it('filter on the saved links and count English force × Chinese force over linked pairs', async () => {
    const { dir } = await reportCorpus();
    const ids = await docsOf(dir);
    expect(JSON.parse((await run(['list', '--corpus', dir, '--aligned', '--json'])).stdout)).toEqual([]);
    await run(['align', '--corpus', dir, ids.en, ids.zh, '--save']);
    const links = await exportedLinks(dir);
    const paired = links.filter((l) => l.en.length > 0 && l.zh.length > 0);
    const listIds = async (...flags: string[]): Promise<string[]> =>
      (JSON.parse((await run(['list', '--corpus', dir, ...flags, '--fields', 'id', '--json'])).stdout) as { id: string }[]).map((r) => r.id).sort();
    expect(await listIds('--aligned')).toEqual(paired.flatMap((l) => [...l.en, ...l.zh]).sort());
    expect(await listIds('--unaligned')).toEqual(links.filter((l) => !paired.includes(l)).flatMap((l) => [...l.en, ...l.zh]).sort());
    expect(await listIds('--aligned', '--lang', 'zh')).toEqual(paired.flatMap((l) => l.zh).sort());
    const both = await run(['list', '--corpus', dir, '--aligned', '--unaligned']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--unaligned.*cannot be used with.*--aligned/);
    const facets = JSON.parse((await run(['facets', '--corpus', dir, '--by', 'force-pair', '--json'])).stdout) as { value: string; count: number }[];
    const expected = new Map<string, number>();
    for (const l of paired) expected.set(`${l.force[0]} ↔ ${l.force[1]}`, (expected.get(`${l.force[0]} ↔ ${l.force[1]}`) ?? 0) + 1);
    expect(Object.fromEntries(facets.map((f) => [f.value, f.count]))).toEqual(Object.fromEntries(expected));
  });
});
