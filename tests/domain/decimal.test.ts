import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDifference, compareExact, compareSum, subtractExact, toDecimal } from '../../src/domain';

describe('exact decimals', () => {
  it.each([
    [0.1, 1n, -1],
    [90, 90n, 0],
    [-12.25, -1225n, -2],
    [1e-7, 1n, -7],
    [1.5e21, 15n, 20],
    [-0, 0n, 0],
  ])('toDecimal(%d)', (n, coefficient, exponent) => {
    expect(toDecimal(n)).toEqual({ coefficient, exponent });
  });

  it('rejects non-finite numbers', () => {
    expect(() => toDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => toDecimal(Infinity)).toThrow(RangeError);
  });

  it('decides boundaries floats get wrong', () => {
    // In floats 0.3 - 0.1 = 0.19999999999999998 < 0.2.
    expect(0.3 - 0.1 < 0.2).toBe(true);
    expect(compareDifference(0.3, 0.1, 0.2)).toBe(0);
    expect(subtractExact(0.3, 0.1)).toBe(0.2);
    // 0.1 + 0.2 = 0.30000000000000004 in floats.
    expect(compareSum(0.1, 0.2, 0.3)).toBe(0);
    expect(compareDifference(90, 0.1, 89.9)).toBe(0);
    expect(compareExact(89.9, 89.9000001)).toBe(-1);
  });

  it('compareExact agrees with < on distinct doubles', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => {
        const expected = a < b ? -1 : a > b ? 1 : 0;
        expect(compareExact(a, b)).toBe(expected);
      }),
    );
  });

  it('subtractExact is exact for numbers written with up to 4 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: -10_000_000, max: 10_000_000 }), (a, b) => {
        expect(subtractExact(a / 10_000, b / 10_000)).toBe((a - b) / 10_000);
      }),
    );
  });
});
