import { describe, expect, it } from 'vitest';
import { formatAsOf, planReferenceDate, referenceDate } from '../../src/domain/as-of';

describe('referenceDate', () => {
  it.each([
    ['2024-01-12T09:00:00+00:00', '2024-01-12'],
    ['2024-06-30T23:30:00+01:00', '2024-06-30'],
    ['2024-07-01T00:15:00Z', '2024-07-01'],
  ])('is the calendar date %s was written in', (asOf, date) => {
    expect(referenceDate(asOf)).toBe(date);
  });

  it('refuses what is not a date-time', () => {
    expect(() => referenceDate('yesterday')).toThrow(RangeError);
    expect(() => referenceDate('2024-02-30T00:00:00Z')).toThrow(RangeError);
  });
});

describe('formatAsOf', () => {
  it.each([
    ['2024-01-12T09:00:00+00:00', '12 January 2024, 9:00am'],
    ['2024-07-30T08:05:00Z', '30 July 2024, 9:05am'],
    ['2024-07-30T12:00:00+01:00', '30 July 2024, 12:00pm'],
    ['2024-12-31T23:59:00+00:00', '31 December 2024, 11:59pm'],
  ])('writes %s in UK time as %s', (asOf, text) => {
    expect(formatAsOf(asOf)).toBe(text);
  });

  it('shows an unreadable value as written', () => {
    expect(formatAsOf('not a date')).toBe('not a date');
  });
});

describe('planReferenceDate', () => {
  it('is the actions’ date, the plan’s while the actions load, and null before either', () => {
    expect(planReferenceDate('2024-01-12T09:00:00Z', '2024-01-05T09:00:00Z')).toBe('2024-01-12');
    expect(planReferenceDate(undefined, '2024-01-05T09:00:00Z')).toBe('2024-01-05');
    expect(planReferenceDate(undefined, undefined)).toBeNull();
  });
});
