import { describe, expect, it } from 'vitest';
import { detailLines } from '../../src/render/detail.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { linkedCorpus } from '../fixtures/linked.js';

describe('the detail view shows a linked directive\'s counterparts (issue 16)', () => {
  const corpus = linkedCorpus();
  const [en, zh] = corpus.documents;
  const [en1] = corpus.directives.filter((d) => d.doc === en!.id);
  const zhDirectives = corpus.directives.filter((d) => d.doc === zh!.id);

  it('under the text, before the fields; one line per counterpart', () => {
    const lines = detailLines(en1!, en!, { theme: PLAIN_THEME, wrap: null, counterparts: zhDirectives.slice(0, 2) });
    const at = lines.indexOf(`original  ${zhDirectives[0]!.id}  necessary · 要稳住经济大盘。`);
    expect(at).toBeGreaterThan(2);
    expect(lines[at + 1]).toBe(`          ${zhDirectives[1]!.id}  must · 各地必须报告粮食储备情况。`);
    expect(lines[at + 3]).toMatch(/^force/);
  });

  it('a Chinese directive\'s counterpart is its English translation; none, nothing shown', () => {
    expect(detailLines(zhDirectives[0]!, zh!, { theme: PLAIN_THEME, wrap: null, counterparts: [en1!] })).toContain(`English   ${en1!.id}  should · We should keep the economy stable.`);
    const plain = detailLines(en1!, en!, { theme: PLAIN_THEME, wrap: null });
    expect(detailLines(en1!, en!, { theme: PLAIN_THEME, wrap: null, counterparts: [] })).toEqual(plain);
    expect(plain.some((l) => l.startsWith('original'))).toBe(false);
  });
});
