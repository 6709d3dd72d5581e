import { describe, expect, it } from 'vitest';
import type { Measure, Point } from '../../src/api/schemas';
import {
  chartRows,
  chartTableRows,
  chartSeries,
  chartTarget,
  sparklineSegments,
  sparklineValues,
  suggestYAxis,
  targetWords,
} from '../../src/domain';
import { measure } from './helpers';

const month = (m: number, value: number | null, extra: Partial<Point> = {}): Point => {
  const ends = ['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31'];
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const year = 2023 + Math.floor((m - 1) / 12);
  const mm = ((m - 1) % 12) + 1;
  return {
    periodEnd: `${year}-${String(mm).padStart(2, '0')}-${ends[mm - 1] ?? '28'}`,
    periodLabel: `${names[mm - 1] ?? ''} ${year}`,
    value,
    ...extra,
  };
};

const percent = (overrides: Partial<Measure>): Measure =>
  measure({ unit: 'percent', decimals: 1, polarity: 'high-is-good', target: { value: 90, tolerance: 5 }, ...overrides });

describe('chartRows', () => {
  it.each<{ name: string; points: Point[]; values: (number | null)[]; display: string[]; markers: string[] }>([
    {
      name: 'suppressed and not-available points are gaps, never zeros',
      points: [month(1, 70), month(2, 5, { status: 'suppressed' }), month(3, null, { status: 'not-available' }), month(4, 72)],
      values: [70, null, null, 72],
      display: ['70.0%', 'c', 'n/a', '72.0%'],
      markers: ['', '', '', ''],
    },
    {
      name: 'a null value without a status is a gap shown as n/a',
      points: [month(1, null), month(2, 71)],
      values: [null, 71],
      display: ['n/a', '71.0%'],
      markers: ['', ''],
    },
    {
      name: 'provisional and revised points keep their value and are marked',
      points: [month(1, 70, { status: 'revised' }), month(2, 71), month(3, 73, { status: 'provisional' })],
      values: [70, 71, 73],
      display: ['70.0% (r)', '71.0%', '73.0% (p)'],
      markers: ['r', '', 'p'],
    },
    { name: 'no points', points: [], values: [], display: [], markers: [] },
  ])('$name', ({ points, values, display, markers }) => {
    const rows = chartRows(percent({ points }));
    expect(rows.map((r) => r.value)).toEqual(values);
    expect(rows.map((r) => r.display)).toEqual(display);
    expect(rows.map((r) => r.marker)).toEqual(markers);
  });

  it('labels periods by their label, or by the end date when there is none', () => {
    const rows = chartRows(percent({ points: [{ periodEnd: '2023-03-31', value: 1 }, month(4, 2)] }));
    expect(rows.map((r) => r.label)).toEqual(['31 Mar 2023', 'Apr 2023']);
    expect(rows[1]?.x).toBeGreaterThan(rows[0]?.x ?? Infinity);
  });

  it('keeps confidence limits only for usable values that carry both', () => {
    const rows = chartRows(
      percent({
        points: [
          month(1, 70, { lower: 65, upper: 75 }),
          month(2, 71, { lower: 66 }),
          month(3, 4, { status: 'suppressed', lower: 1, upper: 8 }),
        ],
      }),
    );
    expect(rows.map((r) => [r.lower, r.upper])).toEqual([
      [65, 75],
      [null, null],
      [null, null],
    ]);
  });
});

describe('chartTarget and targetWords', () => {
  it.each<{ name: string; m: Partial<Measure>; expected: ReturnType<typeof chartTarget>; words: string }>([
    {
      name: 'high-is-good line with tolerance',
      m: { target: { value: 90, tolerance: 5 } },
      expected: { kind: 'line', value: 90, tolerance: 5, nearLimit: 85, words: '90.0% or more (near target down to 85.0%)' },
      words: '90.0% or more (near target down to 85.0%)',
    },
    {
      name: 'low-is-good line without tolerance',
      m: { unit: 'count', decimals: 0, polarity: 'low-is-good', target: { value: 0 } },
      expected: { kind: 'line', value: 0, tolerance: 0, nearLimit: 0, words: '0 or less' },
      words: '0 or less',
    },
    {
      name: 'low-is-good near limit is exact on decimals',
      m: { unit: 'score', decimals: 1, polarity: 'low-is-good', target: { value: 0.1, tolerance: 0.2 } },
      expected: { kind: 'line', value: 0.1, tolerance: 0.2, nearLimit: 0.3, words: '0.1 or less (near target up to 0.3)' },
      words: '0.1 or less (near target up to 0.3)',
    },
    {
      name: 'in-range band',
      m: { unit: 'ratio', polarity: 'in-range-is-good', target: { min: 16, max: 20, tolerance: 2 } },
      expected: { kind: 'band', min: 16, max: 20, tolerance: 2, words: 'between 16.0 and 20.0 (near target within 2.0 outside the range)' },
      words: 'between 16.0 and 20.0 (near target within 2.0 outside the range)',
    },
    { name: 'a band with min above max is no target', m: { polarity: 'in-range-is-good', target: { min: 20, max: 16 } }, expected: null, words: 'No target set' },
    { name: 'no target', m: { target: undefined }, expected: null, words: 'No target set' },
    {
      name: 'no-judgement ignores any target',
      m: { polarity: 'no-judgement', target: { value: 5 } },
      expected: null,
      words: 'No target (no judgement of better or worse)',
    },
  ])('$name', ({ m, expected, words }) => {
    expect(chartTarget(percent(m))).toEqual(expected);
    expect(targetWords(percent(m))).toBe(words);
  });
});

describe('suggestYAxis', () => {
  it.each<{ name: string; values: number[]; unit: Measure['unit']; domain: [number, number] }>([
    { name: 'percent values with a target above them', values: [50, 65.2, 80], unit: 'percent', domain: [40, 90] },
    { name: 'percent never goes above 100 or below 0', values: [2, 99], unit: 'percent', domain: [0, 100] },
    { name: 'a flat series gets room around it', values: [3, 3], unit: 'count', domain: [2.6, 3.4] },
    { name: 'zero alone', values: [0], unit: 'count', domain: [0, 1] },
    { name: 'nothing to show: percent 0-100', values: [], unit: 'percent', domain: [0, 100] },
    { name: 'scores may go negative', values: [-2, 2], unit: 'score', domain: [-3, 3] },
  ])('$name', ({ values, unit, domain }) => {
    const axis = suggestYAxis(values, unit);
    expect(axis.domain).toEqual(domain);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(axis.domain[0]);
      expect(v).toBeLessThanOrEqual(axis.domain[1]);
    }
    expect(axis.ticks[0]?.value).toBe(axis.domain[0]);
    expect(axis.ticks.at(-1)?.value).toBe(axis.domain[1]);
  });

  it('labels ticks with clean numbers and the unit where it is short', () => {
    expect(suggestYAxis([0.1, 0.3], 'percent').ticks.map((t) => t.label)).toEqual(['0.05%', '0.10%', '0.15%', '0.20%', '0.25%', '0.30%', '0.35%']);
    expect(suggestYAxis([3000, 5000], 'currency-gbp').ticks.map((t) => t.label)).toContain('£4,000');
  });
});

describe('chartSeries', () => {
  const comparators = [
    { group: 'England', periodLabel: '2022-23', periodEnd: '2023-03-31', value: 88 },
    { group: 'Statistical neighbours', periodLabel: '2022-23', periodEnd: '2023-03-31', value: 85.1 },
    { group: 'England', periodLabel: '2021-22', periodEnd: '2022-03-31', value: 86 },
  ];
  const full = percent({
    points: Array.from({ length: 15 }, (_, i) => month(i + 1, 70 + i * 0.5)).map((p, i) =>
      i === 1 ? { ...p, value: 3, status: 'suppressed' as const } : i === 14 ? { ...p, value: 77, status: 'provisional' as const } : p,
    ),
    comparators,
  });

  it('gives rows, target, comparator markers and a domain that holds them all', () => {
    const series = chartSeries(full);
    expect(series.rows).toHaveLength(15);
    expect(series.rows[1]?.value).toBeNull();
    expect(series.hasGaps).toBe(true);
    expect(series.hasProvisional).toBe(true);
    expect(series.target).toMatchObject({ kind: 'line', value: 90 });
    expect(series.comparatorGroups).toEqual(['England', 'Statistical neighbours']);
    expect(series.comparators.map((c) => [c.group, c.groupIndex, c.display, c.used])).toEqual([
      ['England', 0, '88.0%', true],
      ['Statistical neighbours', 1, '85.1%', true],
      ['England', 0, '86.0%', false],
    ]);
    // The older England figure (Mar 2022) lies before the series: the x extent includes it.
    const englandOld = series.comparators[2];
    expect(series.xDomain?.[0]).toBe(englandOld?.x);
    expect(series.yDomain[0]).toBeLessThanOrEqual(70);
    expect(series.yDomain[1]).toBeGreaterThanOrEqual(90);
    expect(series.xTicks[0]?.label).toBe('Jan 2023');
    expect(series.xTicks.at(-1)?.label).toBe('Mar 2024');
    expect(series.unitLabel).toBe('per cent');
    expect(series.periodLabel).toBe('Month');
  });

  it.each<{ name: string; m: Measure; summary: string }>([
    {
      name: 'latest with a year-earlier point, target and comparators',
      m: full,
      summary:
        '77.0% in Mar 2024 (provisional), below the 90.0% target: off target. Improving since Feb 2024 (up from 76.5%); higher is better. ' +
        'Up from 71.0% a year earlier (+6.0 percentage points on the year): improving. ' +
        // Like for like: England's 2022-23 figure against our March 2023, not our latest.
        'Worse than England (88.0%, 2022-23; ours 71.0%, Mar 2023): not tested for significance. ' +
        'Worse than statistical neighbours (85.1%, 2022-23; ours 71.0%, Mar 2023): not tested for significance.',
    },
    {
      name: 'no year-earlier point: compared with the previous usable point',
      m: percent({ points: [month(1, 91), month(2, 4, { status: 'suppressed' }), month(3, 89)], target: { value: 90, tolerance: 5 } }),
      summary: '89.0% in Mar 2023, below the 90.0% target: near target. Worsening since Jan 2023 (down from 91.0%); higher is better.',
    },
    {
      name: 'the last period has no figure: said so',
      m: percent({ points: [month(1, 91), month(2, 92), month(3, 2, { status: 'suppressed' })] }),
      summary:
        'Mar 2023: not published (small numbers). Latest figure: 92.0% in Feb 2023, above the 90.0% target: on target. Improving since Jan 2023 (up from 91.0%); higher is better.',
    },
    {
      name: 'single point',
      m: percent({ points: [month(1, 93)] }),
      summary: '93.0% in Jan 2023, above the 90.0% target: on target.',
    },
    { name: 'no points', m: percent({ points: [] }), summary: 'Not collected yet.' },
    {
      name: 'all null',
      m: percent({ points: [month(1, null, { status: 'not-available' }), month(2, null)] }),
      summary: 'Not collected yet.',
    },
    {
      name: 'no-judgement polarity: the move without a verdict, and no target',
      m: measure({ unit: 'currency-gbp', decimals: 0, polarity: 'no-judgement', points: [month(1, 3890), month(13, 4480)] }),
      summary: '£4,480 in Jan 2024: no target (a context figure, with no judgement of better or worse). Up from £3,890 a year earlier (+£590 on the year); no judgement of better or worse.',
    },
    {
      name: 'in-range band, comparators with different periods',
      m: measure({
        unit: 'ratio',
        decimals: 1,
        polarity: 'in-range-is-good',
        target: { min: 16, max: 20, tolerance: 2 },
        points: [month(1, 23.7), month(13, 18.8)],
        comparators: [
          { group: 'England', periodLabel: 'Sep 2023', periodEnd: '2023-09-30', value: 16.3 },
          { group: 'West Midlands', periodEnd: '2023-03-31', value: 17.2 },
        ],
      }),
      summary:
        '18.8 in Jan 2024, within the target range of 16.0 to 20.0: on target. Down from 23.7 a year earlier (-4.9 on the year): improving. ' +
        'England Sep 2023: 16.3; ours, Jan 2024: 18.8: not the same period. West Midlands 31 Mar 2023: 17.2; ours, Jan 2024: 18.8: not the same period.',
    },
  ])('summary: $name', ({ m, summary }) => {
    expect(chartSeries(m).summary).toBe(summary);
  });

  it.each([
    ['no points', percent({ points: [] })],
    ['all null', percent({ points: [month(1, null), month(2, null, { status: 'suppressed' })] })],
  ])('%s: nothing to draw, still a usable axis', (_, m) => {
    const series = chartSeries(m);
    expect(series.hasValues).toBe(false);
    expect(series.yDomain[1]).toBeGreaterThan(series.yDomain[0]);
  });

  it('a single point has one tick and a non-empty domain', () => {
    const series = chartSeries(percent({ points: [month(1, 93)], target: undefined }));
    expect(series.xTicks.map((t) => t.label)).toEqual(['Jan 2023']);
    expect(series.xDomain?.[0]).toBe(series.xDomain?.[1]);
    expect(series.yDomain[1]).toBeGreaterThan(series.yDomain[0]);
  });
});

describe('sparkline', () => {
  it.each<{ name: string; values: (number | null)[]; segments: number[]; last: [number, number] | null }>([
    { name: 'gaps split the line', values: [1, 2, null, 3, 4], segments: [2, 2], last: [98, 2] },
    { name: 'a lone value between gaps is its own segment', values: [1, null, 2, null, 3], segments: [1, 1, 1], last: [98, 2] },
    { name: 'all null draws nothing', values: [null, null], segments: [], last: null },
    { name: 'one value sits in the middle', values: [5], segments: [1], last: [50, 10] },
  ])('$name', ({ values, segments, last }) => {
    const out = sparklineSegments(values, 100, 20);
    expect(out.segments.map((s) => s.length)).toEqual(segments);
    expect(out.last).toEqual(last);
    for (const segment of out.segments) {
      for (const [x, y] of segment) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(100);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(20);
      }
    }
  });

  it('takes usable values only, and marks suppressed periods "c" (never their value)', () => {
    expect(sparklineValues({ points: [month(1, 3), month(2, 4, { status: 'suppressed' }), month(3, null)] })).toEqual([3, 'c', null]);
  });
});

describe('chartTableRows', () => {
  it('puts comparators in the row of their period, adds rows for other periods, undated last', () => {
    const series = chartSeries(
      percent({
        points: [month(3, 70), month(4, 71)],
        comparators: [
          { group: 'England', periodLabel: 'Mar 2023', periodEnd: '2023-03-31', value: 80 },
          { group: 'West Midlands', periodLabel: '2021-22', periodEnd: '2022-03-31', value: 75 },
          { group: 'England', periodLabel: 'latest', value: 81 },
        ],
      }),
    );
    const rows = chartTableRows(series);
    expect(rows.map((r) => [r.label, r.row?.display ?? null, r.comparators.map((c) => c?.display ?? null)])).toEqual([
      ['2021-22', null, [null, '75.0%']],
      ['Mar 2023', '70.0%', ['80.0%', null]],
      ['Apr 2023', '71.0%', [null, null]],
      ['latest', null, ['81.0%', null]],
    ]);
  });
});
