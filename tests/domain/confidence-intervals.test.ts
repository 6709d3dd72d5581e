import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byarInterval, pointInterval, wilsonInterval } from '../../src/domain';

/*
 * Known answers are published values, not our own output:
 * - Wilson: Newcombe (1998), "Two-sided confidence intervals for the single
 *   proportion: comparison of seven methods", Statistics in Medicine 17, Table II,
 *   method 3 (81/263, 15/148, 0/20, 1/29), and the textbook 10/100 = 5.52% to 17.44%
 *   and 0/50 = 0% to 7.13% (upper = z²/(n + z²)).
 * - Byar: the formula in Breslow and Day (1987), Statistical Methods in Cancer
 *   Research II, worked by hand for 0, 10 and 65 events (65 is the example in PHE's
 *   PHEindicatormethods, `byars_lower(65)`), and checked against the published exact
 *   Poisson limits it approximates (Garwood 1936: 10 events, 4.795 to 18.390; 0
 *   events, upper 3.689).
 */
describe('Wilson score interval', () => {
  it.each([
    [10, 100, 0.0552, 0.1744],
    [0, 50, 0, 0.0713],
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%d of %d: %f to %f', (x, n, lower, upper) => {
    const interval = wilsonInterval(x, n);
    expect(interval?.lower).toBeCloseTo(lower, 4);
    expect(interval?.upper).toBeCloseTo(upper, 4);
  });

  it('is exactly 0 and 1 at the ends, and null for impossible counts', () => {
    expect(wilsonInterval(0, 7)?.lower).toBe(0);
    expect(wilsonInterval(7, 7)?.upper).toBe(1);
    expect(wilsonInterval(3, 0)).toBeNull();
    expect(wilsonInterval(4, 3)).toBeNull();
    expect(wilsonInterval(-1, 3)).toBeNull();
  });

  it('contains the estimate and stays inside 0 to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const x = Math.round(n * share);
        const interval = wilsonInterval(x, n);
        if (interval === null) return false;
        return interval.lower >= 0 && interval.upper <= 1 && interval.lower <= x / n + 1e-12 && x / n <= interval.upper + 1e-12;
      }),
    );
  });

  it('narrows as the sample grows at the same share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 10 }), (n, tenths) => {
        const small = wilsonInterval((tenths * n) / 10, n);
        const large = wilsonInterval((tenths * n * 4) / 10, n * 4);
        if (!small || !large) return false;
        return large.upper - large.lower < small.upper - small.lower;
      }),
    );
  });
});

describe("Byar's method", () => {
  it.each([
    [10, 4.7874, 18.3915],
    [65, 50.1632, 82.8491],
    [0, 0, 3.668],
  ])('%d events: %f to %f', (x, lower, upper) => {
    const interval = byarInterval(x);
    expect(interval?.lower).toBeCloseTo(lower, 3);
    expect(interval?.upper).toBeCloseTo(upper, 3);
  });

  it('is within 0.2% of the exact Poisson limits for 10 events', () => {
    const interval = byarInterval(10);
    expect(Math.abs((interval?.lower ?? 0) - 4.795) / 4.795).toBeLessThan(0.002);
    expect(Math.abs((interval?.upper ?? 0) - 18.39) / 18.39).toBeLessThan(0.002);
  });

  it('contains the count, never goes below zero, and is null for a negative count', () => {
    expect(byarInterval(-1)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (x) => {
        const interval = byarInterval(x);
        return interval !== null && interval.lower >= 0 && interval.lower <= x && x <= interval.upper;
      }),
    );
  });
});

describe('pointInterval', () => {
  it('keeps a published interval', () => {
    expect(pointInterval({ lower: 60, upper: 70, numerator: 1, denominator: 2 }, 'percent')).toEqual({ lower: 60, upper: 70, method: 'given' });
  });

  it('uses Wilson for a percent, in percent', () => {
    const interval = pointInterval({ numerator: 10, denominator: 100 }, 'percent');
    expect(interval?.method).toBe('wilson');
    expect(interval?.lower).toBeCloseTo(5.52, 2);
    expect(interval?.upper).toBeCloseTo(17.44, 2);
  });

  it("uses Byar's on the numerator for a rate per 10,000, scaled by 10,000 / denominator", () => {
    // 10 events among 20,000 children: 5.0 per 10,000, limits 4.7874 / 2 and 18.3915 / 2.
    const interval = pointInterval({ numerator: 10, denominator: 20_000 }, 'rate-per-10000');
    expect(interval?.method).toBe('byar');
    expect(interval?.lower).toBeCloseTo(2.3937, 3);
    expect(interval?.upper).toBeCloseTo(9.1958, 3);
  });

  it('has none for other units, a missing count or a zero denominator', () => {
    expect(pointInterval({ numerator: 10, denominator: 100 }, 'count')).toBeNull();
    expect(pointInterval({ numerator: 10 }, 'percent')).toBeNull();
    expect(pointInterval({ numerator: 0, denominator: 0 }, 'percent')).toBeNull();
    expect(pointInterval({ lower: 5 }, 'percent')).toBeNull();
  });
});
