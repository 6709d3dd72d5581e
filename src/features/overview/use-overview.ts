import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { usePlanQueries } from '../../api/provider';
import { referenceDate } from '../../domain/as-of';
import { isOffTarget, measureRag } from '../../domain/measure-rag';
import type { Review } from '../../api/schemas';
import { compareSnapshots } from '../../domain/review-changes';
import { snapshotFromActions, snapshotFromReview } from '../../domain/snapshot';
import { rollupAll } from '../../domain/rollup';

export interface AreaMeasureCounts {
  total: number;
  offTarget: number;
}

/**
 * Everything the overview shows, derived in render from the four queries (never
 * copied into state). Each part is null while its query loads or when it failed,
 * so one failed request leaves the rest of the page working.
 */
export function useOverview(planId: string) {
  const queries = usePlanQueries();
  const plan = useQuery(queries.detail(planId));
  const actions = useQuery(queries.actions(planId));
  const measures = useQuery(queries.measures(planId));
  const reviews = useQuery(queries.reviews(planId));

  const today = actions.data ? referenceDate(actions.data.asOf) : null;
  const areas = plan.data?.plan.areas;
  const actionItems = actions.data?.items;

  const rollups = useMemo(
    () => (areas && actionItems && today ? rollupAll(areas, actionItems, { today }) : null),
    [areas, actionItems, today],
  );

  const measureCounts = useMemo(() => {
    if (!measures.data) return null;
    const byArea = new Map<string, AreaMeasureCounts>();
    let offTarget = 0;
    for (const measure of measures.data.items) {
      const off = isOffTarget(measureRag(measure));
      if (off) offTarget += 1;
      for (const areaId of new Set(measure.areaIds)) {
        const counts = byArea.get(areaId) ?? { total: 0, offTarget: 0 };
        counts.total += 1;
        if (off) counts.offTarget += 1;
        byArea.set(areaId, counts);
      }
    }
    return { total: measures.data.items.length, offTarget, byArea };
  }, [measures.data]);

  const sinceLastReview = useMemo(() => {
    // Only the latest review is compared, so only it becomes a snapshot.
    const latest = reviews.data?.items.reduce<Review | undefined>((a, b) => (a === undefined || b.date >= a.date ? b : a), undefined);
    if (!latest || !actionItems || !today) return null;
    const last = snapshotFromReview(latest);
    const comparison = compareSnapshots(last, snapshotFromActions(actionItems, today));
    return { label: last.label, worsened: comparison.counts.worsened, improved: comparison.counts.improved };
  }, [reviews.data, actionItems, today]);

  return { plan, actions, measures, reviews, today, rollups, measureCounts, sinceLastReview };
}

export type Overview = ReturnType<typeof useOverview>;
