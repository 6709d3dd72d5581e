/** Everything a measure card shows, computed once from the same rules. */
import type { Measure } from '../api/schemas';
import { type ComparatorResult, comparatorResults } from './comparators';
import { type DirectionOfTravel, directionOfTravel } from './direction';
import { type MeasureRag, measureRag } from './measure-rag';
import { type MeasureState, measureState } from './measure-state';
import { type ValuedPoint, latestPoint } from './measure-points';
import { type YearOnYear, yearOnYear } from './year-on-year';

export interface MeasureSummary {
  readonly measure: Measure;
  readonly latest: ValuedPoint | null;
  readonly rag: MeasureRag | null;
  /** Where it stands, in the one vocabulary (on, near or off target, no target, not collected yet). */
  readonly state: MeasureState;
  readonly travel: DirectionOfTravel;
  readonly yearOnYear: YearOnYear | null;
  readonly comparators: ComparatorResult[];
}

export function summariseMeasure(measure: Measure): MeasureSummary {
  const rag = measureRag(measure);
  return {
    measure,
    latest: latestPoint(measure),
    rag,
    state: measureState(measure, rag),
    travel: directionOfTravel(measure),
    yearOnYear: yearOnYear(measure),
    comparators: comparatorResults(measure),
  };
}
