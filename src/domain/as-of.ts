/**
 * "Data as at" handling. The reference date for every date rule (overdue, due soon,
 * "updated N weeks ago") is the date of the data's `asOf`, as written by the server,
 * not the viewer's clock: a board pack printed a week later still shows the figures
 * the board discussed, and a stale extract cannot make actions look overdue that
 * may have been finished since.
 */
import { dateOfDateTime } from './dates';

/** The calendar date of an ISO date-time in the offset it was written with. */
export function referenceDate(asOf: string): string {
  const date = dateOfDateTime(asOf);
  if (date === null) throw new RangeError(`Not an ISO date-time: ${asOf}`);
  return date;
}

/**
 * The reference date of a plan's views: the actions' "as at" (the figures the dates
 * are judged on), or the plan's while the actions load; null until either is known.
 */
export function planReferenceDate(actionsAsOf: string | undefined, planAsOf: string | undefined): string | null {
  const asOf = actionsAsOf ?? planAsOf;
  return asOf === undefined ? null : referenceDate(asOf);
}

const UK_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/** "12 January 2024, 9:00am" in UK time, as GOV.UK writes dates and times. */
export function formatAsOf(asOf: string): string {
  const instant = new Date(asOf);
  if (Number.isNaN(instant.getTime())) return asOf;
  const parts = Object.fromEntries(UK_DATE_TIME.formatToParts(instant).map((p) => [p.type, p.value]));
  const period = (parts.dayPeriod ?? '').toLowerCase().replace(/\s|\./g, '');
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}${period}`;
}
