import { useMemo } from 'react';
import { isOffTarget, measureRag } from '../../domain/measure-rag';
import { usePlanRollups } from '../../state/use-plan-rollups';
import { useReviewComparison } from '../../state/use-review-comparison';

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
  const { plan, actions, measures, today, rollups } = usePlanRollups(planId);
  const { reviews, history, comparison } = useReviewComparison(planId, {});

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

  // Only when there is a review to compare with; with none, "now against now" says nothing.
  const sinceLastReview =
    comparison && history && history.ids.length > 0
      ? { label: comparison.from.label, worsened: comparison.counts.worsened, improved: comparison.counts.improved }
      : null;

  return { plan, actions, measures, reviews, today, rollups, measureCounts, sinceLastReview };
}

export type Overview = ReturnType<typeof useOverview>;
