import { describe, expect, it } from 'vitest';
import type { Directive, DocumentMeta } from '../../../src/model/types.js';
import { counterpartInPrevious, diffDirectives, previousDocument, themeSummary, type ChangeKind } from '../../../src/query/diff/index.js';
import { movedPairs } from '../../../src/query/diff/classify.js';
import type { Force } from '../../../src/vocab/forces.js';

let serial = 0;
/** A directive as the parser would give it; `cue` must occur in `text`. */
function directive(text: string, force: Force = 'will', cue: string | null = null, extra: Partial<Directive> = {}): Directive {
  serial++;
  return {
    id: `d-${serial}`, doc: 'd', start: 0, end: text.length, text, force, cue, reporting: null, issuer: null, addressee: null,
    actions: [], purpose: null, themes: [], paragraph: serial, sentence: serial, ...extra,
  };
}

const kinds = (a: Directive[], b: Directive[], language: 'en' | 'zh' = 'en'): ChangeKind[] =>
  diffDirectives(a, b, { language }).entries.map((e) => e.kind);

const A = [
  directive('We will strengthen flood control on the Yangtze River', 'will', 'We will'),
  directive('We must stabilize grain output in major producing areas', 'must', 'We must'),
  directive('Local governments should improve rural water supply networks', 'should', 'should'),
];

describe('diffDirectives', () => {
  it('reads a list against itself as all same', () => {
    const r = diffDirectives(A, A, { language: 'en' });
    expect(r.counts.same).toBe(3);
    expect(r.entries.every((e) => e.a === e.b)).toBe(true);
  });

  it('reads should → must as strengthened, with both cues and a word diff', () => {
    const b = [A[0]!, A[1]!, directive('Local governments must improve rural water supply networks', 'must', 'must')];
    const r = diffDirectives(A, b, { language: 'en' });
    expect(r.entries.map((e) => e.kind)).toEqual(['same', 'same', 'strengthened']);
    const changed = r.entries[2]!;
    expect(changed.forceDelta).toBe(1);
    expect(changed.reworded).toBe(false);
    expect(changed.changes).toContainEqual({ op: 'delete', text: 'should' });
    expect(changed.changes).toContainEqual({ op: 'insert', text: 'must' });
  });

  it('reads must → should as weakened, and must → must-not (same level) as reworded', () => {
    const weaker = [directive('We should stabilize grain output in major producing areas', 'should', 'We should')];
    expect(kinds([A[1]!], weaker)).toEqual(['weakened']);
    const prohibition = [directive('We must not stabilize grain output in major producing areas', 'must-not', 'We must not')];
    expect(kinds([A[1]!], prohibition)).toEqual(['reworded']);
  });

  it('reads new and removed directives as added and dropped, a removal before what replaced it', () => {
    const b = [A[0]!, directive('We will build 4,000 kilometres of new expressways', 'will', 'We will'), A[2]!];
    expect(kinds(A, b)).toEqual(['same', 'dropped', 'added', 'same']);
  });

  it('does not force a match between unrelated directives', () => {
    const b = [directive('Schools must teach moral skills and vocational ethics', 'must', 'must')];
    expect(kinds([A[1]!], b).sort()).toEqual(['added', 'dropped']);
  });

  it('pairs optimally where a greedy first fit would steal the later counterpart', () => {
    const long = 'We will strengthen ecological protection of rivers lakes wetlands and coastal seas';
    const short = 'We will strengthen ecological protection of rivers lakes wetlands';
    const a = [directive(short, 'will', 'We will'), directive(long, 'will', 'We will')];
    const b = [directive(long, 'will', 'We will'), directive(short, 'will', 'We will')];
    const r = diffDirectives(a, b, { language: 'en' });
    for (const e of r.entries) expect(e.a!.text).toBe(e.b!.text);
    expect(r.counts.same + r.counts.moved).toBe(2);
  });

  it('marks a directive taken out of order as moved', () => {
    const b = [A[2]!, A[0]!, A[1]!];
    const r = diffDirectives(A, b, { language: 'en' });
    expect(r.counts.moved).toBe(1);
    expect(r.entries.find((e) => e.kind === 'moved')!.a).toBe(A[2]);
  });

  it('diffs Chinese character by character and matches on character bigrams', () => {
    const a = [directive('要加强生态环境综合治理，持续改善空气质量', 'necessary', '要')];
    const b = [directive('必须加强生态环境综合治理，持续改善空气质量', 'must', '必须')];
    const r = diffDirectives(a, b, { language: 'zh' });
    expect(r.entries[0]!.kind).toBe('strengthened');
    expect(r.entries[0]!.changes).toEqual([
      { op: 'delete', text: '要' },
      { op: 'insert', text: '必须' },
      { op: 'equal', text: '加强生态环境综合治理，持续改善空气质量' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffDirectives([], A, { language: 'en' }).counts.added).toBe(3);
    expect(diffDirectives(A, [], { language: 'en' }).counts.dropped).toBe(3);
    expect(diffDirectives([], [], { language: 'en' }).entries).toEqual([]);
  });
});

describe('movedPairs', () => {
  it('keeps the longest run in order and marks the rest', () => {
    expect(movedPairs([0, 1, 2, 3])).toEqual([false, false, false, false]);
    expect(movedPairs([3, 0, 1, 2])).toEqual([true, false, false, false]);
    expect(movedPairs([])).toEqual([]);
  });
});

describe('themeSummary', () => {
  it('counts what each theme gained, lost and how its force moved', () => {
    const a = [directive('We will cut coal use in heating', 'will', 'We will', { themes: ['energy'] }), directive('We will plant forests on hills', 'will', 'We will', { themes: ['ecology'] })];
    const b = [directive('We must cut coal use in heating', 'must', 'We must', { themes: ['energy'] }), directive('We will build wind farms offshore', 'will', 'We will', { themes: ['energy'] })];
    const rows = themeSummary(diffDirectives(a, b, { language: 'en' }));
    const energy = rows.find((r) => r.theme === 'energy')!;
    expect(energy).toMatchObject({ a: 1, b: 2, added: 1, strengthened: 1, levelA: 3, levelB: 4 });
    expect(rows.find((r) => r.theme === 'ecology')).toMatchObject({ a: 1, b: 0, dropped: 1, levelB: null });
  });
});

describe('counterparts in the previous document of a series', () => {
  const meta = (id: string, date: string | null, issuer: string | null, language: 'en' | 'zh' = 'en'): DocumentMeta => ({
    id, file: null, title: id, date, place: null, issuer, event: null, participants: [], language, sha256: id, parserVersion: '1',
  });
  const docs = [
    meta('apr', '2022-04-29', 'Politburo'),
    meta('jan', '2022-01-10', 'Politburo'),
    meta('jul', '2022-07-28', 'Politburo'),
    meta('other', '2022-07-01', 'State Council'),
    meta('zh', '2022-07-01', 'Politburo', 'zh'),
    meta('undated', '--07-01', 'Politburo'),
  ];

  it('is the same issuer, same language, nearest date before', () => {
    expect(previousDocument(docs[2]!, docs)?.id).toBe('apr');
    expect(previousDocument(docs[1]!, docs)).toBeNull();
    expect(previousDocument(docs[5]!, docs)).toBeNull();
  });

  it('finds the counterpart of a directive and how it changed', () => {
    const before = { ...directive('We should keep prices stable', 'should', 'should'), doc: 'apr' };
    const now = { ...directive('We must keep prices stable', 'must', 'must'), doc: 'jul' };
    const fresh = { ...directive('We will open new ports to trade', 'will', 'will'), doc: 'jul' };
    const byDoc: Record<string, Directive[]> = { apr: [before], jul: [now, fresh] };
    const source = { documents: () => docs, directivesOf: (id: string) => byDoc[id] ?? [] };
    const found = counterpartInPrevious(now, source);
    expect(found.previous?.id).toBe('apr');
    expect(found.entry).toMatchObject({ kind: 'strengthened', a: before, b: now });
    expect(counterpartInPrevious(fresh, source).entry?.kind).toBe('added');
    // April's predecessor (January) has no directives: nothing there to be a counterpart
    expect(counterpartInPrevious(before, source).entry?.kind).toBe('added');
    const first = { ...directive('We will keep prices stable', 'will', 'will'), doc: 'jan' };
    expect(counterpartInPrevious(first, source)).toEqual({ previous: null, entry: null });
  });
});
