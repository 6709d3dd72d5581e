/**
 * Comparators (England, statistical neighbours, region): like-for-like, with the
 * method Public Health England's Fingertips uses to say better, similar or worse.
 *
 * 1. Same period only. Per group, among its entries for which the council has a
 *    usable point with exactly the same `periodEnd`, the latest is used (on a tie
 *    the later entry, as a revision is sent after what it replaces). Where none
 *    matches, the group's latest entry and the council's latest figure are shown
 *    side by side, with their periods, and no verdict is given: a monthly figure set
 *    against last year's national average says nothing about either.
 * 2. Significance. The council's 95% confidence interval for the matched point
 *    (`confidence-intervals.ts`: given, Wilson or Byar) decides: the comparator's
 *    value inside it, ends included, is "similar"; otherwise the council is higher
 *    or lower, and better or worse by polarity.
 * 3. No interval to be had: the values are compared directly, equal values are
 *    "similar", and `tested` is false so every view says the difference was not
 *    tested for significance.
 * 4. in-range-is-good and no-judgement measures get no verdict (being nearer to a
 *    range than England is not something a board can act on).
 */
import type { Comparator, Measure } from '../api/schemas';
import { type PointInterval, pointInterval } from './confidence-intervals';
import { compareExact } from './decimal';
import { type ValuedPoint, isUsablePoint, latestPoint } from './measure-points';

export type ComparatorVerdict = 'better' | 'similar' | 'worse' | 'not-compared';

/** Why there is no verdict. */
export type NotComparedReason = 'different-period' | 'no-council-value' | 'no-judgement';

export interface ComparatorResult {
  /** The entry used: the matched one, or the group's latest when none matched. */
  readonly comparator: Comparator;
  /** The council's point for the same period; its latest usable point when none matched; null when it has none. */
  readonly council: ValuedPoint | null;
  readonly samePeriod: boolean;
  readonly verdict: ComparatorVerdict;
  /** True when a confidence interval decided the verdict. */
  readonly tested: boolean;
  /** The council's interval used for the test, when there was one. */
  readonly interval: PointInterval | null;
  readonly reason: NotComparedReason | null;
}

function isSameOrLater(candidate: string | undefined, current: string | undefined): boolean {
  if (candidate === undefined) return current === undefined;
  if (current === undefined) return true;
  return candidate >= current;
}

/** The latest comparator per group, groups in first-seen order; undated entries rank lowest. */
export function latestComparators(comparators: readonly Comparator[] | undefined): Comparator[] {
  const latest = new Map<string, Comparator>();
  for (const comparator of comparators ?? []) {
    const current = latest.get(comparator.group);
    if (current === undefined || isSameOrLater(comparator.periodEnd, current.periodEnd)) latest.set(comparator.group, comparator);
  }
  return [...latest.values()];
}

/** The council's usable points by period end; a later duplicate (a revision) wins. */
function usableByPeriod(points: Measure['points']): Map<string, ValuedPoint> {
  const byPeriod = new Map<string, ValuedPoint>();
  for (const point of points) if (isUsablePoint(point)) byPeriod.set(point.periodEnd, point);
  return byPeriod;
}

/** Per group, the latest entry the council has a same-period figure for. */
function matchedComparators(comparators: readonly Comparator[], councilByPeriod: ReadonlyMap<string, ValuedPoint>): Map<string, Comparator> {
  const matched = new Map<string, Comparator>();
  for (const comparator of comparators) {
    if (comparator.periodEnd === undefined || !councilByPeriod.has(comparator.periodEnd)) continue;
    const current = matched.get(comparator.group);
    if (current === undefined || isSameOrLater(comparator.periodEnd, current.periodEnd)) matched.set(comparator.group, comparator);
  }
  return matched;
}

/**
 * The verdict for a council value (with its interval, if any) against a comparator
 * value of the same period. Only high-is-good and low-is-good are judged.
 */
export function judgeAgainstComparator(
  council: number,
  interval: { lower: number; upper: number } | null,
  comparatorValue: number,
  polarity: Measure['polarity'],
): { verdict: ComparatorVerdict; tested: boolean } {
  if (polarity !== 'high-is-good' && polarity !== 'low-is-good') return { verdict: 'not-compared', tested: false };
  let order: number;
  if (interval) {
    const inside = compareExact(interval.lower, comparatorValue) <= 0 && compareExact(comparatorValue, interval.upper) <= 0;
    // Outside the interval, the council is on the interval's side of the comparator.
    order = inside ? 0 : compareExact(interval.lower, comparatorValue) > 0 ? 1 : -1;
  } else {
    order = compareExact(council, comparatorValue);
  }
  const tested = interval !== null;
  if (order === 0) return { verdict: 'similar', tested };
  const councilHigher = order > 0;
  return { verdict: councilHigher === (polarity === 'high-is-good') ? 'better' : 'worse', tested };
}

/** Every comparator group with the council's like-for-like verdict, groups in first-seen order. */
export function comparatorResults(measure: Pick<Measure, 'points' | 'polarity' | 'comparators' | 'unit'>): ComparatorResult[] {
  const all = measure.comparators ?? [];
  if (all.length === 0) return [];
  const councilByPeriod = usableByPeriod(measure.points);
  const matched = matchedComparators(all, councilByPeriod);
  const latestCouncil = latestPoint(measure);
  return latestComparators(all).map((latest): ComparatorResult => {
    const comparator = matched.get(latest.group);
    const council = comparator?.periodEnd === undefined ? undefined : councilByPeriod.get(comparator.periodEnd);
    if (comparator === undefined || council === undefined) {
      return {
        comparator: latest,
        council: latestCouncil,
        samePeriod: false,
        verdict: 'not-compared',
        tested: false,
        interval: null,
        reason: latestCouncil === null ? 'no-council-value' : 'different-period',
      };
    }
    const judged = measure.polarity === 'high-is-good' || measure.polarity === 'low-is-good';
    const interval = judged ? pointInterval(council, measure.unit) : null;
    const { verdict, tested } = judgeAgainstComparator(council.value, interval, comparator.value, measure.polarity);
    return { comparator, council, samePeriod: true, verdict, tested, interval, reason: judged ? null : 'no-judgement' };
  });
}
