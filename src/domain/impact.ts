/**
 * Impact check for blue actions. Blue means "complete, impact to be tested", so
 * for each blue action with `measureIds` we ask of each measure: is it on target,
 * improving, or not yet evidencing impact?
 *
 * Per measure, the first rule that applies:
 * 1. the id matches no measure           -> not yet ('unknown-measure')
 * 2. no usable value at all              -> not yet ('no-data')
 * 3. no usable value for a period ending after the action turned blue
 *                                        -> not yet ('no-data-since-blue')
 * 4. latest value green against target   -> 'on-target' (even if it dipped last period)
 * 5. direction of travel improving       -> 'improving'
 * 6. latest value amber or red           -> not yet ('off-target')
 * 7. direction of travel worsening       -> not yet ('worsening')
 * 8. otherwise (no target and no improving move) -> not yet ('no-change')
 * The action's verdict is its weakest measure's: not yet < improving < on target.
 *
 * When it turned blue: the action's `ratedOn` if present (it dates the current,
 * blue, rating); otherwise from the reviews: the first review of the latest
 * unbroken run of blue ratings; if the latest review that lists the action does
 * not have it blue, it turned blue after that review, so that review's date is
 * used as the earliest possible date; with neither, it is unknown and rule 3 is
 * skipped.
 */
import type { Action, Measure, Review } from '../api/schemas';
import { type Direction, directionOfTravel } from './direction';
import { type MeasureRag, measureRag } from './measure-rag';
import { type ValuedPoint, latestPoint } from './measure-points';
import { type Snapshot, snapshotsFromReviews } from './snapshot';

export type ImpactVerdict = 'on-target' | 'improving' | 'not-yet-evidenced';
export type ImpactReason = 'on-target' | 'improving' | 'unknown-measure' | 'no-data' | 'no-data-since-blue' | 'off-target' | 'worsening' | 'no-change';

export const IMPACT_LABELS: Readonly<Record<ImpactVerdict, string>> = {
  'on-target': 'On target',
  improving: 'Improving',
  'not-yet-evidenced': 'No evidence of impact yet',
};

export interface BlueSince {
  readonly date: string | null;
  readonly source: 'ratedOn' | 'review' | 'after-review' | 'unknown';
}

export interface MeasureImpact {
  readonly measureId: string;
  readonly measure: Measure | null;
  readonly verdict: ImpactVerdict;
  readonly reason: ImpactReason;
  readonly latest: ValuedPoint | null;
  readonly rag: MeasureRag | null;
  readonly direction: Direction | null;
}

export interface ActionImpact {
  readonly actionId: string;
  readonly blueSince: BlueSince;
  readonly verdict: ImpactVerdict;
  readonly measures: MeasureImpact[];
}

/** When a (currently blue) action turned blue; `history` is oldest first. */
export function blueSinceFor(action: Pick<Action, 'id' | 'ratedOn'>, history: readonly Snapshot[]): BlueSince {
  if (action.ratedOn) return { date: action.ratedOn, source: 'ratedOn' };
  let runStart: string | null = null;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const snapshot = history[i];
    const entry = snapshot?.ratings.get(action.id);
    if (!snapshot || entry === undefined) {
      if (runStart !== null) break;
      continue;
    }
    if (entry.rating !== 'blue') return runStart !== null ? { date: runStart, source: 'review' } : { date: snapshot.date, source: 'after-review' };
    runStart = snapshot.date;
  }
  return runStart !== null ? { date: runStart, source: 'review' } : { date: null, source: 'unknown' };
}

function judgeMeasure(measureId: string, measure: Measure | undefined, since: string | null): MeasureImpact {
  const none = { measureId, measure: measure ?? null, latest: null, rag: null, direction: null };
  if (measure === undefined) return { ...none, verdict: 'not-yet-evidenced', reason: 'unknown-measure' };
  const latest = latestPoint(measure);
  if (latest === null) return { ...none, verdict: 'not-yet-evidenced', reason: 'no-data' };
  const rag = measureRag(measure);
  const direction = directionOfTravel(measure).direction;
  const base = { measureId, measure, latest, rag, direction };
  // Data for a period ending on the day it turned blue describes the time before completion.
  if (since !== null && latest.periodEnd <= since) return { ...base, verdict: 'not-yet-evidenced', reason: 'no-data-since-blue' };
  if (rag === 'green') return { ...base, verdict: 'on-target', reason: 'on-target' };
  if (direction === 'improving') return { ...base, verdict: 'improving', reason: 'improving' };
  if (rag === 'amber' || rag === 'red') return { ...base, verdict: 'not-yet-evidenced', reason: 'off-target' };
  if (direction === 'worsening') return { ...base, verdict: 'not-yet-evidenced', reason: 'worsening' };
  return { ...base, verdict: 'not-yet-evidenced', reason: 'no-change' };
}

const STRENGTH: Readonly<Record<ImpactVerdict, number>> = { 'not-yet-evidenced': 0, improving: 1, 'on-target': 2 };

/** Impact of every blue action that names measures, in the actions' order. */
export function impactOfBlueActions(
  actions: readonly Pick<Action, 'id' | 'rating' | 'ratedOn' | 'measureIds'>[],
  measures: readonly Measure[],
  reviews: readonly Review[] = [],
): ActionImpact[] {
  const byId = new Map<string, Measure>();
  for (const measure of measures) byId.set(measure.id, measure);
  const history = snapshotsFromReviews(reviews);
  const result: ActionImpact[] = [];
  for (const action of actions) {
    if (action.rating !== 'blue' || !action.measureIds || action.measureIds.length === 0) continue;
    const blueSince = blueSinceFor(action, history);
    const judged = [...new Set(action.measureIds)].map((id) => judgeMeasure(id, byId.get(id), blueSince.date));
    let verdict: ImpactVerdict = 'on-target';
    for (const m of judged) if (STRENGTH[m.verdict] < STRENGTH[verdict]) verdict = m.verdict;
    result.push({ actionId: action.id, blueSince, verdict, measures: judged });
  }
  return result;
}
