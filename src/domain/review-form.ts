/**
 * "Record this meeting's ratings": the form's defaults, its checks (GOV.UK's date
 * input: day, month and year boxes, each problem naming the boxes at fault) and what
 * the recording will freeze. The request itself is checked by write-rules.ts, the
 * same rules the server applies, so the form and the server say the same words.
 */
import type { Action, Review } from '../api/schemas';
import { parseIsoDate } from './dates';
import type { RatingCounts } from './rollup-types';
import { countsTotal, reviewRatingCounts } from './review-counts';
import { checkReviewCreate, reviewDateProblem, type FieldProblem, type ReviewCreateRequest } from './write-rules';

export type DatePart = 'day' | 'month' | 'year';

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export interface ReviewForm extends DateParts {
  readonly title: string;
}

/** The meeting's usual name: what the latest review was called, else the plan's usual board. */
export function defaultReviewTitle(reviews: readonly Pick<Review, 'forum' | 'date'>[]): string {
  let latest: Pick<Review, 'forum' | 'date'> | undefined;
  // The last of the latest date, as the review list orders them (oldest first).
  for (const review of reviews) if (latest === undefined || review.date >= latest.date) latest = review;
  return latest?.forum.trim() || 'Improvement Board';
}

/** The boxes filled with a date (`YYYY-MM-DD`) as a person would type it: "12", "1", "2024". */
export function datePartsOf(date: string | null): DateParts {
  const parsed = date === null ? null : parseIsoDate(date);
  return parsed ? { day: String(parsed.day), month: String(parsed.month), year: String(parsed.year) } : { day: '', month: '', year: '' };
}

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export type CheckedDate = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly message: string; readonly parts: readonly DatePart[] };

/**
 * Day, month and year boxes to a date, with GOV.UK's messages: "Enter the date of the
 * meeting", "... must include a month", "... must be a real date", "Year must include
 * 4 numbers". `parts` are the boxes to mark (and the first to focus).
 */
export function checkDateParts(parts: DateParts, label = 'The date of the meeting'): CheckedDate {
  const values = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = PARTS.filter((part) => values[part] === '');
  if (missing.length === 3) return { ok: false, message: `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}`, parts: PARTS };
  if (missing.length > 0) {
    return { ok: false, message: `${label} must include a ${missing.join(' and ')}`, parts: missing };
  }
  const notNumbers = PARTS.filter((part) => !/^\d+$/.test(values[part]));
  if (notNumbers.length > 0) return { ok: false, message: `${label} must be a real date`, parts: notNumbers };
  if (values.year.length !== 4) return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
  const day = Number(values.day);
  const month = Number(values.month);
  const iso = `${values.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (month < 1 || month > 12) return { ok: false, message: `${label} must be a real date`, parts: ['month'] };
  if (parseIsoDate(iso) === null) return { ok: false, message: `${label} must be a real date`, parts: ['day'] };
  return { ok: true, date: iso };
}

export type CheckedReviewForm =
  | { readonly ok: true; readonly value: ReviewCreateRequest }
  | { readonly ok: false; readonly errors: readonly FieldProblem[]; readonly dateParts: readonly DatePart[] };

/**
 * The whole form: the meeting's name by the server's own rule, the date from its boxes,
 * and not before the latest review (`latestReviewDate`, null when there is none).
 */
export function checkReviewForm(form: ReviewForm, latestReviewDate: string | null): CheckedReviewForm {
  const date = checkDateParts(form);
  const request = checkReviewCreate({ title: form.title, date: date.ok ? date.date : '2000-01-01' });
  const errors: FieldProblem[] = request.ok ? [] : request.errors.filter((e) => e.field === 'title');
  if (!date.ok) errors.push({ field: 'date', message: date.message });
  const tooEarly = date.ok ? reviewDateProblem(date.date, latestReviewDate) : undefined;
  if (tooEarly) errors.push(tooEarly);
  if (errors.length > 0 || !request.ok || !date.ok) return { ok: false, errors, dateParts: date.ok ? (tooEarly ? PARTS : []) : date.parts };
  return { ok: true, value: { title: request.value.title, date: date.date } };
}

export interface ReviewPreview {
  /** How many actions the review will hold. */
  readonly total: number;
  readonly counts: RatingCounts;
}

/** What recording freezes: every current action's rating, counted as the review list will count them. */
export function reviewPreview(actions: readonly Pick<Action, 'id' | 'rating'>[]): ReviewPreview {
  const counts = reviewRatingCounts(actions.map((action) => ({ actionId: action.id, rating: action.rating })));
  return { total: countsTotal(counts), counts };
}
