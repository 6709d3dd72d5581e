/**
 * Calendar arithmetic on ISO date strings (`YYYY-MM-DD`).
 *
 * Why strings and day numbers rather than `Date`: a `Date` carries a time zone, and
 * "is 2023-03-31 before today?" must not depend on where the browser is. A day
 * number (days since 1970-01-01 in the proleptic Gregorian calendar) is plain
 * integer arithmetic. Valid `YYYY-MM-DD` strings with four-digit years also sort
 * lexicographically in date order, so the hot paths compare strings directly.
 */

/** A calendar date split into its parts. Months are 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Short month names, en-GB: "Jan" to "Dec". */
export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1-12) of a year; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** Parses `YYYY-MM-DD`; null for the wrong shape or an impossible date (2023-02-30). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The `YYYY-MM-DD` of the last day of a month. */
export function lastDayOfMonth(year: number, month: number): string {
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}

/**
 * Days since 1970-01-01 (Howard Hinnant's days_from_civil). Pure integer maths,
 * so no time zone or daylight-saving change can shift a date.
 */
export function toDayNumber(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `toDayNumber` (civil_from_days). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function requireIsoDate(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(text)}`);
  return parsed;
}

/** `date` plus `days` (which may be negative). Throws on an invalid date: a caller bug. */
export function addDays(date: string, days: number): string {
  return formatIsoDate(fromDayNumber(toDayNumber(requireIsoDate(date)) + days));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(requireIsoDate(to)) - toDayNumber(requireIsoDate(from));
}

/** -1, 0 or 1. Valid ISO dates compare correctly as strings. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The same point in the calendar one year earlier, for "change on a year ago".
 * A month-end maps to the same month's end (2024-02-29 -> 2023-02-28 and
 * 2025-02-28 -> 2024-02-29), because period ends are month-ends and a February
 * period must match the previous February whatever its length. Any other day keeps
 * its day number, which always exists a year earlier (only 29 February is missing
 * in some years, and it is a month-end).
 */
export function oneYearEarlier(date: string): string {
  const d = requireIsoDate(date);
  const year = d.year - 1;
  if (d.day === daysInMonth(d.year, d.month)) return lastDayOfMonth(year, d.month);
  return formatIsoDate({ year, month: d.month, day: d.day });
}

/**
 * The calendar date part of an ISO date-time as written (its local date in the
 * offset it carries). `asOf` "2024-07-30T00:30:00+01:00" is 30 July for the council,
 * even though it is still 29 July in UTC, so we never convert to UTC first.
 */
export function dateOfDateTime(dateTime: string): string | null {
  const datePart = dateTime.slice(0, 10);
  return isIsoDate(datePart) ? datePart : null;
}
