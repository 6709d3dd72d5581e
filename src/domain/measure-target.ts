/**
 * A measure's target as a chart draws it (a line or a band) and as people say it
 * ("90.0% or more (near target down to 85.0%)"). The judgement against it is
 * measure-rag.ts's; this only describes the target.
 */
import type { Measure, Unit } from '../api/schemas';
import { subtractExact } from './decimal';
import { formatMeasureChange, formatMeasureValue } from './measure-format';

export type ChartTarget =
  | {
      readonly kind: 'line';
      readonly value: number;
      readonly tolerance: number;
      /** Where "near target" (amber) ends: T - t for high-is-good, T + t for low-is-good. */
      readonly nearLimit: number;
      readonly words: string;
    }
  | {
      readonly kind: 'band';
      readonly min: number;
      readonly max: number;
      readonly tolerance: number;
      readonly words: string;
    };

/** The tolerance as a distance: "5.0 percentage points", "3 days", "£200". */
function toleranceWords(tolerance: number, unit: Unit, decimals: number | undefined): string {
  return formatMeasureChange(tolerance, unit, decimals).replace(/^\+/, '');
}

/** The target as a line or a band, with its words; null when there is none to judge by. */
export function chartTarget(measure: Pick<Measure, 'polarity' | 'target' | 'unit' | 'decimals'>): ChartTarget | null {
  const { target, unit, decimals, polarity } = measure;
  if (!target || polarity === 'no-judgement') return null;
  const tolerance = target.tolerance ?? 0;
  const fmt = (value: number) => formatMeasureValue(value, unit, decimals);
  const near = tolerance > 0 ? toleranceWords(tolerance, unit, decimals) : null;
  switch (polarity) {
    case 'high-is-good': {
      if (target.value === undefined) return null;
      const nearLimit = subtractExact(target.value, tolerance);
      const words = `${fmt(target.value)} or more${near ? ` (near target down to ${fmt(nearLimit)})` : ''}`;
      return { kind: 'line', value: target.value, tolerance, nearLimit, words };
    }
    case 'low-is-good': {
      if (target.value === undefined) return null;
      const nearLimit = subtractExact(target.value, -tolerance);
      const words = `${fmt(target.value)} or less${near ? ` (near target up to ${fmt(nearLimit)})` : ''}`;
      return { kind: 'line', value: target.value, tolerance, nearLimit, words };
    }
    case 'in-range-is-good': {
      const { min, max } = target;
      if (min === undefined || max === undefined || min > max) return null;
      const words = `between ${fmt(min)} and ${fmt(max)}${near ? ` (near target within ${near} outside the range)` : ''}`;
      return { kind: 'band', min, max, tolerance, words };
    }
  }
}

/** The target in words for cards and tables: "90.0% or more", "No target set". */
export function targetWords(measure: Pick<Measure, 'polarity' | 'target' | 'unit' | 'decimals'>): string {
  if (measure.polarity === 'no-judgement') return 'No target (no judgement of better or worse)';
  return chartTarget(measure)?.words ?? 'No target set';
}
