/**
 * Measure RAG against the target (contract), decided exactly on decimals:
 * - high-is-good, target T, tolerance t (default 0): green v >= T, amber T - t <= v < T, red v < T - t;
 * - low-is-good mirrors it: green v <= T, amber T < v <= T + t, red v > T + t;
 * - in-range-is-good [min, max]: green min <= v <= max, amber within t outside
 *   (min - t <= v < min or max < v <= max + t), red further out;
 * - no-judgement, a missing target (in-range needs both min and max, with
 *   min <= max) or no usable latest value: no rating (null).
 * Boundaries are inclusive exactly as written. Each test is done as an exact
 * decimal sign, e.g. "T - t <= v" as sign((T - v) - t) <= 0, so 89.9 against
 * 90 with tolerance 0.1 is amber, never red by a rounding error.
 */
import type { Measure } from '../api/schemas';
import { compareDifference, compareExact, compareSum } from './decimal';
import { latestPoint } from './measure-points';

export type MeasureRag = 'green' | 'amber' | 'red';

export const MEASURE_RAG_LABELS: Readonly<Record<MeasureRag | 'none', string>> = {
  green: 'On target',
  amber: 'Near target',
  red: 'Off target',
  none: 'No target judgement',
};

export const MEASURE_RAG_SYMBOLS: Readonly<Record<MeasureRag | 'none', string>> = {
  green: '●',
  amber: '▲',
  red: '■',
  none: '–',
};

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

/** "Off target" in counts ("7 of 30 measures off target") means amber or red: not meeting the target. */
export function isOffTarget(rag: MeasureRag | null): boolean {
  return rag === 'amber' || rag === 'red';
}

export interface MeasureRagCounts {
  readonly green: number;
  readonly amber: number;
  readonly red: number;
  /** No judgement: no-judgement polarity, no target or no latest value. */
  readonly none: number;
  /** amber + red, for "7 of 30 measures off target". */
  readonly offTarget: number;
  readonly total: number;
}

/** Measures and how many are not meeting their target: the "N of M" on overview cards. */
export interface OffTargetCount {
  total: number;
  offTarget: number;
}

/**
 * "N of M measures not meeting target" for the whole plan and per area (a measure
 * linked to an area twice counts once there). The one place this count is made.
 */
export function offTargetCounts(measures: readonly Pick<Measure, 'polarity' | 'target' | 'points' | 'areaIds'>[]): OffTargetCount & {
  byArea: Map<string, OffTargetCount>;
} {
  const byArea = new Map<string, OffTargetCount>();
  let offTarget = 0;
  for (const measure of measures) {
    const off = isOffTarget(measureRag(measure));
    if (off) offTarget += 1;
    for (const areaId of new Set(measure.areaIds)) {
      const counts = byArea.get(areaId) ?? { total: 0, offTarget: 0 };
      counts.total += 1;
      if (off) counts.offTarget += 1;
      byArea.set(areaId, counts);
    }
  }
  return { total: measures.length, offTarget, byArea };
}

/** RAG counts over a set of measures (the overview's "N of M measures off target"). */
export function measureRagCounts(measures: readonly Pick<Measure, 'polarity' | 'target' | 'points'>[]): MeasureRagCounts {
  let green = 0;
  let amber = 0;
  let red = 0;
  let none = 0;
  for (const measure of measures) {
    const rag = measureRag(measure);
    if (rag === 'green') green += 1;
    else if (rag === 'amber') amber += 1;
    else if (rag === 'red') red += 1;
    else none += 1;
  }
  return { green, amber, red, none, offTarget: amber + red, total: measures.length };
}
