import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/render/sanitize.js';

describe('sanitize', () => {
  it.each([
    ['OSC 52 clipboard write', 'a\x1b]52;c;aGk=\x07b', 'a\\x1b]52;c;aGk=\\x07b'],
    ['OSC 8 link with ST', '\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\', '\\x1b]8;;http://x\\x1b\\link\\x1b]8;;\\x1b\\'],
    ['CSI clear screen', 'x\x1b[2Jy', 'x\\x1b[2Jy'],
    ['SGR colour', '\x1b[31mred\x1b[0m', '\\x1b[31mred\\x1b[0m'],
    ['C1 CSI', 'a\x9b2Jb', 'a\\x9b2Jb'],
    ['bell, backspace, DEL', 'a\x07b\x08c\x7f', 'a\\x07b\\x08c\\x7f'],
    ['bidi override and isolate', 'a\u202eb\u2066c', 'a\\u202eb\\u2066c'],
    ['a bare carriage return, which could overwrite a line', 'safe\rEVIL', 'safe\\x0dEVIL'],
    ['CRLF line ends are line ends', 'a\r\nb', 'a b'],
    ['tab and newline become spaces', 'a\tb\nc', 'a b c'],
    ['CJK and emoji pass', '防汛责任 ✅', '防汛责任 ✅'],
  ])('%s', (_, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('keeps newlines and tabs when asked, but never a bare CR', () => {
    expect(sanitize('a\nb\tc\rd', { keepNewlines: true, keepTabs: true })).toBe('a\nb\tc\\x0dd');
  });

  it('leaves no raw control character in anything', () => {
    let all = '';
    for (let code = 0; code < 0xa0; code++) all += String.fromCharCode(code);
    expect(sanitize(all)).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
  });
});
