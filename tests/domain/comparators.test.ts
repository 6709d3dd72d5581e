import { describe, expect, it } from 'vitest';
import { comparatorResults, compareWithComparator, latestComparators } from '../../src/domain';
import { measure } from './helpers';

describe('comparators', () => {
  it('keeps the latest per group by periodEnd, undated ranking lowest, ties to the later entry', () => {
    const latest = latestComparators([
      { group: 'England', periodEnd: '2023-03-31', value: 80 },
      { group: 'England', periodEnd: '2022-03-31', value: 78 },
      { group: 'Statistical neighbours', value: 70 },
      { group: 'Statistical neighbours', periodEnd: '2021-03-31', value: 71 },
      { group: 'West Midlands', periodEnd: '2023-03-31', value: 75 },
      { group: 'West Midlands', periodEnd: '2023-03-31', value: 76 },
      { group: 'Undated', value: 1 },
      { group: 'Undated', value: 2 },
    ]);
    expect(latest.map((c) => [c.group, c.value])).toEqual([
      ['England', 80],
      ['Statistical neighbours', 71],
      ['West Midlands', 76],
      ['Undated', 2],
    ]);
    expect(latestComparators(undefined)).toEqual([]);
  });

  it.each([
    [80, 70, 'high-is-good', 'better'],
    [60, 70, 'high-is-good', 'worse'],
    [70, 70, 'high-is-good', 'same'],
    [60, 70, 'low-is-good', 'better'],
    [80, 70, 'low-is-good', 'worse'],
    [0.3, 0.3, 'low-is-good', 'same'],
    [18, 25, 'in-range-is-good', 'no-judgement'],
    [18, 25, 'no-judgement', 'no-judgement'],
  ] as const)('council %d vs %d, %s: %s', (council, other, polarity, expected) => {
    expect(compareWithComparator(council, other, polarity)).toBe(expected);
  });

  it('compares the council latest value with each latest comparator', () => {
    const m = measure({
      polarity: 'high-is-good',
      points: [
        { periodEnd: '2023-03-31', value: 70 },
        { periodEnd: '2024-03-31', value: 77 },
      ],
      comparators: [
        { group: 'England', periodEnd: '2023-03-31', value: 88 },
        { group: 'Statistical neighbours', periodEnd: '2024-03-31', value: 75 },
      ],
    });
    expect(comparatorResults(m).map((r) => [r.comparator.group, r.verdict, r.samePeriod, r.council?.value])).toEqual([
      ['England', 'worse', false, 77],
      ['Statistical neighbours', 'better', true, 77],
    ]);
  });

  it('says no judgement when the council has no usable value', () => {
    const m = measure({ points: [{ periodEnd: '2024-03-31', value: null }], comparators: [{ group: 'England', value: 1 }] });
    expect(comparatorResults(m)[0]).toMatchObject({ verdict: 'no-judgement', council: null, samePeriod: false });
  });
});
