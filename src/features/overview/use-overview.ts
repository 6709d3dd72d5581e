import { useMemo } from 'react';
import { measureStateCounts, measureStateCountsByArea } from '../../domain/measure-state';
import { usePlanRollups } from '../../state/use-plan-rollups';
import { useReviewComparison } from '../../state/use-review-comparison';

/**
 * Everything the overview shows, derived in render from the four queries (never
 * copied into state). Each part is null while its query loads or when it failed,
 * so one failed request leaves the rest of the page working.
 */
export function useOverview(planId: string) {
  const { plan, actions, measures, today, rollups } = usePlanRollups(planId);
  const { reviews, ratingProblems, history, comparison } = useReviewComparison(planId, {}, { deferred: true });

  const measureCounts = useMemo(() => {
    if (!measures.data) return null;
    const items = measures.data.items;
    return { ...measureStateCounts(items), byArea: measureStateCountsByArea(items) };
  }, [measures.data]);

  // Only when there is a review to compare with; with none, "now against now" says nothing.
  const sinceLastReview =
    comparison && history && history.ids.length > 0
      ? { label: comparison.from.label, worsened: comparison.counts.worsened, improved: comparison.counts.improved }
      : null;

  return { plan, actions, measures, reviews, ratingProblems, today, rollups, measureCounts, sinceLastReview };
}

export type Overview = ReturnType<typeof useOverview>;
