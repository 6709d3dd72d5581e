import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseWrittenDeadline, ratingFromWord, restoreNeutralised, writtenMonth } from '../../src/domain';

describe('deadlines as councils write them', () => {
  it.each([
    ['March 2023', '2023-03'],
    ['Feb 2023', '2023-02'],
    ['Sept 2023', '2023-09'],
    ['sep. 2023', '2023-09'],
    ['  December   2024 ', '2024-12'],
    ['2023-03', '2023-03'],
    ['31/03/2023', '2023-03-31'],
    ['1/4/2023', '2023-04-01'],
    ['03/04/2023', '2023-04-03'],
    ['29/02/2024', '2024-02-29'],
    ['31 March 2023', '2023-03-31'],
    ['1st Feb 2024', '2024-02-01'],
    ['2023-03-31', '2023-03-31'],
  ])('%j is the date %s', (written, raw) => {
    const parsed = parseWrittenDeadline(written);
    expect(parsed.kind).toBe('date');
    expect(parsed.kind === 'date' && parsed.raw).toBe(raw);
  });

  it('a month deadline is due on the month\'s last day', () => {
    const parsed = parseWrittenDeadline('Feb 2024');
    expect(parsed.kind === 'date' && parsed.due).toBe('2024-02-29');
  });

  it.each(['Spring 2023', 'Ongoing', 'Quarterly from April 2023', 'Mayday 2023', 'Q1 2023-24'])('%j is kept as words', (written) => {
    expect(parseWrittenDeadline(written)).toEqual({ kind: 'text', text: written });
  });

  it.each(['', '   '])('%j is no deadline', (written) => {
    expect(parseWrittenDeadline(written)).toEqual({ kind: 'none' });
  });

  it.each([
    ['31/02/2023', 'day 31 does not exist in february 2023'],
    ['29/02/2023', 'day 29 does not exist in february 2023'],
    ['12/13/2023', 'month 13 does not exist'],
    ['31 April 2023', 'day 31 does not exist in april 2023'],
    ['2023-02-30', 'day 30 does not exist in 2023-02'],
    ['2023-13', 'month 13 does not exist'],
  ])('%j is not a real date and is never guessed', (written, reason) => {
    expect(parseWrittenDeadline(written)).toEqual({ kind: 'invalid', raw: written, reason });
  });

  it('reads back every month it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const parsed = parseWrittenDeadline(writtenMonth(year, month));
        expect(parsed.kind === 'date' && parsed.raw).toBe(`${year}-${String(month).padStart(2, '0')}`);
      }),
    );
  });

  it('reads dd/mm/yyyy as a real day exactly when the day exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const parsed = parseWrittenDeadline(`${day}/${month}/${year}`);
        // Expected from the calendar's month lengths, not from the parser.
        const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
        const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
        expect(parsed.kind).toBe(day <= length ? 'date' : 'invalid');
      }),
    );
  });

  it('never throws, whatever is written', () => {
    fc.assert(fc.property(fc.string(), (written) => void parseWrittenDeadline(written)));
  });
});

describe('BRAG words', () => {
  it.each([
    ['Blue', 'blue'],
    ['GREEN', 'green'],
    [' amber ', 'amber'],
    ['Red', 'red'],
    ['Not yet due', 'not-due'],
    ['not due', 'not-due'],
    ['not-due', 'not-due'],
    ['On track', 'green'],
    ['At risk', 'red'],
    ['Complete, impact to test', 'blue'],
    ['', null],
    ['Not rated', null],
    ['unrated', null],
  ])('%j reads as %s', (word, rating) => {
    expect(ratingFromWord(word)).toEqual({ ok: true, rating });
  });

  it.each(['Purple', 'G', 'Amber/Red', 'done'])('%j is not a rating', (word) => {
    expect(ratingFromWord(word)).toEqual({ ok: false });
  });
});

describe('formula neutralising, read back', () => {
  it.each(['=SUM(A1)', '+44', '-3', '@cmd', '\tTab', '\rCR', 'plain', "'quoted already", ''])('%j survives neutralising and restoring', (text) => {
    expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
  });

  it("'=x is guarded too, so restoring is the exact inverse", () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
    fc.assert(fc.property(fc.string(), (text) => restoreNeutralised(neutraliseFormula(text)) === text));
  });

  it('leaves a quote that does not guard a formula', () => {
    expect(restoreNeutralised("'tis the season")).toBe("'tis the season");
  });
});
