import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without type declarations (it runs with plain node)
import { calibration, directivesOf, report, sameAddressee, score, verb } from '../../scripts/evaluate.mjs';
import { EVAL, HAS_SHARED, ROOT, SHARED } from '../helpers/paths.js';

interface D {
  start: number;
  end: number;
  force?: string;
  reporting?: string | null;
  addressee?: string | null;
  confidence?: number;
}

const d = (start: number, end: number, extra: Partial<D> = {}): D => ({ start, end, force: 'must', reporting: null, addressee: null, ...extra });

describe('the project scorer', () => {
  it('matches spans that overlap by at least half their union, and no less', () => {
    // [0,10) and [5,15): overlap 5, union 15 → 1/3, no match; [0,10) and [0,20): 1/2, a match
    expect(score([d(0, 10)], [d(5, 15)]).matched).toBe(0);
    expect(score([d(0, 10)], [d(0, 20)]).matched).toBe(1);
  });

  it('matches one to one, best overlap first', () => {
    // both predictions overlap the first gold span; the better one takes it, the other is spurious
    const r = score([d(0, 10), d(100, 110)], [d(0, 12), d(0, 10)]);
    expect(r.matched).toBe(1);
    expect(r.pairs[0].p.end).toBe(10);
    expect(r.spurious).toHaveLength(1);
    expect(r.missed).toHaveLength(1);
  });

  it('counts force, reporting as base verbs, and addressees by shared words', () => {
    const gold = [d(0, 10, { force: 'must', reporting: 'emphasize', addressee: 'All localities' }), d(20, 30, { force: 'should', addressee: 'the State Council' })];
    const pred = [d(0, 10, { force: 'must', reporting: 'emphasized', addressee: 'localities' }), d(20, 30, { force: 'must', addressee: 'we' })];
    const r = score(gold, pred);
    expect([r.force, r.reporting, r.addressee]).toEqual([1, 2, 1]);
    expect(verb('stressed')).toBe(verb('stress'));
    expect(sameAddressee(null, null)).toBe(true);
    expect(sameAddressee('Party committees', null)).toBe(false);
  });

  it('finds offsets from the text when a prediction has none', () => {
    const [found] = directivesOf({ directives: [{ text: 'must act', force: 'must' }] }, 'We must act now.');
    expect([found.start, found.end]).toEqual([3, 11]);
  });

  it('reports precision per confidence band, and predictions without a confidence apart', () => {
    const gold = [d(0, 10), d(20, 30), d(40, 50)];
    const pred = [d(0, 10, { confidence: 0.95 }), d(20, 30, { confidence: 0.75 }), d(60, 70, { confidence: 0.72 }), d(40, 50), d(80, 90, { confidence: 0.2 })];
    const bands = calibration([score(gold, pred)]);
    expect(bands).toEqual([
      { band: '>=0.9', count: 1, correct: 1, precision: 1 },
      { band: '0.7-0.9', count: 2, correct: 1, precision: 0.5 },
      { band: '0.5-0.7', count: 0, correct: 0, precision: null },
      { band: '<0.5', count: 1, correct: 0, precision: 0 },
      { band: 'none', count: 1, correct: 1, precision: 1 },
    ]);
  });

  it('totals per language as well as overall', () => {
    const en = { ...score([d(0, 10)], [d(0, 10)]), language: 'en' };
    const zh = { ...score([d(0, 10)], []), language: 'zh' };
    const r = report([en, zh]);
    expect(r.total).toMatchObject({ gold: 2, pred: 1, matched: 1, precision: 1, recall: 0.5 });
    expect(r.languages.en.f1).toBe(1);
    expect(r.languages.zh.recall).toBe(0);
  });

  // only where the reference scorer sits beside the repository, and the binary is built
  it.skipIf(!HAS_SHARED || !existsSync(`${ROOT}dist/cli/main.js`))('agrees with the reference scorer on the development set', () => {
    const cmd = `${process.execPath} bin/directives.js parse {file} --json`;
    const mine = JSON.parse(execFileSync(process.execPath, ['scripts/evaluate.mjs', '--set', `${EVAL}dev`, '--cmd', cmd, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));
    const theirs = JSON.parse(execFileSync(process.execPath, [`${SHARED}eval/evaluate.mjs`, '--set', `${EVAL}dev`, '--cmd', cmd, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));
    expect(mine.total).toEqual(theirs.total);
    expect(mine.documents.map(({ language: _language, ...rest }: { language: string }) => rest)).toEqual(theirs.documents);
  }, 120_000);
});
