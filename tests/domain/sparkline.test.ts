import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/api/schemas';
import { labelledSparkline, shortPeriod, sparklineSegments } from '../../src/domain/sparkline';
import { measure } from './helpers';

const month = (m: number, value: number | null, extra: Partial<Point> = {}): Point => ({
  periodEnd: `2023-${String(m).padStart(2, '0')}-28`,
  value,
  ...extra,
});

describe('sparklineSegments', () => {
  it('marks each suppressed period where it falls and draws no point for it', () => {
    const out = sparklineSegments([1, 'c', 3, null, 'c'], 100, 20, 0);
    expect(out.suppressed).toEqual([25, 100]);
    expect(out.segments.map((s) => s.map(([x]) => x))).toEqual([[0], [50]]);
    expect(out.first).toEqual([0, 20]);
    expect(out.last).toEqual([50, 0]);
  });

  it('keeps label room either side and stretches the scale to reach a target', () => {
    const out = sparklineSegments([60, 70], 200, 40, 0, { left: 50, right: 50, include: [90] });
    expect(out.first?.[0]).toBe(50);
    expect(out.last?.[0]).toBe(150);
    // 60 is the bottom, 90 the top: 70 a third of the way up.
    expect(out.y(90)).toBe(0);
    expect(out.first?.[1]).toBe(40);
    expect(out.last?.[1]).toBeCloseTo(26.7, 1);
  });
});

describe('labelledSparkline', () => {
  it('labels the first and latest figures with their periods and carries the target line', () => {
    const chart = labelledSparkline(
      measure({ decimals: 1, target: { value: 90 }, points: [month(1, null), month(2, 71), month(3, 74, { status: 'suppressed' }), month(4, 77, { status: 'provisional' })] }),
    );
    expect(chart).toEqual({
      values: [71, 'c', 77],
      start: { value: '71.0%', period: 'Feb 2023' },
      end: { value: '77.0%', period: 'Apr 2023', provisional: true },
      target: { kind: 'line', value: 90 },
    });
  });

  it('draws a band for a target range, and nothing for a measure with no target', () => {
    const points = [month(1, 18), month(2, 21)];
    expect(labelledSparkline(measure({ unit: 'count', polarity: 'in-range-is-good', target: { min: 16, max: 20 }, points }))?.target).toEqual({
      kind: 'band',
      min: 16,
      max: 20,
    });
    expect(labelledSparkline(measure({ polarity: 'no-judgement', target: { value: 5 }, points }))?.target).toBeNull();
  });

  it('is left out when it would say nothing the sentence does not: fewer than two figures', () => {
    expect(labelledSparkline(measure({ points: [] }))).toBeNull();
    expect(labelledSparkline(measure({ points: [month(1, 5)] }))).toBeNull();
    expect(labelledSparkline(measure({ points: [month(1, 5), month(2, 6, { status: 'suppressed' }), month(3, null)] }))).toBeNull();
  });
});

describe('shortPeriod', () => {
  it('keeps a short label and shortens a long one to its end month', () => {
    expect(shortPeriod({ periodEnd: '2023-12-31', periodLabel: 'Q3 2023-24' })).toBe('Q3 2023-24');
    expect(shortPeriod({ periodEnd: '2023-12-31', periodLabel: '2023-24 (April to December)' })).toBe('Dec 2023');
    expect(shortPeriod({ periodEnd: '2023-03-31' })).toBe('Mar 2023');
  });
});
