import { describe, expect, it } from 'vitest';
import type { Directive } from '../../src/model/types.js';
import { diffDirectives, themeSummary, CHANGE_KINDS } from '../../src/query/diff/index.js';
import { trendOf } from '../../src/query/trend.js';
import { renderDiffReport, renderDiffTsv, summaryLine } from '../../src/render/diff.js';
import { renderTextChanges } from '../../src/render/diff-text.js';
import { renderThemeTsv } from '../../src/render/diff-themes.js';
import { renderTrendChart, renderTrendCsv, renderTrendTsv, sparkline } from '../../src/render/trend.js';
import { createTheme, PLAIN_THEME } from '../../src/render/theme.js';

const d = (id: string, text: string, force: Directive['force'], cue: string | null, paragraph = 0): Directive => ({
  id, doc: id.split('-')[0]!, start: 0, end: text.length, text, force, cue, reporting: null, issuer: null, addressee: null,
  actions: [], purpose: null, themes: ['energy'], paragraph, sentence: paragraph,
});

const a = [d('a-1', 'We should cut coal use in winter heating', 'should', 'should'), d('a-2', 'We will plant forests on the hills', 'will', 'will', 1)];
const b = [d('b-1', 'We must cut coal use in winter heating', 'must', 'must'), d('b-2', 'We will build wind farms\x1b[2J offshore', 'will', 'will', 1)];
const result = diffDirectives(a, b, { language: 'en' });
const sides = { a: { meta: { id: 'a', title: 'Report 2021', date: '2021-03-05', file: null }, source: null }, b: { meta: { id: 'b', title: 'Report 2022', date: '2022-03-05', file: null }, source: null } };

describe('diff report', () => {
  it('puts who is compared and the counts first, then each kind with ids; escapes made visible', () => {
    const report = renderDiffReport(result, sides, { theme: PLAIN_THEME, width: 80, only: new Set(CHANGE_KINDS.filter((k) => k !== 'same')), context: false });
    expect(report).toMatchInlineSnapshot(`
      "A: Report 2021 (a, 2021-03-05, 2 directives)
      B: Report 2022 (b, 2022-03-05, 2 directives)
      1 added · 1 dropped · 1 strengthened · 0 weakened · 0 reworded · 0 moved · 0 same

      Added (only in B): 1
        b-2  will
          We will build wind farms\\x1b[2J offshore

      Dropped (only in A): 1
        a-2  will
          We will plant forests on the hills

      Strengthened: 1
        a-1 → b-1  must  should → must  (“should” → “must”)
          We [-should-]{+must+} cut coal use in winter heating"
    `);
    expect(summaryLine(result)).toBe('1 added · 1 dropped · 1 strengthened · 0 weakened · 0 reworded · 0 moved · 0 same');
  });

  it('colours insertions and deletions through the theme', () => {
    const [line] = renderTextChanges(result.entries[0]!.changes!, createTheme(1), null);
    expect(line).toContain('\x1b[');
    expect(line).not.toContain('{+');
  });

  it('wraps a diff to the width', () => {
    const lines = renderTextChanges([{ op: 'equal', text: 'one two three four five six seven eight nine ten' }], PLAIN_THEME, 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
  });

  it('prints TSV for scripts and a theme table', () => {
    expect(renderDiffTsv(result.entries)).toMatchInlineSnapshot(`
      "strengthened	a-1	b-1	should	must	1.000	We must cut coal use in winter heating
      dropped	a-2		will			We will plant forests on the hills
      added		b-2		will		We will build wind farms\\x1b[2J offshore"
    `);
    expect(renderThemeTsv(themeSummary(result))).toBe('energy\t2\t2\t0\t1\t1\t1\t0\t3.5\t4.0');
  });
});

describe('trend', () => {
  const trend = trendOf(
    [
      { date: '2020-01', force: 'must', count: 4 },
      { date: '2020-02', force: 'should', count: 2 },
      { date: '2022-01', force: 'must', count: 1 },
      { date: '--09-21', force: 'will', count: 3 },
    ],
    'year',
  );

  it('draws a sparkline and bars, empty years included, the undated after with a hint', () => {
    expect(renderTrendChart(trend, { theme: PLAIN_THEME, width: 40, stack: false }).join('\n')).toMatchInlineSnapshot(`
      "2020–2022  █ ▂  7 directives by year
      2020  ███████████████████████████████ 6
      2021                                  0
      2022  █████                           1
      3 directives in undated documents (3 dated without a year, like --09-21): give a document its full date with \`directives add FILE --date YYYY-MM-DD\` (or a date: line in its front matter)."
    `);
    expect(sparkline([0, 1, 8])).toBe(' ▁█');
  });

  it('stacks by force with a legend', () => {
    const lines = renderTrendChart(trend, { theme: PLAIN_THEME, width: 40, stack: true });
    expect(lines[1]).toMatch(/^2020 {2}█+▓+ +6$/);
    expect(lines[4]).toContain('█ must');
  });

  it('writes TSV and CSV with the undated last', () => {
    expect(renderTrendTsv(trend, false)).toBe('2020\t6\n2021\t0\n2022\t1\nundated\t3');
    expect(renderTrendCsv(trend, true)).toBe('period,count,must,should,will\r\n2020,6,4,2,0\r\n2021,0,0,0,0\r\n2022,1,1,0,0\r\nundated,3,0,0,3\r\n');
  });
});
