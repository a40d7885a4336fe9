import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, ROOT, run } from '../helpers/run.js';

const corpus = (path: string): string => join(ROOT, 'eval/corpus', path);
const ZH_2021 = corpus('zh/02_gwr2021_污染防治和生态建设.txt');
const ZH_2022 = corpus('zh/03_gwr2022_生态环境绿色低碳.txt');
const EN_2020 = corpus('en/27_gwr2020_stabilize-businesses-jobs.txt');
const EN_2022 = corpus('en/28_gwr2022_wellbeing-social-governance.txt');

interface DiffJson {
  a: { directives: number };
  b: { directives: number };
  counts: Record<string, number>;
  entries: Array<{ kind: string; a: string | null; b: string | null; cueA: string | null; cueB: string | null }>;
}

function diffJson(...args: string[]): DiffJson {
  const r = run(['diff', ...args, '--json', '--only', 'added,dropped,strengthened,weakened,reworded,moved,same']);
  expect(r.stderr).not.toMatch(/Error/);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as DiffJson;
}

const matched = (d: DiffJson): number => d.entries.filter((e) => e.a !== null && e.b !== null).length;

describe('directives diff on real pairs', () => {
  it('a document against itself: every directive the same', () => {
    for (const file of [ZH_2021, EN_2020]) {
      const d = diffJson(file, file);
      expect(d.counts.same).toBe(d.a.directives);
      expect(d.entries.every((e) => e.kind === 'same')).toBe(true);
    }
  });

  it('one "should" made "must": exactly one strengthened, the rest the same', () => {
    const text = readFileSync(EN_2020, 'utf8');
    // the first directive whose own cue is "should" (a "should" inside another cue's clause changes no force)
    const parsed = JSON.parse(run(['parse', EN_2020, '--json']).stdout) as { directives: Array<{ start: number; end: number; cue: string | null }> };
    const target = parsed.directives.find((d) => d.cue === 'should')!;
    const at = text.indexOf('should', target.start);
    expect(at).toBeGreaterThan(-1);
    const copy = join(mkdtempSync(join(tmpdir(), 'diff-')), 'edited.txt');
    writeFileSync(copy, `${text.slice(0, at)}must${text.slice(at + 'should'.length)}`);
    const d = diffJson(EN_2020, copy);
    expect(d.counts.strengthened).toBe(1);
    expect(d.counts.same).toBe(d.a.directives - 1);
    const changed = d.entries.find((e) => e.kind === 'strengthened')!;
    expect(changed.cueA).toMatch(/should/i);
    expect(changed.cueB).toMatch(/must/i);
  });

  it('two sections on different subjects read mostly as added and dropped, and the report says so', () => {
    const d = diffJson(EN_2020, EN_2022);
    expect(matched(d)).toBeLessThan(0.2 * Math.min(d.a.directives, d.b.directives));
    expect((d.counts.added ?? 0) + (d.counts.dropped ?? 0)).toBeGreaterThan(0.8 * (d.a.directives + d.b.directives));
    const report = run(['diff', EN_2020, EN_2022, '--color', 'always']);
    expect(report.stdout.split('\n')[2]).toMatch(/\d+ added · \d+ dropped · /);
    expect(report.stdout).toMatch(/read as different texts/);
  });

  it('consecutive work reports: every directive accounted for once, in either document', () => {
    const d = diffJson(ZH_2021, ZH_2022);
    const sides = { a: 0, b: 0 };
    for (const e of d.entries) {
      if (e.a) sides.a++;
      if (e.b) sides.b++;
    }
    expect(sides).toEqual({ a: d.a.directives, b: d.b.directives });
    expect(d.counts.same).toBeGreaterThanOrEqual(1); // 提升生态系统碳汇能力 appears in both years
  });

  it('prints TSV when piped, one entry per line, filtered by --only', () => {
    const r = run(['diff', ZH_2021, ZH_2022, '--only', 'same']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) expect(line.split('\t')[0]).toBe('same');
  });

  it('a report for people: counts first, then kinds with ids, --context shows the paragraph', () => {
    const r = run(['diff', ZH_2021, ZH_2022, '--only', 'same', '--context', '--color', 'always'], { NO_COLOR: '' });
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    expect(lines[2]).toMatch(/^\d+ added · \d+ dropped · \d+ strengthened · \d+ weakened · \d+ reworded · \d+ moved · \d+ same$/);
    expect(lines.some((line) => /^Same: \d+$/.test(line))).toBe(true);
    expect(lines.some((line) => /^ {2}[0-9a-f]{8}-\d+ → [0-9a-f]{8}-\d+ {2}/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('│') && line.includes('提升生态系统碳汇能力'))).toBe(true);
  });

  it('summarises by theme', () => {
    const r = run(['diff', ZH_2021, ZH_2022, '--by', 'theme', '--json']);
    expect(r.code).toBe(0);
    const themes = (JSON.parse(r.stdout) as { themes: Array<{ a: number; b: number }> }).themes;
    expect(themes.length).toBeGreaterThan(0);
  });
});

describe('directives diff refuses what is not a diff', () => {
  it('one document alone', () => {
    const r = run(['diff', EN_2020]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/compare A with what/);
  });

  it('an unknown document, and an ambiguous one with its candidates', () => {
    const unknown = run(['--corpus', FIXTURE, 'diff', 'no-such-thing', 'aa11bb22']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no document in the corpus/);
    const ambiguous = run(['--corpus', FIXTURE, 'diff', 'on ', 'aa11bb22']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/matches 2 documents/);
    expect(ambiguous.stderr).toContain('aa11bb22');
    expect(ambiguous.stderr).toContain('ee55ff66');
  });

  it('English against Chinese', () => {
    const r = run(['diff', EN_2020, ZH_2021]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/across languages is not a diff/);
  });

  it('identical documents and a document without directives are said so, and still compared', () => {
    const same = run(['--corpus', FIXTURE, 'diff', 'aa11bb22', 'aa11bb22']);
    expect(same.code).toBe(0);
    expect(same.stderr).toMatch(/same text/);
    const empty = join(mkdtempSync(join(tmpdir(), 'diff-')), 'empty.txt');
    writeFileSync(empty, 'The weather was fine. Nothing was decided.\n');
    const r = run(['diff', empty, EN_2020]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/A has no directives/);
    expect(r.stdout.trim().split('\n').every((line) => line.startsWith('added\t'))).toBe(true);
  });
});

describe('directives trend', () => {
  it('counts per period, undated last, never dropped', () => {
    const r = run(['--corpus', FIXTURE, 'trend', '--by', 'year']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(['2022\t6', '2023\t2', '2024\t2']);
    const month = run(['--corpus', FIXTURE, 'trend', '--by', 'quarter', '--stack', 'force', '--csv']);
    expect(month.stdout.split('\r\n')[0]).toMatch(/^period,count,/);
  });

  it('reports documents without a year as undated, with a hint', () => {
    const r = run(['trend']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^undated\t\d+$/);
    expect(r.stderr).toMatch(/--date YYYY-MM-DD/);
  });

  it('counts only matches of a query, and the same totals as JSON', () => {
    const all = JSON.parse(run(['--corpus', FIXTURE, 'trend', '--json']).stdout) as { total: number };
    const some = JSON.parse(run(['--corpus', FIXTURE, 'trend', 'flood', '--json']).stdout) as { total: number };
    expect(all.total).toBe(10);
    expect(some.total).toBeGreaterThan(0);
    expect(some.total).toBeLessThan(all.total);
    const none = run(['--corpus', FIXTURE, 'trend', 'xylophone']);
    expect(none.code).toBe(1);
  });
});
