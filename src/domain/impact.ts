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
 * 6. latest value amber or red           -> not yet ('near-target' or 'off-target', the measure's state)
 * 7. direction of travel worsening       -> not yet ('worsening')
 * 8. otherwise (no target and no improving move) -> not yet ('no-change')
 * The action's verdict is its weakest measure's: not yet < improving < on target.
 *
 * "Complete since" (when it turned blue) is the date from which the action has been
 * blue without a break: the earliest review of the unbroken run of blue reviews
 * that ends now (the current rating, blue, continues it); the data's "as at" date
 * when the latest review that lists the action does not have it blue (blue only
 * now). `ratedOn` records when the current rating was last given or confirmed, and
 * boards re-confirm every rating, so it is not the start of the run: it is used only
 * where no review lists the action. With neither it is unknown and rule 3 is skipped.
 * A review that does not list the action ends the run: it cannot vouch for it.
 */
import type { Action, Measure, Review } from '../api/schemas';
import { MONTH_NAMES, parseIsoDate } from './dates';
import { type Direction, directionOfTravel } from './direction';
import { type MeasureRag, measureRag } from './measure-rag';
import { type ValuedPoint, latestPoint } from './measure-points';
import { type Snapshot, snapshotsFromReviews } from './snapshot';

export type ImpactVerdict = 'on-target' | 'improving' | 'not-yet-evidenced';
export type ImpactReason =
  | 'on-target'
  | 'improving'
  | 'unknown-measure'
  | 'no-data'
  | 'no-data-since-blue'
  | 'near-target'
  | 'off-target'
  | 'worsening'
  | 'no-change';

export const IMPACT_LABELS: Readonly<Record<ImpactVerdict, string>> = {
  'on-target': 'On target',
  improving: 'Improving',
  'not-yet-evidenced': 'No evidence of impact yet',
};

export interface BlueSince {
  readonly date: string | null;
  readonly source: 'review' | 'as-at' | 'ratedOn' | 'unknown';
  /** Whole calendar months from `date` to the "as at" date (Jan 2023 to Jan 2024 is 12); null when unknown. */
  readonly months: number | null;
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

function calendarMonthsBetween(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return null;
  return Math.max(0, (b.year - a.year) * 12 + (b.month - a.month));
}

function makeBlueSince(date: string | null, source: BlueSince['source'], asOf: string): BlueSince {
  return { date, source, months: date === null ? null : calendarMonthsBetween(date, asOf) };
}

/**
 * When a (currently blue) action turned blue, as of `asOf` (the data's "as at"
 * date); `history` is oldest first.
 */
export function blueSinceFor(action: Pick<Action, 'id' | 'ratedOn'>, history: readonly Snapshot[], asOf: string): BlueSince {
  let runStart: string | null = null;
  let listed = false;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const snapshot = history[i];
    const entry = snapshot?.ratings.get(action.id);
    if (!snapshot || entry === undefined) {
      if (listed) break;
      continue;
    }
    if (entry.rating !== 'blue') return listed ? makeBlueSince(runStart, 'review', asOf) : makeBlueSince(asOf, 'as-at', asOf);
    listed = true;
    runStart = snapshot.date;
  }
  if (runStart !== null) return makeBlueSince(runStart, 'review', asOf);
  return action.ratedOn ? makeBlueSince(action.ratedOn, 'ratedOn', asOf) : makeBlueSince(null, 'unknown', asOf);
}

/** "complete since Jan 2023 (12 months)": how long the board has been waiting for impact. */
export function completeSinceWords(blueSince: BlueSince): string | null {
  if (blueSince.date === null) return null;
  const parsed = parseIsoDate(blueSince.date);
  const month = parsed ? `${MONTH_NAMES[parsed.month - 1] ?? ''} ${parsed.year}` : blueSince.date;
  const { months } = blueSince;
  const length = months === null ? '' : months === 0 ? ' (under a month)' : months === 1 ? ' (1 month)' : ` (${months} months)`;
  return `complete since ${month}${length}`;
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
  if (rag === 'amber') return { ...base, verdict: 'not-yet-evidenced', reason: 'near-target' };
  if (rag === 'red') return { ...base, verdict: 'not-yet-evidenced', reason: 'off-target' };
  if (direction === 'worsening') return { ...base, verdict: 'not-yet-evidenced', reason: 'worsening' };
  return { ...base, verdict: 'not-yet-evidenced', reason: 'no-change' };
}

const STRENGTH: Readonly<Record<ImpactVerdict, number>> = { 'not-yet-evidenced': 0, improving: 1, 'on-target': 2 };

/** Impact of every blue action that names measures, in the actions' order. */
export function impactOfBlueActions(
  actions: readonly Pick<Action, 'id' | 'rating' | 'ratedOn' | 'measureIds'>[],
  measures: readonly Measure[],
  reviews: readonly Review[],
  asOf: string,
): ActionImpact[] {
  const byId = new Map<string, Measure>();
  for (const measure of measures) byId.set(measure.id, measure);
  const history = snapshotsFromReviews(reviews);
  const result: ActionImpact[] = [];
  for (const action of actions) {
    if (action.rating !== 'blue' || !action.measureIds || action.measureIds.length === 0) continue;
    const blueSince = blueSinceFor(action, history, asOf);
    const judged = [...new Set(action.measureIds)].map((id) => judgeMeasure(id, byId.get(id), blueSince.date));
    let verdict: ImpactVerdict = 'on-target';
    for (const m of judged) if (STRENGTH[m.verdict] < STRENGTH[verdict]) verdict = m.verdict;
    result.push({ actionId: action.id, blueSince, verdict, measures: judged });
  }
  return result;
}
