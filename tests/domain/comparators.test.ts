import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/api/schemas';
import { comparatorResults, comparatorWords, judgeAgainstComparator, latestComparators } from '../../src/domain';
import { measure } from './helpers';

function first<T>(list: readonly T[]): T {
  const [item] = list;
  if (item === undefined) throw new Error('empty list');
  return item;
}

describe('latestComparators', () => {
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
});

describe('like-for-like comparison', () => {
  // The demo's m-08 in small: the council's own 2022-23 months ran below England's
  // 2022-23 figure, although December 2023 beats it.
  const m08 = measure({
    unit: 'percent',
    decimals: 1,
    polarity: 'high-is-good',
    points: [
      { periodEnd: '2023-03-31', periodLabel: 'Mar 2023', value: 76.0, numerator: 136, denominator: 179 },
      { periodEnd: '2023-12-31', periodLabel: 'Dec 2023', value: 86.5, numerator: 90, denominator: 104 },
    ],
    comparators: [
      { group: 'England', periodLabel: '2021-22', periodEnd: '2022-03-31', value: 80.1 },
      { group: 'England', periodLabel: '2022-23', periodEnd: '2023-03-31', value: 82.9 },
      { group: 'England', periodLabel: '2023-24', periodEnd: '2024-03-31', value: 83.5 },
    ],
  });

  it('uses the council point of the same period end, the latest such comparator', () => {
    const england = first(comparatorResults(m08));
    expect(england.comparator.periodEnd).toBe('2023-03-31');
    expect(england.council?.periodEnd).toBe('2023-03-31');
    expect(england.samePeriod).toBe(true);
    // Wilson for 136/179 is 69.2% to 81.6% (by hand: (272 + 3.8415 ± 1.96 √(3.8415 + 544 (1 − 136/179))) / (2 (179 + 3.8415))).
    expect(england.interval?.lower).toBeCloseTo(69.22, 2);
    expect(england.interval?.upper).toBeCloseTo(81.65, 2);
    // England's 82.9% is above the whole interval: higher is better, so the council is worse.
    expect(england).toMatchObject({ verdict: 'worse', tested: true, reason: null });
    expect(comparatorWords(england, m08)).toBe('Worse than England (82.9%, 2022-23; ours 76.0%, Mar 2023)');
  });

  it('gives no verdict when no comparator period matches, and shows both figures with their periods', () => {
    const m = measure({ ...m08, comparators: [{ group: 'England', periodLabel: '2022-23', periodEnd: '2023-03-30', value: 82.9 }] });
    const england = first(comparatorResults(m));
    expect(england).toMatchObject({ verdict: 'not-compared', samePeriod: false, tested: false, reason: 'different-period' });
    expect(england.council?.periodEnd).toBe('2023-12-31');
    expect(comparatorWords(england, m)).toBe('England 2022-23: 82.9%; ours, Dec 2023: 86.5%: not the same period');
  });

  it('ignores a same-period council point that has no usable value', () => {
    const m = measure({
      ...m08,
      points: [{ periodEnd: '2023-03-31', value: 70, status: 'suppressed' }, { periodEnd: '2023-12-31', value: 86.5 }],
      comparators: [{ group: 'England', periodEnd: '2023-03-31', value: 82.9 }],
    });
    expect(comparatorResults(m)[0]).toMatchObject({ verdict: 'not-compared', reason: 'different-period' });
  });

  it('is similar when the comparator lies inside the interval, ends included', () => {
    const at = (value: number) =>
      comparatorResults(
        measure({ points: [{ periodEnd: '2024-03-31', value: 50, lower: 45, upper: 55 }], comparators: [{ group: 'England', periodEnd: '2024-03-31', value }] }),
      )[0];
    expect(at(45)).toMatchObject({ verdict: 'similar', tested: true });
    expect(at(55)).toMatchObject({ verdict: 'similar', tested: true });
    expect(at(44.9)).toMatchObject({ verdict: 'better', tested: true });
    expect(at(55.1)).toMatchObject({ verdict: 'worse', tested: true });
  });

  it("uses Byar's interval for a rate per 10,000", () => {
    // 10 events among 20,000 children is 5.0 per 10,000, interval 2.39 to 9.20 per 10,000.
    const rate = (value: number) =>
      comparatorResults(
        measure({
          unit: 'rate-per-10000',
          polarity: 'low-is-good',
          points: [{ periodEnd: '2024-03-31', value: 5, numerator: 10, denominator: 20_000 }],
          comparators: [{ group: 'England', periodEnd: '2024-03-31', value }],
        }),
      )[0];
    expect(rate(9)).toMatchObject({ verdict: 'similar', tested: true });
    expect(rate(9.3)).toMatchObject({ verdict: 'better', tested: true });
    expect(rate(2.3)).toMatchObject({ verdict: 'worse', tested: true });
    expect(rate(9)?.interval?.method).toBe('byar');
  });

  it('compares values untested where no interval can be had, equal values being similar', () => {
    const untested = (council: number, other: number, polarity: Measure['polarity'] = 'high-is-good') =>
      comparatorResults(
        measure({ unit: 'days', polarity, points: [{ periodEnd: '2024-03-31', value: council }], comparators: [{ group: 'England', periodEnd: '2024-03-31', value: other }] }),
      )[0] ?? null;
    expect(untested(30, 30)).toMatchObject({ verdict: 'similar', tested: false });
    expect(untested(31, 30)).toMatchObject({ verdict: 'better', tested: false });
    expect(untested(31, 30, 'low-is-good')).toMatchObject({ verdict: 'worse', tested: false });
    const result = untested(31, 30);
    if (result === null) throw new Error('no result');
    expect(comparatorWords(result, measure({ unit: 'days' }))).toBe('Better than England (30 days, 31 Mar 2024; ours 31 days, 31 Mar 2024): not tested for significance');
  });

  it.each(['in-range-is-good', 'no-judgement'] as const)('%s measures get no verdict', (polarity) => {
    const m = measure({ polarity, points: [{ periodEnd: '2024-03-31', value: 18 }], comparators: [{ group: 'England', periodEnd: '2024-03-31', value: 16 }] });
    expect(comparatorResults(m)[0]).toMatchObject({ verdict: 'not-compared', samePeriod: true, reason: 'no-judgement' });
  });

  it('says so when the council has no usable value', () => {
    const m = measure({ points: [{ periodEnd: '2024-03-31', value: null }], comparators: [{ group: 'England', periodEnd: '2024-03-31', value: 1 }] });
    expect(comparatorResults(m)[0]).toMatchObject({ verdict: 'not-compared', council: null, samePeriod: false, reason: 'no-council-value' });
  });
});

describe('judgeAgainstComparator: properties', () => {
  const value = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
  const interval = fc.tuple(value, value).map(([a, b]) => ({ lower: Math.min(a, b), upper: Math.max(a, b) }));

  it('swapping polarity swaps better and worse, and keeps similar', () => {
    fc.assert(
      fc.property(value, fc.option(interval, { nil: null }), value, (council, ci, other) => {
        const high = judgeAgainstComparator(council, ci, other, 'high-is-good');
        const low = judgeAgainstComparator(council, ci, other, 'low-is-good');
        const swapped = { better: 'worse', worse: 'better', similar: 'similar', 'not-compared': 'not-compared' } as const;
        return low.verdict === swapped[high.verdict] && low.tested === high.tested;
      }),
    );
  });

  it('a comparator inside the interval is always similar; outside, never', () => {
    fc.assert(
      fc.property(interval, value, (ci, other) => {
        const { verdict } = judgeAgainstComparator((ci.lower + ci.upper) / 2, ci, other, 'high-is-good');
        const inside = ci.lower <= other && other <= ci.upper;
        return inside === (verdict === 'similar');
      }),
    );
  });
});
