/**
 * One status per area card. Rule: the worst rating among the area's *started or
 * finished* actions (red, amber, green, blue; worst first), because the card answers
 * "how is the work that is under way going?". If no action has one of those
 * ratings, the area is 'not-due' when any action is not yet due, otherwise
 * 'unrated' (including an area with no actions). Unrated actions never set the
 * status: the card shows their count beside it instead of guessing them a colour.
 */
import type { RatingCounts } from './rollup-types';
import type { RatingKey } from './ratings';

const WORST_FIRST = ['red', 'amber', 'green', 'blue'] as const;

export function areaStatus(counts: RatingCounts): RatingKey {
  for (const rating of WORST_FIRST) if (counts[rating] > 0) return rating;
  return counts['not-due'] > 0 ? 'not-due' : 'unrated';
}
