import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { usePlanQueries } from '../api/provider';
import type { Action, Review } from '../api/schemas';
import { indexActions } from '../domain/action-index';
import { referenceDate } from '../domain/as-of';
import { impactOfBlueActions } from '../domain/impact';
import { bragTrend, compareSnapshots } from '../domain/review-changes';
import { snapshotFromActions, snapshotFromReview, snapshotsFromReviews } from '../domain/snapshot';

/** The "to" side's value for the current state of the plan. */
export const NOW = 'now';

export interface ChangeSelection {
  from?: string | undefined;
  to?: string | undefined;
}

export interface ComparisonOptions {
  /** Also the rating distribution at every review (the plan over time). */
  trend?: boolean;
  /** Also the blue actions whose measures show no impact yet. */
  impact?: boolean;
}

/**
 * Any two snapshots of the plan: reviews by id, or "now" (the current actions).
 * Defaults: the latest review against now, the Improvement Board's usual question.
 * Shared by the overview ("3 ratings worse since…"), the changes view and the board
 * pack, so all three count the same changes. Only the two chosen snapshots are built
 * unless the trend is asked for: on a large plan each costs a map of every action.
 */
export function useReviewComparison(planId: string, selection: ChangeSelection, options: ComparisonOptions = {}) {
  const queries = usePlanQueries();
  const plan = useQuery(queries.detail(planId));
  const actions = useQuery(queries.actions(planId));
  const reviews = useQuery(queries.reviews(planId));
  const measures = useQuery({ ...queries.measures(planId), enabled: options.impact === true });

  const today = actions.data ? referenceDate(actions.data.asOf) : null;
  const actionItems = actions.data?.items;
  const reviewItems = reviews.data?.items;

  /** Reviews oldest first (stable for equal dates), with their labels, for pickers. */
  const history = useMemo(() => {
    if (!reviewItems) return null;
    const sorted = [...reviewItems].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { ids: sorted.map((r) => r.id), byId: new Map<string, Review>(sorted.map((r) => [r.id, r])) };
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

  const now = useMemo(() => (actionItems && today ? snapshotFromActions(actionItems, today, 'Now') : null), [actionItems, today]);
  const index = useMemo(() => (actionItems ? indexActions(actionItems) : null), [actionItems]);
  const actionsById = useMemo(() => new Map<string, Action>((actionItems ?? []).map((a) => [a.id, a])), [actionItems]);

  const comparison = useMemo(() => {
    if (!history || !resolved || !index || !now) return null;
    const snapshot = (id: string) => {
      if (id === NOW) return now;
      const review = history.byId.get(id);
      return review ? snapshotFromReview(review) : null;
    };
    const from = snapshot(resolved.from);
    const to = snapshot(resolved.to);
    return from && to ? compareSnapshots(from, to, index) : null;
  }, [history, resolved, index, now]);

  const trend = useMemo(
    () => (options.trend && reviewItems && now ? bragTrend([...snapshotsFromReviews(reviewItems), now]) : null),
    [options.trend, reviewItems, now],
  );

  const impact = useMemo(
    () =>
      options.impact && actionItems && measures.data && reviewItems
        ? impactOfBlueActions(actionItems, measures.data.items, reviewItems).filter((i) => i.verdict === 'not-yet-evidenced')
        : null,
    [options.impact, actionItems, measures.data, reviewItems],
  );

  /** Each review's label, for the pickers ("Improvement Board 14 Dec 2023"). */
  const labels = useMemo(
    () => (history ? history.ids.map((id) => ({ id, label: snapshotLabel(history.byId.get(id)) })) : []),
    [history],
  );

  return { plan, actions, reviews, measures, today, history, labels, resolved, comparison, trend, impact, actionsById };
}

function snapshotLabel(review: Review | undefined): string {
  return review ? snapshotFromReview({ ...review, ratings: [] }).label : '';
}
