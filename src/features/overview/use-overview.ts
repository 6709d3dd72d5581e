import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ListResult, PlanResult } from '../../api/fetchers';
import { problemsOf, type DataProblem } from '../../api/problems';
import { usePlanQueries } from '../../api/provider';
import type { Action, Measure } from '../../api/schemas';
import { measureStateCounts, measureStateCountsByArea, type MeasureStateCounts } from '../../domain/measure-state';
import { fromRollupSummary } from '../../domain/rollup-summary';
import type { PlanRollups } from '../../domain/rollup-types';
import { usePlanDetail } from '../../state/use-plan-data';
import { usePlanRollups } from '../../state/use-plan-rollups';
import { useReviewComparison } from '../../state/use-review-comparison';

/** What the overview shows; each part null while it loads or when it failed, so one failed request leaves the rest working. */
export interface Overview {
  plan: UseQueryResult<PlanResult>;
  actions: UseQueryResult<ListResult<Action>>;
  measures: UseQueryResult<ListResult<Measure>>;
  problems: DataProblem[];
  today: string | null;
  rollups: Pick<PlanRollups, 'plan' | 'byArea'> | null;
  measureCounts: (MeasureStateCounts & { byArea: Map<string, MeasureStateCounts> }) | null;
  sinceLastReview: { label: string; worsened: number; improved: number } | null;
}

/** The server's summary of the figures (GET /plans/{id}/summary) in the views' shapes; null until it and the plan are in, or when not offered. */
function useSummaryFigures(planId: string) {
  const queries = usePlanQueries();
  const summary = useQuery(queries.summary(planId)).data ?? null;
  const areas = usePlanDetail(planId).data?.plan.areas;
  const figures = useMemo(() => (summary && areas ? fromRollupSummary(summary, areas) : null), [summary, areas]);
  return figures && summary ? { ...figures, referenceDate: summary.referenceDate } : null;
}

/**
 * Everything the overview shows, derived in render from the queries (never copied
 * into state): the figures from counting the records, with the records' problems and
 * the comparison with the last board. Until the actions or measures are in, the
 * server's summary stands in for their figures; a server without it: counted here only.
 * `counting: false`: the records are not asked for yet (see use-counting-started.ts).
 */
export function useOverview(planId: string, { counting = true }: { counting?: boolean } = {}): Overview {
  const { plan, actions, measures, today: countedToday, rollups: counted } = usePlanRollups(planId, { enabled: counting });
  const { reviews, ratingProblems, history, comparison } = useReviewComparison(planId, {}, { deferred: true, enabled: counting });
  const summary = useSummaryFigures(planId);

  const countedMeasures = useMemo(() => {
    if (!measures.data) return null;
    const items = measures.data.items;
    return { ...measureStateCounts(items), byArea: measureStateCountsByArea(items) };
  }, [measures.data]);

  // Only when there is a review to compare with; with none, "now against now" says nothing.
  const sinceLastReview =
    comparison && history && history.ids.length > 0
      ? { label: comparison.from.label, worsened: comparison.counts.worsened, improved: comparison.counts.improved }
      : null;

  return {
    plan,
    actions,
    measures,
    problems: [...problemsOf(plan.data, actions.data, measures.data, reviews.data), ...ratingProblems],
    // The summary's figures were judged on its own reference date.
    today: counted === null && summary ? summary.referenceDate : countedToday,
    rollups: counted ?? summary?.rollups ?? null,
    measureCounts: countedMeasures ?? summary?.measureCounts ?? null,
    sinceLastReview,
  };
}
