/**
 * Deadlines as councils write them in their spreadsheets ("March 2023", "Feb 2023",
 * "31/03/2023", "Spring 2023", blank), read into the contract's `deadline` and
 * `deadlineText`, and written back the same way for the Excel export.
 *
 * Rules:
 * - A month and year ("March 2023", "Sept 2023", "2023-03") is a month deadline, `YYYY-MM`.
 * - A day ("31/03/2023", "31 March 2023", "2023-03-31") is `YYYY-MM-DD`. Day/month
 *   order is British (the plans are English councils'): 03/04/2023 is 3 April.
 * - A date-shaped value that is not a real date (31/02/2023, month 13) is invalid:
 *   reported, never corrected or guessed.
 * - Anything else ("Spring 2023", "Ongoing") is the plan's own words: `deadlineText`.
 */
import { lastDayOfMonth, parseIsoDate } from './dates';
import { type ParsedDeadline, parseDeadlineValue } from './deadlines';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** January -> 1; "Jan", "Jan.", "Sept" are accepted too; anything else -> undefined. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = MONTHS.findIndex((name) => name === w || (w.length <= 4 && name.startsWith(w)));
  return index === -1 ? undefined : index + 1;
}

const ISO_SHAPED = /^\d{4}-\d{2}(-\d{2})?$/;
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WORDED_DAY = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/i;
const WORDED_MONTH = /^([a-z]+\.?),?\s+(\d{4})$/i;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function dayDeadline(raw: string, year: number, month: number, day: number): ParsedDeadline {
  if (month < 1 || month > 12) return { kind: 'invalid', raw, reason: `month ${month} does not exist` };
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  const parsed = parseIsoDate(iso);
  if (!parsed) return { kind: 'invalid', raw, reason: `day ${day} does not exist in ${MONTHS[month - 1]} ${year}` };
  return { kind: 'date', precision: 'day', raw: iso, due: iso, ...parsed };
}

function monthDeadline(year: number, month: number): ParsedDeadline {
  const raw = `${year}-${pad2(month)}`;
  const due = lastDayOfMonth(year, month);
  return { kind: 'date', precision: 'month', raw, due, year, month, day: Number(due.slice(8)) };
}

/**
 * Reads a deadline as written. For a date, `raw` is the contract value
 * (`YYYY-MM` or `YYYY-MM-DD`); for words, `text` is the words trimmed.
 */
export function parseWrittenDeadline(written: string): ParsedDeadline {
  const text = written.trim().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'none' };
  if (ISO_SHAPED.test(text)) {
    const parsed = parseDeadlineValue(text);
    return parsed.kind === 'invalid' ? { ...parsed, raw: written.trim() } : parsed;
  }
  const numeric = NUMERIC_DAY.exec(text);
  if (numeric) return dayDeadline(text, Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const wordedDay = WORDED_DAY.exec(text);
  const dayMonth = wordedDay ? monthNumber(wordedDay[2] ?? '') : undefined;
  if (wordedDay && dayMonth !== undefined) return dayDeadline(text, Number(wordedDay[3]), dayMonth, Number(wordedDay[1]));
  const wordedMonth = WORDED_MONTH.exec(text);
  const month = wordedMonth ? monthNumber(wordedMonth[1] ?? '') : undefined;
  if (wordedMonth && month !== undefined) return monthDeadline(Number(wordedMonth[2]), month);
  return { kind: 'text', text };
}

/** A month deadline as a council writes it: "March 2023". */
export function writtenMonth(year: number, month: number): string {
  const name = MONTHS[month - 1] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
}
