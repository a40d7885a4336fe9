import { describe, expect, it } from 'vitest';
import { contextAround, CONTEXT_CHARS, renderDetail } from '../../src/render/detail.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import type { Directive, DocumentRecord } from '../../src/model/types.js';

/** Issue 17, item 11: a directive in a huge one-line document is shown in a bounded window. */

const filler = 'The committee noted the figures of the provinces. ';
const text = 'All localities must strengthen food security';

function huge(sideChars: number): { directive: Directive; doc: DocumentRecord } {
  const side = filler.repeat(Math.ceil(sideChars / filler.length));
  const source = `${side}${text}. ${side}`;
  const directive: Directive = {
    id: 'big00001-1', doc: 'big00001', start: side.length, end: side.length + text.length, text, force: 'must', cue: 'must', reporting: null, issuer: null,
    addressee: 'all localities', actions: [], purpose: null, themes: [], paragraph: 0, sentence: 1,
  };
  const doc: DocumentRecord = {
    id: 'big00001', file: null, title: 'Big', date: null, place: null, issuer: null, event: null, participants: [], language: 'en', sha256: 'x', parserVersion: 't', source,
  };
  return { directive, doc };
}

describe('the context around a directive is bounded (issue 17)', () => {
  it('shows at most CONTEXT_CHARS on each side of a directive in a 5 MB line, cut at sentence ends, with …', () => {
    const { directive, doc } = huge(2_500_000);
    const shown = renderDetail(directive, doc, { theme: PLAIN_THEME, wrap: null });
    const first = shown.split('\n')[2]!;
    expect(first.length).toBeLessThan(2 * CONTEXT_CHARS + text.length + 20);
    expect(first).toMatch(/^ {2}… The committee/);
    expect(first).toMatch(/provinces\. …$/);
    expect(first).toContain(`»${text}«`);
  });

  it('leaves a paragraph shorter than the window whole, without …', () => {
    const source = 'Intro.\nAll counties must act now. Then more.\nOutro.';
    const start = source.indexOf('All');
    expect(contextAround(source, start, start + 25)).toEqual({ start: 7, end: source.indexOf('\nOutro'), cutBefore: false, cutAfter: false });
  });

  it('cuts at a space when a long context has no sentence end', () => {
    const words = 'word '.repeat(1000);
    const source = `${words}must act${words}`;
    const start = words.length;
    const window = contextAround(source, start, start + 8, 100);
    expect(window.cutBefore && window.cutAfter).toBe(true);
    expect(source.slice(window.start, window.start + 4)).toBe('word');
    expect(window.start).toBeGreaterThanOrEqual(start - 100);
    expect(window.end).toBeLessThanOrEqual(start + 8 + 100);
  });
});
