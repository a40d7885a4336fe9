import { describe, expect, it } from 'vitest';
import { closestIds } from '../../src/query/closest.js';

const IDS = ['4192be01-1', '4192be01-2', '4192be01-10', 'aa11bb22-1'];

describe('closestIds', () => {
  it.each([
    ['a prefix finds the ids it starts', '4192be01-1', ['4192be01-1', '4192be01-10', '4192be01-2']],
    ['a typo finds ids an edit away', '4129be01-2', ['4192be01-2', '4192be01-1']],
    ['nonsense finds nothing', 'nope', []],
  ])('%s', (_, wanted, expected) => {
    expect(closestIds(wanted, IDS).slice(0, expected.length)).toEqual(expected);
    if (expected.length === 0) expect(closestIds(wanted, IDS)).toEqual([]);
  });
});
