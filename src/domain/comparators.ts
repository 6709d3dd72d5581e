/**
 * Comparators (England, statistical neighbours, region): the latest value per
 * group and whether the council is better or worse.
 *
 * Choices (the contract is silent):
 * - Groups are matched by their exact name. Latest is by `periodEnd`; an entry
 *   without `periodEnd` ranks below any dated entry; on a tie the later entry in
 *   the array wins (a revision is sent after what it replaces).
 * - The council figure compared is its latest usable value, as children's
 *   services performance reports conventionally set the latest local figure
 *   against the latest published benchmark (benchmarks lag by a year or more).
 *   Both periods are returned so a view can say "77% (Mar 2024) against England
 *   88% (2022-23)", and `samePeriod` says when they match.
 * - better / worse by polarity, decided exactly; equal values are 'same';
 *   in-range-is-good and no-judgement give 'no-judgement' (being nearer to a
 *   range than England is not a statement a board can act on).
 */
import type { Comparator, Measure } from '../api/schemas';
import { compareExact } from './decimal';
import { type ValuedPoint, latestPoint } from './measure-points';

export type ComparatorVerdict = 'better' | 'worse' | 'same' | 'no-judgement';

export const COMPARATOR_VERDICT_LABELS: Readonly<Record<ComparatorVerdict, string>> = {
  better: 'better than',
  worse: 'worse than',
  same: 'the same as',
  'no-judgement': 'no judgement against',
};

export interface ComparatorResult {
  readonly comparator: Comparator;
  /** The council's latest usable point, or null when it has none. */
  readonly council: ValuedPoint | null;
  /** 'no-judgement' too when the council has no usable value. */
  readonly verdict: ComparatorVerdict;
  readonly samePeriod: boolean;
}

/** The latest comparator per group, groups in first-seen order. */
export function latestComparators(comparators: readonly Comparator[] | undefined): Comparator[] {
  const latest = new Map<string, Comparator>();
  for (const comparator of comparators ?? []) {
    const current = latest.get(comparator.group);
    if (current === undefined || isSameOrLater(comparator.periodEnd, current.periodEnd)) latest.set(comparator.group, comparator);
  }
  return [...latest.values()];
}

function isSameOrLater(candidate: string | undefined, current: string | undefined): boolean {
  if (candidate === undefined) return current === undefined;
  if (current === undefined) return true;
  return candidate >= current;
}

/** Council value against a comparator value, by polarity. */
export function compareWithComparator(councilValue: number, comparatorValue: number, polarity: Measure['polarity']): ComparatorVerdict {
  if (polarity !== 'high-is-good' && polarity !== 'low-is-good') return 'no-judgement';
  const order = compareExact(councilValue, comparatorValue);
  if (order === 0) return 'same';
  const higherIsBetter = polarity === 'high-is-good';
  return order > 0 === higherIsBetter ? 'better' : 'worse';
}

/** Every group's latest comparator with the council's verdict. */
export function comparatorResults(measure: Pick<Measure, 'points' | 'polarity' | 'comparators'>): ComparatorResult[] {
  const council = latestPoint(measure);
  return latestComparators(measure.comparators).map((comparator) => ({
    comparator,
    council,
    verdict: council === null ? 'no-judgement' : compareWithComparator(council.value, comparator.value, measure.polarity),
    samePeriod: council !== null && comparator.periodEnd !== undefined && comparator.periodEnd === council.periodEnd,
  }));
}
