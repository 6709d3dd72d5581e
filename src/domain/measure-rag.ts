/**
 * Measure RAG against the target (contract), decided exactly on decimals:
 * - high-is-good, target T, tolerance t (default 0): green v >= T, amber T - t <= v < T, red v < T - t;
 * - low-is-good mirrors it: green v <= T, amber T < v <= T + t, red v > T + t;
 * - in-range-is-good [min, max]: green min <= v <= max, amber within t outside
 *   (min - t <= v < min or max < v <= max + t), red further out;
 * - no-judgement, a missing target (in-range needs both min and max, with
 *   min <= max) or no usable latest value: no rating (null).
 * The words for the result (on, near, off target) are measure-state.ts's, the one
 * vocabulary. Boundaries are inclusive exactly as written. Each test is done as an exact
 * decimal sign, e.g. "T - t <= v" as sign((T - v) - t) <= 0, so 89.9 against
 * 90 with tolerance 0.1 is amber, never red by a rounding error.
 */
import type { Measure } from '../api/schemas';
import { compareDifference, compareExact, compareSum } from './decimal';
import { latestPoint } from './measure-points';

export type MeasureRag = 'green' | 'amber' | 'red';

/** RAG of any value against a measure's polarity and target; null when there is no judgement. */
export function ragForValue(value: number, measure: Pick<Measure, 'polarity' | 'target'>): MeasureRag | null {
  const target = measure.target;
  if (!target || !Number.isFinite(value)) return null;
  const tolerance = target.tolerance ?? 0;
  switch (measure.polarity) {
    case 'high-is-good': {
      if (target.value === undefined) return null;
      if (compareExact(value, target.value) >= 0) return 'green';
      // T - t <= v  <=>  (T - v) - t <= 0
      return compareDifference(target.value, value, tolerance) <= 0 ? 'amber' : 'red';
    }
    case 'low-is-good': {
      if (target.value === undefined) return null;
      if (compareExact(value, target.value) <= 0) return 'green';
      // v <= T + t  <=>  (T + t) - v >= 0
      return compareSum(target.value, tolerance, value) >= 0 ? 'amber' : 'red';
    }
    case 'in-range-is-good': {
      const { min, max } = target;
      // A range with min above max is malformed: no judgement rather than a guess.
      if (min === undefined || max === undefined || compareExact(min, max) > 0) return null;
      if (compareExact(value, min) >= 0 && compareExact(value, max) <= 0) return 'green';
      if (compareExact(value, min) < 0) return compareDifference(min, value, tolerance) <= 0 ? 'amber' : 'red';
      return compareSum(max, tolerance, value) >= 0 ? 'amber' : 'red';
    }
    case 'no-judgement':
      return null;
  }
}

/** RAG of the measure's latest usable value. */
export function measureRag(measure: Pick<Measure, 'polarity' | 'target' | 'points'>): MeasureRag | null {
  const latest = latestPoint(measure);
  return latest === null ? null : ragForValue(latest.value, measure);
}
