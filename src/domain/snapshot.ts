/**
 * A snapshot: the ratings of a plan's actions at one date, built from a review
 * (a board meeting) or from the current actions. Review changes and the plan's
 * BRAG trend compare snapshots, so both sources look the same.
 */
import type { Action, NullableRating, Review } from '../api/schemas';
import { formatIsoDateShort } from './deadlines';
import { isIsoDate } from './dates';

export interface SnapshotEntry {
  readonly rating: NullableRating;
  /** Why the rating is what it is. */
  readonly rationale?: string;
  /**
   * When the rationale was written, if known. A rationale older than the earlier
   * snapshot cannot explain a change since then (see review-changes.ts).
   */
  readonly rationaleDate?: string;
}

export interface Snapshot {
  readonly label: string;
  /** `YYYY-MM-DD`: the review date, or the "as at" date of the current state. */
  readonly date: string;
  /** actionId -> entry, in the source's order (the plan's order). */
  readonly ratings: ReadonlyMap<string, SnapshotEntry>;
}

function requireDate(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`Snapshot date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return date;
}

function tidy(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * From a review. Label defaults to "Improvement Board 11 Jun 2024". If a review
 * lists an action twice, the later line wins (a correction).
 */
export function snapshotFromReview(review: Review, label?: string): Snapshot {
  const date = requireDate(review.date);
  const ratings = new Map<string, SnapshotEntry>();
  for (const line of review.ratings) {
    const rationale = tidy(line.rationale);
    ratings.set(line.actionId, rationale === undefined ? { rating: line.rating } : { rating: line.rating, rationale, rationaleDate: date });
  }
  return { label: label ?? reviewLabel(review), date, ratings };
}

/** "Improvement Board 11 Jun 2024": how a review is named in pickers, tables and charts. */
export function reviewLabel(review: Pick<Review, 'forum' | 'date'>): string {
  return `${review.forum} ${formatIsoDateShort(requireDate(review.date))}`;
}

/**
 * From the current actions "as at" a date. An action's `rationale` (given with its
 * latest rating change) explains its rating, dated by `ratedOn`; without one, the
 * latest progress note stands in, dated by the note (an undated note is accepted as
 * current). Neither: no rationale, and a change is flagged.
 */
export function snapshotFromActions(
  actions: readonly Pick<Action, 'id' | 'rating' | 'progress' | 'rationale' | 'ratedOn'>[],
  asOf: string,
  label = 'Now',
): Snapshot {
  const date = requireDate(asOf);
  const ratings = new Map<string, SnapshotEntry>();
  for (const action of actions) {
    const given = tidy(action.rationale);
    const note = action.progress[action.progress.length - 1];
    const rationale = given ?? tidy(note?.text);
    const rationaleDate = given !== undefined ? action.ratedOn : note?.date;
    if (rationale === undefined) ratings.set(action.id, { rating: action.rating });
    else if (rationaleDate === undefined) ratings.set(action.id, { rating: action.rating, rationale });
    else ratings.set(action.id, { rating: action.rating, rationale, rationaleDate });
  }
  return { label, date, ratings };
}

/** Reviews sorted oldest first (stable), as snapshots: the plan's own history. */
export function snapshotsFromReviews(reviews: readonly Review[]): Snapshot[] {
  return [...reviews].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((review) => snapshotFromReview(review));
}
