import { describe, expect, it } from 'vitest';
import { capitalise, formatCount, joinWords, plural } from '../../src/domain/words';

describe('formatCount', () => {
  it('writes counts over 999 with commas, as GOV.UK does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(5000)).toBe('5,000');
    expect(formatCount(20_000)).toBe('20,000');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('agrees with a plain comma-grouping of the digits for any whole count', () => {
    const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    for (let n = 0; n < 2_000_000; n += 7919) expect(formatCount(n)).toBe(group(n));
  });
});

describe('plural', () => {
  it('uses the singular for one only, and formats the count', () => {
    expect(plural(1, 'action', 'actions')).toBe('1 action');
    expect(plural(0, 'action', 'actions')).toBe('0 actions');
    expect(plural(2, 'action', 'actions')).toBe('2 actions');
    expect(plural(5000, 'action', 'actions')).toBe('5,000 actions');
  });
});

describe('joinWords and capitalise', () => {
  it('joins with commas and a final "and"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('capitalises the first letter only', () => {
    expect(capitalise('since last review')).toBe('Since last review');
    expect(capitalise('')).toBe('');
  });
});
