import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, eventually, lines, open, press, statusLine } from './harness.js';

afterEach(() => cleanup());

const listedIds = (shown: string[]): string[] => shown.flatMap((line) => /^[› ][+ ] ?\S+\s*\??\s+(\S+-\d+)\s/.exec(line)?.[1] ?? []);

describe('browse: sorting (issue 15.6)', () => {
  it('cycles relevance → date → force → document order → confidence, says so, and reorders', async () => {
    const app = await open({}, { columns: 100, rows: 30 });
    await eventually(() => expect(statusLine(app)).toMatch(/^12 of 12 · sort: relevance/));
    await press(app, KEY.alt('s'));
    await eventually(() => expect(statusLine(app)).toContain('sort: date'));
    // newest first: the 2024 document leads
    await eventually(() => expect(listedIds(lines(app))[0]).toMatch(/^cc33dd44-/));
    await press(app, KEY.ctrl('t'), 's');
    await eventually(() => expect(statusLine(app)).toContain('sort: force'));
    await press(app, 's');
    await eventually(() => expect(statusLine(app)).toContain('sort: document order'));
    await eventually(() => expect(listedIds(lines(app))[0]).toBe('aa11bb22-1'));
    await press(app, 's');
    await eventually(() => expect(statusLine(app)).toContain('sort: confidence'));
  });
});

describe('browse: confidence (issue 15.9)', () => {
  it('marks doubtful directives with a "?" and lists the least sure first when sorted by confidence', async () => {
    const app = await open({ initialCriteria: { doc: 'ff00ee11' } }, { columns: 100, rows: 30 });
    await eventually(() => expect(lines(app).find((line) => line.includes('ff00ee11-2'))).toMatch(/should\s*\? ff00ee11-2/));
    expect(lines(app).find((line) => line.includes('ff00ee11-1'))).not.toMatch(/\? ff00ee11-1/);
    await press(app, KEY.alt('s'), KEY.alt('s'), KEY.alt('s'), KEY.alt('s'));
    await eventually(() => expect(statusLine(app)).toContain('sort: confidence'));
    await eventually(() => expect(listedIds(lines(app))).toEqual(['ff00ee11-2', 'ff00ee11-1']));
  });
});
