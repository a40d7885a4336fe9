import { describe, expect, it } from 'vitest';
import { completeDate, dateFromName } from '../../../src/corpus/input/dates.js';

describe('dateFromName', () => {
  it.each([
    ['readout-20240612.txt', '2024-06-12'],
    ['2024-06-12-notice.md', '2024-06-12'],
    ['notice_2024_6_12.pdf', '2024-06-12'],
    ['/zhengce/content/202406/content_6957061.htm', '2024-06'],
    ['/xinwen/2024-06/12/content_123.htm', '2024-06-12'],
    ['/gongbao/2024/t20240612_123.html', '2024-06-12'],
    ['08_interpret_state-council-notice-stabilize-economy-2022-05.txt', '2022-05'],
    ['20_interpret_xi-fujian-discusses-leadership-1993.txt', '1993'],
    ['06_xwlb_20240730.txt', '2024-07-30'],
    ['notice-20241312.txt', null],
    ['content_6957061.htm', null],
    ['readout.txt', null],
  ])('%s → %s', (name, date) => {
    expect(dateFromName(name)).toBe(date);
  });
});

describe('completeDate', () => {
  it.each([
    ['--06-12', '2024-06-12', '2024-06-12'],
    ['--06-12', '2024', '2024-06-12'],
    ['--06-12', '--06-12', '--06-12'],
    [null, '2024-06', '2024-06'],
    ['2024-06', '2024-06-12', '2024-06-12'],
    ['2024', '2024-06-12', '2024-06-12'],
    ['2023-06-12', '2024-06-12', '2023-06-12'],
    ['2024-05', '2024-06-12', '2024-05'],
    ['2024-06-12', null, '2024-06-12'],
  ])('%s with %s → %s', (date, hint, expected) => {
    expect(completeDate(date, hint)).toBe(expected);
  });
});
