import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/api/schemas';
import { pointYearEarlier, yearOnYear } from '../../src/domain';
import { measure } from './helpers';

const p = (periodEnd: string, value: number | null, extra: Partial<Point> = {}): Point => ({ periodEnd, value, ...extra });

describe('year on year', () => {
  it('matches the same period a year earlier and computes the change exactly', () => {
    const m = measure({ points: [p('2023-03-31', 71.1), p('2023-04-30', 72), p('2024-02-29', 75), p('2024-03-31', 77.3)] });
    const yoy = yearOnYear(m);
    expect(yoy?.yearEarlier.periodEnd).toBe('2023-03-31');
    expect(yoy?.change).toBe(6.2); // 77.3 - 71.1 is 6.199999999999996 in floats
    expect(77.3 - 71.1).not.toBe(6.2);
    expect(yoy?.direction).toBe('improving');
  });

  it('handles Feb 29 both ways', () => {
    expect(pointYearEarlier(measure({ points: [p('2023-02-28', 1)] }), { periodEnd: '2024-02-29' })?.value).toBe(1);
    expect(pointYearEarlier(measure({ points: [p('2024-02-29', 2)] }), { periodEnd: '2025-02-28' })?.value).toBe(2);
    expect(pointYearEarlier(measure({ points: [p('2024-02-28', 3)] }), { periodEnd: '2025-02-28' })).toBeNull();
  });

  it('follows polarity', () => {
    const m = measure({ polarity: 'low-is-good', points: [p('2023-03-31', 20), p('2024-03-31', 25)] });
    expect(yearOnYear(m)).toMatchObject({ change: 5, direction: 'worsening' });
  });

  it.each([
    ['no year-earlier period', [p('2023-04-30', 1), p('2024-03-31', 2)]],
    ['year-earlier point suppressed', [p('2023-03-31', 1, { status: 'suppressed' }), p('2024-03-31', 2)]],
    ['year-earlier point null', [p('2023-03-31', null), p('2024-03-31', 2)]],
    ['empty', []],
    ['single', [p('2024-03-31', 2)]],
  ])('null when %s', (_, series) => {
    expect(yearOnYear(measure({ points: series }))).toBeNull();
  });

  it('uses the latest usable point, skipping a trailing null', () => {
    const m = measure({ points: [p('2022-03-31', 10), p('2023-03-31', 12), p('2023-04-30', null, { status: 'not-available' })] });
    expect(yearOnYear(m)).toMatchObject({ change: 2, latest: { periodEnd: '2023-03-31' } });
  });
});
