import type { DataProblem } from '../api/problems';
import type { Action, Measure, Review } from '../api/schemas';

/**
 * Checks between resources: each record is valid on its own (the API layer saw to
 * that) but names something the plan does not have. Pure functions over parsed
 * records, so they run wherever two resources meet, whoever fetched or parsed them.
 *
 * Each returns the records to use and the problems found. Invariant: when nothing is
 * wrong the input array itself is returned, so memoised views do not recompute.
 *
 * What happens to the record (documented in the README, "What it does with bad data"):
 * - an action whose area is not in the plan is LEFT OUT: every figure is per area,
 *   and an action outside every area would make the plan's totals disagree with the
 *   sum of its areas;
 * - a measure's link to an unknown area, an action's link to an unknown measure: the
 *   record is KEPT and that one link is treated as missing;
 * - a review rating for an action the plan does not have now is KEPT with its area
 *   treated as missing: it may be history (an action merged or removed since).
 */
export interface Checked<T> {
  records: T[];
  problems: DataProblem[];
}

/**
 * The ids a record may refer to: the valid records' and those of records left out as
 * data problems of their own. A link to a record that exists but was left out is not
 * a second problem: the first already names it.
 */
export function knownIds(records: readonly { id: string }[], problems: readonly DataProblem[]): string[] {
  const ids = records.map((record) => record.id);
  for (const problem of problems) if (problem.recordId !== undefined) ids.push(problem.recordId);
  return ids;
}

export function checkActionAreas(actions: readonly Action[], known: ReadonlySet<string>): Checked<Action> {
  const problems: DataProblem[] = [];
  const kept = actions.filter((action) => {
    if (known.has(action.areaId)) return true;
    problems.push({
      resource: 'actions',
      recordId: action.id,
      path: 'areaId',
      message: `area "${action.areaId}" is not an area of this plan: the action was left out`,
    });
    return false;
  });
  return result(actions, kept, problems);
}

export function checkActionMeasures(actions: readonly Action[], measureIds: ReadonlySet<string>): Checked<Action> {
  const problems: DataProblem[] = [];
  let changed = false;
  const kept = actions.map((action) => {
    const links = action.measureIds;
    if (!links) return action;
    const known = keepKnown(links, measureIds, (id, index) =>
      problems.push({
        resource: 'actions',
        recordId: action.id,
        path: `measureIds[${index}]`,
        message: `measure "${id}" is not a measure of this plan: the link was ignored, the action kept`,
      }),
    );
    if (known === links) return action;
    changed = true;
    return { ...action, measureIds: known };
  });
  return changed ? { records: kept, problems } : { records: actions as Action[], problems };
}

export function checkMeasureAreas(measures: readonly Measure[], known: ReadonlySet<string>): Checked<Measure> {
  const problems: DataProblem[] = [];
  let changed = false;
  const kept = measures.map((measure) => {
    const links = keepKnown(measure.areaIds, known, (id, index) =>
      problems.push({
        resource: 'measures',
        recordId: measure.id,
        path: `areaIds[${index}]`,
        message: `area "${id}" is not an area of this plan: the link was ignored, the measure kept`,
      }),
    );
    if (links === measure.areaIds) return measure;
    changed = true;
    return { ...measure, areaIds: links };
  });
  return changed ? { records: kept, problems } : { records: measures as Measure[], problems };
}

/**
 * Ratings in reviews for actions the plan does not have now. They are kept: an action
 * merged or removed since (the contract keeps no record of that) is the plan's history,
 * shown as "no longer in the plan"; a mistyped id looks the same. Either way the row
 * has no area, so each is named rather than left as a silent blank.
 */
export function checkReviewActions(reviews: readonly Review[], actionIds: ReadonlySet<string>): Checked<Review> {
  const problems: DataProblem[] = [];
  for (const review of reviews) {
    review.ratings.forEach((rating, index) => {
      if (actionIds.has(rating.actionId)) return;
      problems.push({
        resource: 'reviews',
        recordId: review.id,
        path: `ratings[${index}].actionId`,
        message: `action "${rating.actionId}" is not an action of this plan now: the rating was kept, shown with no area (merged or removed since?)`,
      });
    });
  }
  return { records: reviews as Review[], problems };
}

/** The ids in `links` that `known` has, or `links` itself when all are known. */
function keepKnown(links: readonly string[], known: ReadonlySet<string>, onUnknown: (id: string, index: number) => void): string[] {
  const kept = links.filter((id, index) => {
    if (known.has(id)) return true;
    onUnknown(id, index);
    return false;
  });
  return kept.length === links.length ? (links as string[]) : kept;
}

function result<T>(input: readonly T[], kept: T[], problems: DataProblem[]): Checked<T> {
  return { records: problems.length === 0 ? (input as T[]) : kept, problems };
}
