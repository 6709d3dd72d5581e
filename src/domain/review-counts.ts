/**
 * A review's rating counts: how many actions held each rating at that review,
 * `unrated` included. The contract's review list carries them (so the plan over
 * time needs no review's full ratings); a list from a server written to the first
 * contract carries ratings instead, and the counts are worked out from them here,
 * exactly as the reference server does.
 */
import type { Review, ReviewRating } from '../api/schemas';
import { type RatingCounts, emptyCounts } from './rollup-types';
import { type BragPoint } from './review-changes';
import { reviewLabel } from './snapshot';

/** One count per action: a review that lists an action twice counts its later line (a correction), as a snapshot does. */
export function reviewRatingCounts(ratings: readonly Pick<ReviewRating, 'actionId' | 'rating'>[]): RatingCounts {
  const latest = new Map<string, ReviewRating['rating']>();
  for (const line of ratings) latest.set(line.actionId, line.rating);
  const counts = emptyCounts();
  for (const rating of latest.values()) counts[rating ?? 'unrated'] += 1;
  return counts;
}

export function countsTotal(counts: RatingCounts): number {
  return counts.blue + counts.green + counts.amber + counts.red + counts['not-due'] + counts.unrated;
}

export type ReviewWithCounts = Pick<Review, 'id' | 'date' | 'forum'> & { readonly counts: RatingCounts };

/** The plan over time from each review's counts, oldest first (stable for equal dates). */
export function bragTrendFromCounts(reviews: readonly ReviewWithCounts[]): BragPoint[] {
  return [...reviews]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((review) => ({ label: reviewLabel(review), date: review.date, counts: { ...review.counts }, total: countsTotal(review.counts) }));
}
