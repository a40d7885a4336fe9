import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { ANSI, HAS_SCRIPT, run, runInTerminal } from '../helpers/run.js';

const EN = `${ROOT}tests/fixtures/align/report-en.txt`;
const ZH = `${ROOT}tests/fixtures/align/report-zh.txt`;
const dir = mkdtempSync(join(tmpdir(), 'directives-align-'));

interface PairJson {
  en: string[];
  zh: string[];
  force: [string | null, string | null];
  confidence: number;
}

const parsedIds = (file: string): string[] => (JSON.parse(run(['parse', file, '--json']).stdout) as { directives: { id: string }[] }).directives.map((d) => d.id);

describe('directives align', () => {
  it('--json pairs carry the ids that parse --json gives the same files', () => {
    const r = run(['align', EN, ZH, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { verdict: string; pairs: PairJson[] };
    expect(out.verdict).toBe('translation');
    expect(out.pairs.flatMap((p) => p.en).sort()).toEqual(parsedIds(EN).sort());
    expect(out.pairs.flatMap((p) => p.zh).sort()).toEqual(parsedIds(ZH).sort());
    expect(out.pairs.find((p) => p.en.length === 1 && p.force[0] === 'must-not')).toMatchObject({ force: ['must-not', 'must'] });
    for (const p of out.pairs) expect(Object.keys(p)).toEqual(['en', 'zh', 'force', 'confidence']);
  });

  it('takes the two documents in either order', () => {
    expect(run(['align', ZH, EN, '--json']).stdout).toBe(run(['align', EN, ZH, '--json']).stdout);
  });

  it('prints TSV when piped, one NDJSON pair per line, and only the mismatches on request', () => {
    const tsv = run(['align', EN, ZH]).stdout.trim().split('\n');
    expect(tsv[0]!.split('\t')).toHaveLength(7);
    const ndjson = run(['align', EN, ZH, '--ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l) as PairJson);
    expect(ndjson).toHaveLength(tsv.length);
    const mismatched = run(['align', EN, ZH, '--ndjson', '--only', 'mismatched']).stdout.trim().split('\n').map((l) => JSON.parse(l) as PairJson);
    expect(mismatched.length).toBeLessThan(ndjson.length + 1);
    for (const p of mismatched) expect(p.en.length === 0 || p.zh.length === 0 || p.force[0] !== p.force[1]).toBe(true);
  });

  it('--forces counts English force × Chinese force', () => {
    const r = run(['align', EN, ZH, '--forces', '--json']);
    const { forcePairs } = JSON.parse(r.stdout) as { forcePairs: { en: string; zh: string; count: number }[] };
    expect(forcePairs).toContainEqual({ en: 'must-not', zh: 'must', count: 1 });
  });

  it('aligns corpus documents by id prefix', () => {
    const corpus = join(dir, 'corpus.json');
    writeFileSync(corpus, run(['parse', EN, ZH, '--json']).stdout);
    const [enId, zhId] = [parsedIds(EN)[0]!.slice(0, 8), parsedIds(ZH)[0]!.slice(0, 8)];
    const r = run(['--corpus', corpus, 'align', enId.slice(0, 5), zhId, '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(run(['align', EN, ZH, '--json']).stdout);
  });

  it('refuses two documents in the same language with one line and exit 2', () => {
    const r = run(['align', EN, EN]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/both documents are in English/);
  });

  it('refuses an empty side and an unknown document', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(run(['align', EN, empty]).stderr).toMatch(/file is empty/);
    const missing = run(['align', EN, 'no-such-doc']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/"no-such-doc": no such file, and no document in the corpus has that id/);
  });

  it('says documents that are not translations look unrelated and exits 1', () => {
    const other = join(dir, 'other-zh.txt');
    writeFileSync(other, '会议指出，要加强文物保护工作。\n各地要做好防汛抗旱准备。\n必须确保人民群众生命财产安全。\n');
    const r = run(['align', EN, other, '--color', 'always']);
    expect(r.code).toBe(1);
    expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/These documents look unrelated/);
    expect((JSON.parse(run(['align', EN, other, '--json']).stdout) as { verdict: string }).verdict).toBe('unrelated');
  });

  it.skipIf(!HAS_SCRIPT)('shows English | Chinese side by side on a terminal, with a marker where forces differ', () => {
    const r = runInTerminal(['align', EN, ZH], {}, 100);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANSI);
    const plain = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/must-not The government must not waste public +│ must 政府必须严禁浪费公共资金/);
    expect(plain).toMatch(/≠ must-not ↔ 必须 \(must\)/);
    expect(plain).toMatch(/∅ no Chinese counterpart/);
  });
});
