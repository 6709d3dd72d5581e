import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { ReviewResult } from '../api/fetchers';
import type { DataProblem } from '../api/problems';
import { usePlanQueries } from '../api/provider';
import type { Action, Review, ReviewSummary } from '../api/schemas';
import { indexActions } from '../domain/action-index';
import { checkReviewActions } from '../domain/cross-checks';
import { useReferenceDate } from './reference-date';
import { useKnownActionIds, usePlanActions, usePlanDetail, usePlanMeasures } from './use-plan-data';
import { impactOfBlueActions } from '../domain/impact';
import { bragTrend, compareSnapshots } from '../domain/review-changes';
import { bragTrendFromCounts } from '../domain/review-counts';
import { reviewLabel, snapshotFromActions, snapshotFromReview } from '../domain/snapshot';

/** The "to" side's value for the current state of the plan. */
export const NOW = 'now';

export interface ChangeSelection {
  from?: string | undefined;
  to?: string | undefined;
}

export interface ComparisonOptions {
  /** Also the rating distribution at every review (the plan over time), from the reviews' counts. */
  trend?: boolean;
  /** Also the blue actions whose measures show no impact yet. */
  impact?: boolean;
  /**
   * Work the comparison out after the rest of the view is on screen (React's deferred
   * value): for the overview, whose figures should not wait for one line about the
   * last board. Matching a review's ratings to 20,000 actions takes a while.
   */
  deferred?: boolean;
  /** false: from cached data only, nothing fetched (the overview, until its summary is on screen). */
  enabled?: boolean;
}

/**
 * Any two snapshots of the plan: reviews by id, or "now" (the current actions).
 * Defaults: the latest review against now, the Improvement Board's usual question.
 * Shared by the overview ("3 ratings worse since…"), the changes view and the board
 * pack, so all three count the same changes.
 *
 * The review list carries counts, not ratings: a review's ratings are fetched only
 * when that review is compared (or, for the impact check, when a blue action names
 * measures and the history must say since when it has been blue). A list from a server
 * written to the first contract already carries ratings, and nothing more is fetched.
 */
export function useReviewComparison(planId: string, selection: ChangeSelection, options: ComparisonOptions = {}) {
  const queries = usePlanQueries();
  const plan = usePlanDetail(planId);
  const enabled = options.enabled ?? true;
  const actions = usePlanActions(planId, { enabled });
  const reviews = useQuery({ ...queries.reviews(planId), enabled });
  const measures = usePlanMeasures(planId, { enabled: enabled && options.impact === true });
  const actionIds = useKnownActionIds(planId, options.deferred === true, enabled);

  const today = useReferenceDate(planId, { enabled });
  const currentItems = actions.data?.items;
  const deferredItems = useDeferredValue(currentItems);
  const actionItems = options.deferred ? deferredItems : currentItems;
  const reviewItems = reviews.data?.items;

  /** Reviews oldest first (stable for equal dates), for pickers. */
  const history = useMemo(() => {
    if (!reviewItems) return null;
    const sorted = [...reviewItems].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { ids: sorted.map((r) => r.id), byId: new Map<string, ReviewSummary>(sorted.map((r) => [r.id, r])) };
  }, [reviewItems]);

  const resolved = useMemo(() => {
    if (!history) return null;
    const latest = history.ids.at(-1);
    const valid = (id: string | undefined) => id !== undefined && (id === NOW || history.byId.has(id));
    return {
      from: valid(selection.from) ? (selection.from as string) : (latest ?? NOW),
      to: valid(selection.to) ? (selection.to as string) : NOW,
    };
  }, [history, selection.from, selection.to]);

  // The impact check dates "complete since" from the run of blue reviews: `ratedOn` is only when the
  // rating was last confirmed, so the history is needed whenever a blue action names measures.
  const impactNeedsHistory = useMemo(
    () => options.impact === true && (actionItems ?? []).some((a) => a.rating === 'blue' && (a.measureIds?.length ?? 0) > 0),
    [options.impact, actionItems],
  );
  const neededIds = useMemo(() => {
    if (!history || !resolved) return [];
    const ids = impactNeedsHistory ? history.ids : [resolved.from, resolved.to].filter((id) => id !== NOW);
    return [...new Set(ids)];
  }, [history, resolved, impactNeedsHistory]);
  // Deferred: a review's ratings are asked for once the actions are drawn, so their
  // download and decoding never compete with the actions' (one decode worker, two cores).
  const ratings = useReviewRatings(planId, history?.byId ?? null, neededIds, actionIds, !options.deferred || actionItems !== undefined);

  const now = useMemo(() => (actionItems && today ? snapshotFromActions(actionItems, today, 'Now') : null), [actionItems, today]);
  const index = useMemo(() => (actionItems ? indexActions(actionItems) : null), [actionItems]);
  const actionsById = useMemo(() => new Map<string, Action>((actionItems ?? []).map((a) => [a.id, a])), [actionItems]);

  const comparison = useMemo(() => {
    if (!resolved || !index || !now) return null;
    const snapshot = (id: string) => {
      if (id === NOW) return now;
      const review = ratings.byId.get(id);
      return review ? snapshotFromReview(review) : null;
    };
    const from = snapshot(resolved.from);
    const to = snapshot(resolved.to);
    return from && to ? compareSnapshots(from, to, index) : null;
  }, [ratings.byId, resolved, index, now]);

  const trend = useMemo(
    () => (options.trend && reviewItems && now ? [...bragTrendFromCounts(reviewItems), ...bragTrend([now])] : null),
    [options.trend, reviewItems, now],
  );

  const impact = useMemo(() => {
    if (!options.impact || !actionItems || !measures.data || !history || !today) return null;
    if (impactNeedsHistory && ratings.byId.size < history.ids.length) return null;
    const withRatings = impactNeedsHistory ? history.ids.flatMap((id) => ratings.byId.get(id) ?? []) : [];
    return impactOfBlueActions(actionItems, measures.data.items, withRatings, today).filter((i) => i.verdict === 'not-yet-evidenced');
  }, [options.impact, actionItems, measures.data, history, impactNeedsHistory, ratings.byId, today]);

  /** Each review's label, for the pickers ("Improvement Board 14 Dec 2023"). */
  const labels = useMemo(
    () => (history ? history.ids.flatMap((id) => { const r = history.byId.get(id); return r ? [{ id, label: reviewLabel(r) }] : []; }) : []),
    [history],
  );

  return {
    plan,
    actions,
    reviews,
    measures,
    /** The first failed request for a compared review's ratings, with its refetch for a Retry. */
    ratingsFailed: ratings.failed,
    /** Ratings the compared reviews had to leave out. */
    ratingProblems: ratings.problems,
    today,
    history,
    labels,
    resolved,
    comparison,
    trend,
    impact,
    actionsById,
  };
}

/** Stable across renders (react-query re-runs it only when a result changes), so `fetched` is too. */
function combineReviews(results: UseQueryResult<ReviewResult>[]) {
  return { fetched: results.map((r) => r.data), failed: results.find((r) => r.isError) ?? null };
}

/**
 * The ratings of the given reviews: from the list when it carried them, otherwise
 * one request per review (cached per review, so switching back costs nothing).
 */
function useReviewRatings(
  planId: string,
  listed: ReadonlyMap<string, ReviewSummary> | null,
  ids: readonly string[],
  actionIds: ReadonlySet<string> | undefined,
  ready: boolean,
) {
  const queries = usePlanQueries();
  const { fetched, failed } = useQueries({
    queries: ids.map((id) => ({ ...queries.review(planId, id), enabled: ready && listed !== null && listed.get(id)?.ratings === undefined })),
    combine: combineReviews,
  });
  return useMemo(() => {
    const byId = new Map<string, Review>();
    const problems: DataProblem[] = [];
    ids.forEach((id, i) => {
      const inList = listed?.get(id);
      const data = fetched[i];
      if (inList?.ratings) byId.set(id, { ...inList, ratings: inList.ratings });
      else if (data) {
        byId.set(id, data.review);
        problems.push(...data.problems);
      }
    });
    // Where a review's ratings meet the actions: a rating for an action the plan does not have is named.
    if (actionIds) problems.push(...checkReviewActions([...byId.values()], actionIds).problems);
    return { byId, problems, failed };
  }, [ids, listed, fetched, failed, actionIds]);
}
