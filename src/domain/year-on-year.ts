/**
 * Change against the same period a year earlier, for "77% in Mar 2024, up from
 * 71% a year earlier". The earlier point is the one whose `periodEnd` is exactly
 * one year before (month-ends map to month-ends, so February works in leap years:
 * see `oneYearEarlier`), and it must carry a usable value. No fuzzy matching: a
 * series without that period has no year-on-year figure.
 */
import type { Measure, Point } from '../api/schemas';
import { isIsoDate, oneYearEarlier } from './dates';
import { subtractExact } from './decimal';
import { type Direction, directionBetween } from './direction';
import { type ValuedPoint, isUsablePoint, latestPoint } from './measure-points';

export interface YearOnYear {
  readonly latest: ValuedPoint;
  readonly yearEarlier: ValuedPoint;
  /** latest - yearEarlier, computed exactly then rounded once. */
  readonly change: number;
  /** By polarity, with the same rules as direction of travel. */
  readonly direction: Direction;
}

/** The usable point exactly one year before `point`, if the series has it. */
export function pointYearEarlier(measure: Pick<Measure, 'points'>, point: Pick<Point, 'periodEnd'>): ValuedPoint | null {
  if (!isIsoDate(point.periodEnd)) return null;
  const wanted = oneYearEarlier(point.periodEnd);
  // Later duplicates win: a revised figure is sent after the one it replaces.
  let found: ValuedPoint | null = null;
  for (const candidate of measure.points) if (candidate.periodEnd === wanted && isUsablePoint(candidate)) found = candidate;
  return found;
}

/** Year-on-year change of the latest usable point, or null when the series lacks it. */
export function yearOnYear(measure: Pick<Measure, 'points' | 'polarity' | 'target'>): YearOnYear | null {
  const latest = latestPoint(measure);
  if (latest === null) return null;
  const yearEarlier = pointYearEarlier(measure, latest);
  if (yearEarlier === null) return null;
  return {
    latest,
    yearEarlier,
    change: subtractExact(latest.value, yearEarlier.value),
    direction: directionBetween(yearEarlier, latest, measure.polarity, measure.target),
  };
}
