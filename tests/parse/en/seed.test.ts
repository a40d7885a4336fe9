import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.js';
import { EVAL, ROOT } from '../../helpers/paths.js';

interface GoldDirective {
  start: number;
  end: number;
  force: string;
  reporting: string | null;
  issuer: string | null;
  addressee: string | null;
  text: string;
}

const source = readFileSync(`${ROOT}data/guangdong-vocational-education-conference.txt`, 'utf8');
const gold = JSON.parse(
  readFileSync(`${EVAL}dev/gold/guangdong-vocational-education-conference.json`, 'utf8'),
) as { sha256: string; directives: GoldDirective[] };
const { document, directives } = parseDocument(source, { file: 'guangdong-vocational-education-conference.txt' });

describe('the seed readout (golden)', () => {
  it('finds exactly the nine gold directives with their spans', () => {
    expect(directives.map((d) => [d.start, d.end])).toEqual(gold.directives.map((g) => [g.start, g.end]));
  });

  it.each(gold.directives.map((g, i) => [i + 1, g] as const))('directive %i has the gold force, frame and addressee', (n, g) => {
    const d = directives[n - 1]!;
    expect(d.text).toBe(g.text);
    expect(d.force).toBe(g.force);
    expect(d.reporting).toBe(g.reporting);
    expect(d.issuer).toBe(g.issuer);
    expect(d.addressee).toBe(g.addressee);
  });

  it('gives the last directive its five actions and its purpose', () => {
    const last = directives[8]!;
    expect(last.actions.map((a) => a.verb)).toEqual(['strengthen', 'consolidate', 'improve', 'optimize', 'ensure']);
    expect(last.actions[0]!.object).toBe('the party’s overall leadership over vocational education');
    expect(last.purpose).toBe('to promote the high-quality development of modern vocational education');
  });

  it('reads the metadata: date without a year, place, participants with titles and roles', () => {
    expect(document.sha256).toBe(gold.sha256);
    expect(document.date).toBe('--09-21');
    expect(document.place).toBe('Guangzhou');
    expect(document.language).toBe('en');
    expect(document.participants).toEqual([
      { name: 'Sun Yao', titles: ['member of the Party Leadership Group', 'Vice Minister of the Ministry of Education'], role: 'delivered a speech' },
      {
        name: 'Chen Jianwen',
        titles: ['Member of the Standing Committee of the Provincial Party Committee', 'Minister of the Propaganda Department'],
        role: 'delivered a speech',
      },
      { name: 'Wang Xi', titles: ['Member of the Standing Committee of the Provincial Party Committee', 'Vice Governor'], role: 'presided' },
    ]);
  });

  it('names themes drawn from the objects', () => {
    expect(directives[4]!.themes).toContain('school-enterprise cooperation');
    expect(directives[8]!.themes).toContain('party leadership');
  });

  it('gives stable, short, unique ids', () => {
    const again = parseDocument(source, { file: 'other-name.txt' });
    expect(again.directives.map((d) => d.id)).toEqual(directives.map((d) => d.id));
    expect(new Set(directives.map((d) => d.id)).size).toBe(directives.length);
    for (const d of directives) expect(d.id).toMatch(/^[0-9a-f]{8}-\d+$/);
  });
});
