import { describe, expect, it } from 'vitest';
import { renderDetail, paragraphAround } from '../../src/render/detail.js';
import { renderDirectives } from '../../src/render/directives.js';
import { renderDocuments } from '../../src/render/documents.js';
import { renderBarChart, renderCountLines } from '../../src/render/facets.js';
import { parseFields } from '../../src/render/fields.js';
import { renderCsv } from '../../src/render/delimited.js';
import { renderTable } from '../../src/render/table.js';
import { createTheme, PLAIN_THEME } from '../../src/render/theme.js';
import { facetCounts, forceCounts } from '../../src/query/facets.js';
import { search } from '../../src/query/search.js';
import { DIRECTIVE_FIELDS, DEFAULT_DIRECTIVE_COLUMNS } from '../../src/vocab/fields.js';
import { byId, corpus, docs } from '../fixtures/load.js';

const rows = corpus.directives.map((directive) => ({ directive }));
const english = rows.filter((r) => r.directive.doc === 'aa11bb22').slice(0, 3);

describe('renderTable', () => {
  it('sizes CJK columns by display width and truncates the flex column to the width', () => {
    const table = renderTable(
      [{ header: 'ID', keep: true }, { header: 'TEXT', flex: true }],
      [[{ raw: 'cc33dd44-1' }, { raw: '各地区各部门必须压实防汛责任' }], [{ raw: 'x' }, { raw: 'short' }]],
      30,
      PLAIN_THEME,
    );
    expect(table).toMatchInlineSnapshot(`
      "ID          TEXT
      cc33dd44-1  各地区各部门必须…
      x           short"
    `);
  });
});

describe('renderDirectives', () => {
  const view = { fields: null, width: 80, theme: PLAIN_THEME };

  it('table on a terminal', () => {
    expect(renderDirectives(english, docs, { ...view, format: 'table' })).toMatchInlineSnapshot(`
      "ID          DOC       DATE        FORCE     REPOR…  ADDRE…  TEXT
      aa11bb22-1  aa11bb22  2022-03-15  must-not  stress  local…  local governments m…
      aa11bb22-2  aa11bb22  2022-03-15  will      stress  the c…  The central governm…
      aa11bb22-3  aa11bb22  2022-03-15  strive    stress  provi…  provinces should st…"
    `);
  });

  it('tsv: no header, no truncation', () => {
    expect(renderDirectives(english, docs, { ...view, format: 'tsv', fields: ['id', 'force', 'themes', 'date'] })).toMatchInlineSnapshot(`
      "aa11bb22-1	must-not	flood control, public finance	2022-03-15
      aa11bb22-2	will	reservoir safety, public finance	2022-03-15
      aa11bb22-3	strive	flood control	2022-03-15"
    `);
  });

  it('csv quotes per RFC 4180', () => {
    expect(renderCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', 'plain']])).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",plain\r\n');
  });

  it('json: the whole record by default, only the named fields with --fields', () => {
    const full = JSON.parse(renderDirectives(english.slice(0, 1), docs, { ...view, format: 'json' })) as unknown[];
    expect(full).toEqual([english[0]!.directive]);
    const picked = JSON.parse(renderDirectives(english.slice(0, 1), docs, { ...view, format: 'json', fields: ['id', 'title', 'date'] })) as unknown[];
    expect(picked).toEqual([{ id: 'aa11bb22-1', title: 'State Council executive meeting on water conservancy', date: '2022-03-15' }]);
  });

  it('search rows carry relevance and match ranges in JSON and highlight in a coloured table', () => {
    const hits = search(corpus.directives, corpus.documents, "'dredging");
    const [record] = JSON.parse(renderDirectives(hits, docs, { ...view, format: 'json' })) as Array<{ relevance: number; matches: Array<{ field: string; ranges: number[][] }> }>;
    expect(record!.relevance).toBeTypeOf('number');
    expect(record!.matches[0]).toEqual({ field: 'text', ranges: [[34, 42]] });
    const table = renderDirectives(hits, docs, { ...view, format: 'table', theme: createTheme(1) });
    expect(table).toContain('\x1b[1m\x1b[33m\x1b[4mdredging');
  });

  it('escapes hostile text in a table and TSV, keeps it in JSON', () => {
    const hostile = [{ directive: byId('ee55ff66-1') }];
    for (const format of ['table', 'tsv', 'csv'] as const) {
      const text = renderDirectives(hostile, docs, { ...view, width: 300, format, theme: createTheme(1) });
      expect(text).not.toMatch(/\x1b(?!\[[0-9;]*m)|\x07/);
      expect(text).toContain('\\x1b]52;c;aGk=\\x07');
    }
    expect(renderDirectives(hostile, docs, { ...view, format: 'json' })).toContain('\\u001b]52;c;aGk=\\u0007');
  });
});

describe('parseFields', () => {
  it('keeps the order given and refuses unknown names, listing the valid ones', () => {
    expect(parseFields('text, id', DIRECTIVE_FIELDS, DEFAULT_DIRECTIVE_COLUMNS)).toEqual(['text', 'id']);
    expect(parseFields(undefined, DIRECTIVE_FIELDS, DEFAULT_DIRECTIVE_COLUMNS)).toEqual([...DEFAULT_DIRECTIVE_COLUMNS]);
    expect(() => parseFields('id,nope,colour', DIRECTIVE_FIELDS, DEFAULT_DIRECTIVE_COLUMNS)).toThrow(
      `--fields: unknown fields nope, colour (valid: ${DIRECTIVE_FIELDS.join(', ')})`,
    );
  });
});

describe('renderDetail', () => {
  it('finds the paragraph: a block between newlines', () => {
    const source = 'one\n\ntwo three\nfour';
    expect(paragraphAround(source, 5, 8)).toEqual({ start: 5, end: 14 });
    expect(paragraphAround(source, 0, 3)).toEqual({ start: 0, end: 3 });
    expect(paragraphAround(source, 9, 17)).toEqual({ start: 5, end: 19 });
  });

  it('shows the directive marked inside its paragraph, then every field', () => {
    const d = byId('aa11bb22-3');
    expect(renderDetail(d, docs.get(d.doc), { theme: PLAIN_THEME, wrap: 60 })).toMatchInlineSnapshot(`
      "aa11bb22-3  strive

        The meeting stressed that local governments must not
        divert flood-control funds. The central government will
        allocate 20 billion yuan for reservoir safety; »provinces
        should strive to finish dredging before the flood season«.

      force     strive
      cue       strive to
      frame     the meeting · stress
      issuer    the meeting
      addressee provinces
      actions   1. finish → dredging
      purpose   —
      themes    flood control
      document  aa11bb22  State Council executive meeting on water
                conservancy
                2022-03-15 · Beijing · en ·
                state-council-water.txt
                Li Keqiang (presided)
      offsets   237–303 (paragraph 2, sentence 3)"
    `);
  });

  it('escapes hostile text', () => {
    const d = byId('ee55ff66-1');
    const text = renderDetail(d, docs.get(d.doc), { theme: createTheme(1), wrap: null });
    expect(text).not.toMatch(/\x1b(?!\[[0-9;]*m)|\x07/);
    expect(text).toContain('\\x1b[2J');
  });
});

describe('documents and facets', () => {
  it('docs as TSV with counts', () => {
    const byDoc = (id: string) => forceCounts(corpus.directives.filter((d) => d.doc === id));
    expect(renderDocuments(corpus.documents, (doc) => byDoc(doc.id), { format: 'tsv', fields: ['id', 'directives', 'forces', 'participants'], width: 80, theme: PLAIN_THEME })).toMatchInlineSnapshot(`
      "aa11bb22	6	must-not 1, should 1, will 1, strive 1, encourage 1, may 1	Li Keqiang (presided)
      cc33dd44	2	must 1, necessary 1	李强 (presided)
      ee55ff66	2	must 1, should 1	"
    `);
  });

  it('a bar chart for people, count<TAB>value for scripts', () => {
    const counts = facetCounts(corpus.directives, 'reporting');
    expect(renderBarChart(counts, 60, PLAIN_THEME)).toMatchInlineSnapshot(`
      "call for   ████████████████████████████████████████ 3
      stress     ████████████████████████████████████████ 3
      emphasize  ███████████████████████████ 2
      (none)     ███████████████████████████ 2"
    `);
    expect(renderCountLines(counts)).toMatchInlineSnapshot(`
      "3	call for
      3	stress
      2	emphasize
      2	"
    `);
  });
});
