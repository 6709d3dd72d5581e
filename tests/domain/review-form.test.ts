import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDateParts, checkReviewForm, datePartsOf, defaultReviewTitle, reviewPreview } from '../../src/domain';
import { reviewDateProblem } from '../../src/domain/write-rules';

const form = (title: string, day: string, month: string, year: string) => ({ title, day, month, year });

describe('recording a review: the form', () => {
  it('prefills the meeting’s name from the latest review, or the usual board', () => {
    expect(defaultReviewTitle([])).toBe('Improvement Board');
    expect(
      defaultReviewTitle([
        { forum: 'Improvement Board', date: '2023-11-30' },
        { forum: 'Extraordinary Board', date: '2023-12-14' },
        { forum: 'Scrutiny', date: '2023-12-01' },
      ]),
    ).toBe('Extraordinary Board');
    expect(defaultReviewTitle([{ forum: '  ', date: '2023-12-14' }])).toBe('Improvement Board');
  });

  it('fills the date boxes as a person would type them', () => {
    expect(datePartsOf('2024-01-12')).toEqual({ day: '12', month: '1', year: '2024' });
    expect(datePartsOf(null)).toEqual({ day: '', month: '', year: '' });
    expect(datePartsOf('2023-02-30')).toEqual({ day: '', month: '', year: '' });
  });

  it.each([
    [['', '', ''], 'Enter the date of the meeting', ['day', 'month', 'year']],
    [['12', '', '2024'], 'The date of the meeting must include a month', ['month']],
    [['', '', '2024'], 'The date of the meeting must include a day and month', ['day', 'month']],
    [['12', '1', ' '], 'The date of the meeting must include a year', ['year']],
    [['12th', '1', '2024'], 'The date of the meeting must be a real date', ['day']],
    [['12', 'Jan', '2024'], 'The date of the meeting must be a real date', ['month']],
    [['12', '1', '24'], 'Year must include 4 numbers', ['year']],
    [['12', '13', '2024'], 'The date of the meeting must be a real date', ['month']],
    [['30', '2', '2024'], 'The date of the meeting must be a real date', ['day']],
    [['29', '2', '2023'], 'The date of the meeting must be a real date', ['day']],
    [['0', '2', '2024'], 'The date of the meeting must be a real date', ['day']],
  ])('date boxes %j: "%s" marking %j', ([day, month, year], message, parts) => {
    expect(checkDateParts({ day: day ?? '', month: month ?? '', year: year ?? '' })).toEqual({ ok: false, message, parts });
  });

  it('accepts a real date with or without leading zeros, and a leap day', () => {
    expect(checkDateParts({ day: '09', month: '01', year: '2024' })).toEqual({ ok: true, date: '2024-01-09' });
    expect(checkDateParts({ day: ' 9 ', month: '1', year: '2024' })).toEqual({ ok: true, date: '2024-01-09' });
    expect(checkDateParts({ day: '29', month: '2', year: '2024' })).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('turns any real date back into the same boxes (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const checked = checkDateParts(datePartsOf(iso));
        return checked.ok && checked.date === iso;
      }),
    );
  });

  it('checks the whole form: name and date together, and not before the latest review', () => {
    expect(checkReviewForm(form(' Improvement Board ', '12', '1', '2024'), '2023-12-14')).toEqual({ ok: true, value: { title: 'Improvement Board', date: '2024-01-12' } });
    expect(checkReviewForm(form('Improvement Board', '14', '12', '2023'), '2023-12-14')).toMatchObject({ ok: true });
    expect(checkReviewForm(form('Board', '1', '1', '2024'), null)).toMatchObject({ ok: true });
    expect(checkReviewForm(form('  ', '', '1', '2024'), '2023-12-14')).toEqual({
      ok: false,
      errors: [
        { field: 'title', message: 'Enter the meeting’s name.' },
        { field: 'date', message: 'The date of the meeting must include a day' },
      ],
      dateParts: ['day'],
    });
    expect(checkReviewForm(form('Board', '13', '12', '2023'), '2023-12-14')).toEqual({
      ok: false,
      errors: [{ field: 'date', message: 'The meeting’s date must be on or after the last review’s (14 Dec 2023).' }],
      dateParts: ['day', 'month', 'year'],
    });
    expect(checkReviewForm(form('x'.repeat(201), '12', '1', '2024'), null)).toMatchObject({ ok: false, errors: [{ field: 'title', message: 'The meeting’s name must be 200 characters or fewer.' }] });
  });

  it('words the latest-review rule once, for the form, the server and the demo', () => {
    expect(reviewDateProblem('2023-12-13', '2023-12-14')).toEqual({ field: 'date', message: 'The meeting’s date must be on or after the last review’s (14 Dec 2023).' });
    expect(reviewDateProblem('2023-12-14', '2023-12-14')).toBeUndefined();
    expect(reviewDateProblem('2020-01-01', null)).toBeUndefined();
  });

  it('says what recording will freeze: every action, counted by its current rating', () => {
    expect(
      reviewPreview([
        { id: '1.1', rating: 'blue' },
        { id: '1.2', rating: 'red' },
        { id: '1.3', rating: null },
        { id: '1.4', rating: 'red' },
      ]),
    ).toEqual({ total: 4, counts: { blue: 1, green: 0, amber: 0, red: 2, 'not-due': 0, unrated: 1 } });
    expect(reviewPreview([])).toEqual({ total: 0, counts: { blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 } });
  });
});
