import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { BINDINGS, helpLines } from '../../src/tui/keys.js';
import * as line from '../../src/tui/line-edit.js';
import { KEY, eventually, lines, open, press } from './harness.js';

afterEach(() => cleanup());

const at = (text: string, cursor: number): line.LineState => ({ text, cursor });

describe('line editing, as readline does it (issue 15.3)', () => {
  it('moves and deletes by character, word and line, in code points', () => {
    expect(line.insert(at('mral', 1), 'o')).toEqual(at('moral', 2));
    expect(line.moveBy(at('防汛', 0), 5)).toEqual(at('防汛', 2));
    expect(line.backspace(at('防汛工作', 2))).toEqual(at('防工作', 1));
    expect(line.deleteWordBlank(at('flood control  ', 15))).toEqual(at('flood ', 6));
    expect(line.deleteWord(at("'moral|skill", 12))).toEqual(at("'moral|", 7));
    expect(line.deleteToStart(at('flood control', 6))).toEqual(at('control', 0));
  });

  it('keeps a history, newest last, without blanks or repeats, and gives the draft back', () => {
    let history: line.History = { entries: [], at: null, draft: '' };
    for (const query of ['flood', '  ', 'school', 'flood']) history = line.remember(history, query);
    expect(history.entries).toEqual(['school', 'flood']);
    const back = line.browse(history, 'dra', -1)!;
    expect(back.text).toBe('flood');
    const older = line.browse(back.history, back.text, -1)!;
    expect(older.text).toBe('school');
    expect(line.browse(older.history, older.text, -1)).toBeNull();
    const forward = line.browse(line.browse(older.history, 'school', 1)!.history, 'flood', 1)!;
    expect(forward.text).toBe('dra');
  });
});

const queryText = (shown: string[]): string => /search: (.*)$/.exec(shown[0]!)?.[1]?.trimEnd() ?? '';

describe('browse: the query line', () => {
  it('edits in the middle with ← → Home End Ctrl-A Ctrl-E Ctrl-W Ctrl-U and Alt-Backspace', async () => {
    const app = await open();
    await press(app, ...'flood maps');
    await eventually(() => expect(queryText(lines(app))).toBe('flood maps▏'));
    await press(app, KEY.left, KEY.left, KEY.left, KEY.left, 'x');
    await eventually(() => expect(queryText(lines(app))).toBe('flood x▏maps'));
    await press(app, KEY.backspace, KEY.ctrl('a'), 'the ');
    await eventually(() => expect(queryText(lines(app))).toBe('the ▏flood maps'));
    await press(app, KEY.ctrl('e'), KEY.altBackspace);
    await eventually(() => expect(queryText(lines(app))).toBe('the flood ▏'));
    await press(app, KEY.home, KEY.end, KEY.ctrl('w'));
    await eventually(() => expect(queryText(lines(app))).toBe('the ▏'));
    await press(app, KEY.ctrl('u'));
    await eventually(() => expect(queryText(lines(app))).toBe('▏'));
  });

  it('recalls earlier queries with Ctrl-P and Ctrl-N', async () => {
    const app = await open({ history: ['school', 'irrigation'] });
    await press(app, ...'dra', KEY.ctrl('p'));
    await eventually(() => expect(queryText(lines(app))).toBe('irrigation▏'));
    await eventually(() => expect(lines(app).at(-1)).toMatch(/^1 of 12\b/));
    await press(app, KEY.ctrl('p'), KEY.ctrl('n'), KEY.ctrl('n'));
    await eventually(() => expect(queryText(lines(app))).toBe('dra▏'));
  });

  it('hands the history back on exit, the new query remembered', async () => {
    let kept: readonly string[] = [];
    const app = await open({ history: ['school'], onHistory: (entries) => (kept = entries) });
    await press(app, ...'flood', KEY.ctrl('t'), 'q');
    await eventually(() => expect(kept).toEqual(['school', 'flood']));
  });
});

describe('the help screen comes from the key table', () => {
  it('names every key the input handler knows', () => {
    const help = helpLines().join('\n');
    for (const binding of BINDINGS) if (binding.keys !== '') expect(help).toContain(binding.keys);
    expect(help).toMatch(/Alt chord/);
  });
});
