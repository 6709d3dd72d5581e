import { describe, expect, it } from 'vitest';
import type { NullableRating } from '../../src/api/schemas';
import {
  actionStatus,
  deadlineProblems,
  formatActionDeadline,
  formatIsoDateShort,
  isDueWithin,
  isOverdue,
  parseDeadline,
} from '../../src/domain';

const d = (deadline: string | null, rating: NullableRating = 'green', deadlineText: string | null = null) => ({ deadline, deadlineText, rating });

describe('parseDeadline', () => {
  it.each([
    ['2023-03', 'month', '2023-03-31'],
    ['2023-02', 'month', '2023-02-28'],
    ['2024-02', 'month', '2024-02-29'],
    ['2000-02', 'month', '2000-02-29'],
    ['1900-02', 'month', '1900-02-28'],
    ['2023-04', 'month', '2023-04-30'],
    ['2023-12', 'month', '2023-12-31'],
    ['2023-03-15', 'day', '2023-03-15'],
    ['2024-02-29', 'day', '2024-02-29'],
  ])('%s is due %s precision on %s', (raw, precision, due) => {
    expect(parseDeadline(d(raw))).toMatchObject({ kind: 'date', precision, due, raw });
  });

  it.each([
    ['2023-02-30', 'day 30 does not exist in 2023-02'],
    ['2023-02-29', 'day 29 does not exist in 2023-02'],
    ['2023-13', 'month 13 does not exist'],
    ['2023-00', 'month 00 does not exist'],
    ['2023-13-01', 'month 13 does not exist'],
    ['2023-04-31', 'day 31 does not exist in 2023-04'],
    ['March 2023', 'not YYYY-MM or YYYY-MM-DD'],
  ])('reports %s as invalid (%s), never guessing', (raw, reason) => {
    expect(parseDeadline(d(raw))).toEqual({ kind: 'invalid', raw, reason });
  });

  it('uses deadlineText only when deadline is null', () => {
    expect(parseDeadline(d(null, 'green', ' Spring 2023 '))).toEqual({ kind: 'text', text: 'Spring 2023' });
    expect(parseDeadline(d(null, 'green', '   '))).toEqual({ kind: 'none' });
    expect(parseDeadline({ deadline: undefined })).toEqual({ kind: 'none' });
    expect(parseDeadline(d('2023-03', 'green', 'Spring 2023'))).toMatchObject({ kind: 'date' });
  });

  it('lists impossible dates as problems', () => {
    expect(
      deadlineProblems([
        { id: '1.1', deadline: '2023-02-30' },
        { id: '1.2', deadline: '2023-02' },
        { id: '1.3', deadline: null, deadlineText: 'Ongoing' },
      ]),
    ).toEqual([{ actionId: '1.1', raw: '2023-02-30', reason: 'day 30 does not exist in 2023-02' }]);
  });
});

describe('overdue (deadline passed and not blue)', () => {
  it.each<[string | null, NullableRating, string, boolean]>([
    // month precision: due on the last day of the month
    ['2023-03', 'green', '2023-03-31', false],
    ['2023-03', 'green', '2023-04-01', true],
    ['2024-02', 'amber', '2024-02-29', false],
    ['2024-02', 'amber', '2024-03-01', true],
    ['2023-02', 'amber', '2023-03-01', true],
    ['2023-02', 'amber', '2023-02-28', false],
    // day precision: due date itself is not overdue
    ['2023-03-15', 'red', '2023-03-15', false],
    ['2023-03-15', 'red', '2023-03-16', true],
    // blue is never overdue; every other rating can be, unrated and not-due included
    ['2023-03', 'blue', '2024-01-01', false],
    ['2023-03', 'not-due', '2024-01-01', true],
    ['2023-03', null, '2024-01-01', true],
    // no real date: never overdue
    [null, 'red', '2030-01-01', false],
    ['2023-02-30', 'red', '2030-01-01', false],
    ['2023-13', 'red', '2030-01-01', false],
  ])('deadline %s rated %s on %s: overdue %s', (deadline, rating, today, expected) => {
    expect(isOverdue(d(deadline, rating), today)).toBe(expected);
  });

  it('a worded deadline never counts as overdue', () => {
    expect(isOverdue(d(null, 'red', 'Spring 2023'), '2030-01-01')).toBe(false);
  });
});

describe('due within N days (inclusive both ends, not blue, not overdue)', () => {
  it.each<[string, NullableRating, string, number, boolean]>([
    ['2024-07-30', 'green', '2024-07-30', 14, true],
    ['2024-08-13', 'green', '2024-07-30', 14, true],
    ['2024-08-14', 'green', '2024-07-30', 14, false],
    ['2024-07-29', 'green', '2024-07-30', 14, false],
    ['2024-08', 'green', '2024-07-30', 28, false],
    ['2024-08', 'green', '2024-08-04', 27, true],
    ['2024-08-01', 'blue', '2024-07-30', 14, false],
    ['2024-08-01', null, '2024-07-30', 14, true],
    ['2024-03-01', 'green', '2024-02-28', 2, true],
    ['2024-03-01', 'green', '2024-02-28', 1, false],
  ])('deadline %s rated %s on %s within %i days: %s', (deadline, rating, today, days, expected) => {
    expect(isDueWithin(d(deadline, rating), today, days)).toBe(expected);
  });

  it('actionStatus agrees and gives days until due', () => {
    expect(actionStatus(d('2024-08', 'amber'), '2024-07-30')).toMatchObject({ ratingKey: 'amber', due: '2024-08-31', overdue: false, dueSoon: false, daysUntilDue: 32 });
    expect(actionStatus(d('2024-07-01', null), '2024-07-30')).toMatchObject({ ratingKey: 'unrated', overdue: true, dueSoon: false, daysUntilDue: -29 });
    expect(actionStatus(d(null, 'red', 'Ongoing'), '2024-07-30')).toMatchObject({ due: null, overdue: false, dueSoon: false, daysUntilDue: null });
  });
});

describe('formatting deadlines', () => {
  it.each<[string | null, string | null, string]>([
    ['2023-03', null, 'Mar 2023'],
    ['2023-03-15', null, '15 Mar 2023'],
    ['2023-03-05', null, '5 Mar 2023'],
    ['2024-02', null, 'Feb 2024'],
    [null, 'Spring 2023', 'Spring 2023'],
    [null, null, 'No deadline'],
    [null, '', 'No deadline'],
    ['2023-02-30', null, '2023-02-30 (not a real date)'],
    ['2023-12', 'Ongoing', 'Dec 2023'],
  ])('%s / %s -> %s', (deadline, deadlineText, expected) => {
    expect(formatActionDeadline({ deadline, deadlineText })).toBe(expected);
  });

  it('formats ISO dates short', () => {
    expect(formatIsoDateShort('2024-06-11')).toBe('11 Jun 2024');
    expect(formatIsoDateShort('bad')).toBe('bad');
  });
});
