import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDateTime,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  isLeapYear,
  oneYearEarlier,
  parseIsoDate,
  toDayNumber,
} from '../../src/domain';

describe('calendar basics', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2023, 4, 30],
    [2023, 12, 31],
    [2023, 13, 0],
    [2023, 0, 0],
  ])('daysInMonth(%i, %i) is %i', (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });

  it.each(['2023-02-30', '2023-13-01', '2023-00-10', '2023-04-31', '2023-02-29', '2023-1-01', '2023-01-00', 'March 2023', ''])(
    'parseIsoDate rejects %s',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );

  it('parseIsoDate accepts 29 Feb in a leap year', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('day numbers: epoch, and round trip', () => {
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(toDayNumber({ year: 2000, month: 3, day: 1 })).toBe(11017);
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('day numbers agree with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        fc.pre(d <= daysInMonth(y, m));
        expect(toDayNumber({ year: y, month: m, day: d })).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
      }),
    );
  });

  it.each([
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-07-30', 28, '2024-08-27'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('addDays throws on a caller bug', () => {
    expect(() => addDays('2023-02-30', 1)).toThrow(RangeError);
  });

  it('daysBetween', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-03-01', '2023-02-28')).toBe(-1);
  });

  it('formatIsoDate pads', () => {
    expect(formatIsoDate({ year: 987, month: 3, day: 5 })).toBe('0987-03-05');
  });
});

describe('oneYearEarlier', () => {
  it.each([
    ['2024-03-31', '2023-03-31'],
    ['2024-02-29', '2023-02-28'],
    ['2025-02-28', '2024-02-29'],
    ['2024-02-28', '2023-02-28'],
    ['2023-02-28', '2022-02-28'],
    ['2024-06-30', '2023-06-30'],
    ['2024-06-15', '2023-06-15'],
    ['2024-01-31', '2023-01-31'],
  ])('%s -> %s', (date, expected) => {
    expect(oneYearEarlier(date)).toBe(expected);
  });

  it('always gives a real date in the same month of the previous year', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50000, max: 50000 }), (n) => {
        const date = formatIsoDate(fromDayNumber(n));
        const earlier = oneYearEarlier(date);
        expect(parseIsoDate(earlier)).not.toBeNull();
        expect(earlier.slice(5, 7)).toBe(date.slice(5, 7));
        expect(Number(earlier.slice(0, 4))).toBe(Number(date.slice(0, 4)) - 1);
      }),
    );
  });
});

describe('dateOfDateTime', () => {
  it('keeps the local date as written, not UTC', () => {
    expect(dateOfDateTime('2024-07-30T00:30:00+01:00')).toBe('2024-07-30');
    expect(dateOfDateTime('2024-07-30T23:30:00-05:00')).toBe('2024-07-30');
    expect(dateOfDateTime('nonsense')).toBeNull();
  });
});
