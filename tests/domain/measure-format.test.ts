import { describe, expect, it } from 'vitest';
import type { Point, Unit } from '../../src/api/schemas';
import { formatMeasureChange, formatMeasureValue, formatNumber, formatPointValue, polarityWords, summariseMeasure, unitWords } from '../../src/domain';
import { measure } from './helpers';

describe('formatMeasureValue (en-GB)', () => {
  it.each<[number, Unit, number | undefined, string]>([
    [77, 'percent', 1, '77.0%'],
    [77, 'percent', 0, '77%'],
    [77.04, 'percent', 1, '77.0%'],
    [77.05, 'percent', 1, '77.1%'],
    [512.34, 'rate-per-10000', 1, '512.3 per 10,000'],
    [12345, 'count', 0, '12,345'],
    [1234567, 'count', undefined, '1,234,567'],
    [45, 'days', 0, '45 days'],
    [1, 'days', 0, '1 day'],
    [1, 'days', 1, '1.0 days'],
    [12, 'weeks', 0, '12 weeks'],
    [1, 'weeks', undefined, '1 week'],
    [1.5, 'ratio', 2, '1.50'],
    [3.25, 'score', undefined, '3.25'],
    [1234, 'currency-gbp', 0, '£1,234'],
    [1234.5, 'currency-gbp', 2, '£1,234.50'],
    [-1234, 'currency-gbp', 0, '-£1,234'],
    [1.005, 'count', 2, '1.01'], // half away from zero on the decimal as written (toFixed gives 1.00)
    [-0.04, 'percent', 1, '0.0%'], // never "-0.0%"
    [33.333333, 'percent', undefined, '33.3333%'],
    [0, 'count', 0, '0'],
  ])('%d %s (decimals %s) -> %s', (value, unit, decimals, expected) => {
    expect(formatMeasureValue(value, unit, decimals)).toBe(expected);
  });

  it('formats plain numbers with separators', () => {
    expect(formatNumber(1234.5, 1)).toBe('1,234.5');
  });

  it('shows suppressed as c and not-available as n/a, with p / r marks', () => {
    const m = { unit: 'percent' as const, decimals: 1 };
    const pt = (extra: Partial<Point>): Point => ({ periodEnd: '2024-03-31', value: 50, ...extra });
    expect(formatPointValue(pt({ status: 'suppressed' }), m)).toBe('c');
    expect(formatPointValue(pt({ status: 'suppressed', value: null }), m)).toBe('c');
    expect(formatPointValue(pt({ status: 'not-available', value: null }), m)).toBe('n/a');
    expect(formatPointValue(pt({ value: null }), m)).toBe('n/a');
    expect(formatPointValue(pt({ status: 'provisional' }), m)).toBe('50.0% (p)');
    expect(formatPointValue(pt({ status: 'revised' }), m)).toBe('50.0% (r)');
    expect(formatPointValue(pt({}), m)).toBe('50.0%');
  });

  it.each<[number, Unit, number | undefined, string]>([
    [6.2, 'percent', 1, '+6.2 percentage points'],
    [-1, 'percent', 0, '-1 percentage point'],
    [0, 'percent', 1, '0.0 percentage points'],
    [-12.5, 'rate-per-10000', 1, '-12.5 per 10,000'],
    [3, 'days', 0, '+3 days'],
    [1, 'days', 0, '+1 day'],
    [-200, 'currency-gbp', 0, '-£200'],
    [1500, 'count', 0, '+1,500'],
  ])('change %d %s -> %s', (change, unit, decimals, expected) => {
    expect(formatMeasureChange(change, unit, decimals)).toBe(expected);
  });

  it('has words for units and polarities', () => {
    expect(unitWords('rate-per-10000')).toBe('rate per 10,000 children');
    expect(polarityWords('low-is-good')).toBe('lower is better');
  });
});

describe('summariseMeasure', () => {
  it('puts the same rules together', () => {
    const s = summariseMeasure(
      measure({
        target: { value: 90, tolerance: 5 },
        points: [
          { periodEnd: '2023-03-31', value: 71 },
          { periodEnd: '2024-02-29', value: 75 },
          { periodEnd: '2024-03-31', value: 77 },
        ],
        comparators: [{ group: 'England', periodEnd: '2024-03-31', value: 88 }],
      }),
    );
    expect(s.latest?.value).toBe(77);
    expect(s.rag).toBe('red');
    expect(s.state).toBe('off-target');
    expect(s.travel.direction).toBe('improving');
    expect(s.yearOnYear?.change).toBe(6);
    expect(s.comparators[0]?.verdict).toBe('worse');
  });
});
