import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { documentLayout } from '../../src/tui/document-view.js';
import { FAR, FIRST, KEY, eventually, flat, frame, lines, open, press, reader } from './harness.js';

afterEach(() => cleanup());

describe('documentLayout (issue 15.5)', () => {
  it('marks every directive, the current one »so«, and knows its lines', () => {
    const doc = reader.document('ff00ee11')!;
    const layout = documentLayout(doc, [FAR, FIRST], 1, PLAIN_THEME, 60);
    const text = layout.lines.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('‹All provinces must publish flood maps.›');
    expect(text).toContain('»Every county should train rescue volunteers before the rainy season.«');
    expect(layout.lines[layout.focus.first]).toContain('»');
    expect(layout.lines[layout.focus.last]).toContain('«');
    expect(layout.focus.first).toBeGreaterThan(20);
  });
});

describe('browse: the document (issue 15.5)', () => {
  it('shows each row’s document, abbreviated, beside its date', async () => {
    const app = await open({}, { columns: 100, rows: 30 });
    await eventually(() => expect(lines(app).find((line) => line.includes('ff00ee11-1'))).toMatch(/2021-05-04 Long paragraph/));
    expect(lines(app).find((line) => line.includes('cc33dd44-1'))).toMatch(/2024-01-22 国务院常务/);
  });

  it('opens the whole document with the selected directive in view; n and N jump between directives', async () => {
    const app = await open({ initialQuery: 'rescue volunteers' }, { columns: 80, rows: 24 });
    await press(app, KEY.alt('o'));
    await eventually(() => expect(frame(app)).toMatch(/━━ ▶ document · directive 2 of 2/));
    expect(flat(app)).toContain('»Every county should train rescue volunteers');
    expect(flat(app)).not.toContain('Long paragraph notice');
    await press(app, 'N');
    await eventually(() => expect(frame(app)).toMatch(/directive 1 of 2/));
    expect(flat(app)).toContain('»All provinces must publish flood maps.«');
    expect(flat(app)).toContain('Long paragraph notice');
    await press(app, 'n');
    await eventually(() => expect(frame(app)).toMatch(/directive 2 of 2/));
    await press(app, KEY.up, KEY.up);
    await press(app, KEY.escape);
    await eventually(() => expect(frame(app)).toMatch(/results 1/));
  });
});
