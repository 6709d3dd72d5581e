/**
 * Which points of a series carry a usable value. Suppressed points (small numbers
 * withheld, shown "c") and not-available points ("n/a") are skipped even if a
 * server sent a value with them: a suppressed figure must never be revealed or
 * used. A null value is skipped whatever its status.
 */
import type { Measure, Point } from '../api/schemas';

/** A point known to carry a number. */
export type ValuedPoint = Point & { readonly value: number };

export function isUsablePoint(point: Point): point is ValuedPoint {
  return point.value !== null && Number.isFinite(point.value) && point.status !== 'suppressed' && point.status !== 'not-available';
}

/** The usable points in series order (the contract sends points oldest first). */
export function usablePoints(measure: Pick<Measure, 'points'>): ValuedPoint[] {
  return measure.points.filter(isUsablePoint);
}

/** The latest point with a usable value, or null (empty or all-null series). */
export function latestPoint(measure: Pick<Measure, 'points'>): ValuedPoint | null {
  for (let i = measure.points.length - 1; i >= 0; i -= 1) {
    const point = measure.points[i];
    if (point && isUsablePoint(point)) return point;
  }
  return null;
}

/** The latest usable point and the usable one before it (either may be null). */
export function lastTwoPoints(measure: Pick<Measure, 'points'>): { latest: ValuedPoint | null; previous: ValuedPoint | null } {
  let latest: ValuedPoint | null = null;
  for (let i = measure.points.length - 1; i >= 0; i -= 1) {
    const point = measure.points[i];
    if (!point || !isUsablePoint(point)) continue;
    if (latest === null) latest = point;
    else return { latest, previous: point };
  }
  return { latest, previous: null };
}

/** "p" for provisional, "r" for revised, "" otherwise: the marks statisticians expect. */
export function pointMarker(point: Pick<Point, 'status'>): '' | 'p' | 'r' {
  return point.status === 'provisional' ? 'p' : point.status === 'revised' ? 'r' : '';
}
