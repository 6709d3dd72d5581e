import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { usePlanQueries } from '../api/provider';
import type { Action } from '../api/schemas';
import { referenceDate } from '../domain/as-of';
import { impactOfBlueActions } from '../domain/impact';
import { indexActions } from '../domain/action-index';
import { bragTrend, compareSnapshots } from '../domain/review-changes';
import { snapshotFromActions, snapshotsFromReviews, type Snapshot } from '../domain/snapshot';

/** The "to" side's value for the current state of the plan. */
export const NOW = 'now';

export interface ChangeSelection {
  from: string;
  to: string;
}

/**
 * Any two snapshots of the plan: reviews by id, or "now" (the current actions).
 * Defaults: the latest review against now, the Improvement Board's usual question.
 * Shared by the overview ("3 ratings worse since…"), the changes view and the board
 * pack, so all three count the same changes.
 */
export function useReviewComparison(planId: string, selection: Partial<ChangeSelection>) {
  const queries = usePlanQueries();
  const plan = useQuery(queries.detail(planId));
  const actions = useQuery(queries.actions(planId));
  const reviews = useQuery(queries.reviews(planId));
  const measures = useQuery(queries.measures(planId));

  const today = actions.data ? referenceDate(actions.data.asOf) : null;
  const actionItems = actions.data?.items;

  const snapshots = useMemo(() => {
    if (!reviews.data || !actionItems || !today) return null;
    const history = snapshotsFromReviews(reviews.data.items);
    const ids = [...reviews.data.items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((r) => r.id);
    const byId = new Map<string, Snapshot>(history.map((snapshot, i) => [ids[i] ?? '', snapshot]));
    const now = snapshotFromActions(actionItems, today, 'Now');
    byId.set(NOW, now);
    return { history, ids, byId, now };
  }, [reviews.data, actionItems, today]);

  const resolved = useMemo(() => {
    if (!snapshots) return null;
    const latestReviewId = snapshots.ids.at(-1);
    const from = selection.from && snapshots.byId.has(selection.from) ? selection.from : (latestReviewId ?? NOW);
    const to = selection.to && snapshots.byId.has(selection.to) ? selection.to : NOW;
    return { from, to };
  }, [snapshots, selection.from, selection.to]);

  const index = useMemo(() => (actionItems ? indexActions(actionItems) : null), [actionItems]);
  const actionsById = useMemo(() => new Map<string, Action>((actionItems ?? []).map((a) => [a.id, a])), [actionItems]);

  const comparison = useMemo(() => {
    if (!snapshots || !resolved || !index) return null;
    const from = snapshots.byId.get(resolved.from);
    const to = snapshots.byId.get(resolved.to);
    return from && to ? compareSnapshots(from, to, index) : null;
  }, [snapshots, resolved, index]);

  const trend = useMemo(() => (snapshots ? bragTrend([...snapshots.history, snapshots.now]) : null), [snapshots]);

  const impact = useMemo(
    () =>
      actionItems && measures.data && reviews.data
        ? impactOfBlueActions(actionItems, measures.data.items, reviews.data.items).filter((i) => i.verdict === 'not-yet-evidenced')
        : null,
    [actionItems, measures.data, reviews.data],
  );

  return { plan, actions, reviews, measures, today, snapshots, resolved, comparison, trend, impact, actionsById };
}
