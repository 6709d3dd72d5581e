import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import type { ListResult, PlanResult } from '../api/fetchers';
import { usePlanQueries } from '../api/provider';
import type { Action, Measure } from '../api/schemas';
import { checkActionAreas, checkActionMeasures, checkMeasureAreas, knownIds, type Checked } from '../domain/cross-checks';

/**
 * The plan's resources as every view uses them: each query's data with the
 * cross-record checks of `domain/cross-checks` applied through `select`, against the
 * other resources as far as they have loaded (a check waits for both sides; a failed
 * side skips it). The cached data stays as the API sent it; the checked result is
 * memoised by react-query while its inputs are unchanged.
 */

const areaIdsOf = (data: PlanResult) => knownIds(data.plan.areas, data.problems);
const idsOf = (data: ListResult<{ id: string }>) => knownIds(data.items, data.problems);

export function usePlanDetail(planId: string) {
  const queries = usePlanQueries();
  return useQuery(queries.detail(planId));
}

/** `enabled: false`: the cached actions only, nothing fetched (as for every hook here). */
export function usePlanActions(planId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const queries = usePlanQueries();
  const areaIds = useIdSet(useQuery({ ...queries.detail(planId), select: areaIdsOf }).data);
  const measureIds = useIdSet(useQuery({ ...queries.measures(planId), select: idsOf, enabled }).data);
  const select = useCallback(
    (data: ListResult<Action>) => {
      let result = data;
      if (areaIds) result = withChecked(result, checkActionAreas(result.items, areaIds));
      if (measureIds) result = withChecked(result, checkActionMeasures(result.items, measureIds));
      return result;
    },
    [areaIds, measureIds],
  );
  return useQuery({ ...queries.actions(planId), select, enabled });
}

export function usePlanMeasures(planId: string, options: { enabled?: boolean } = {}) {
  const queries = usePlanQueries();
  const areaIds = useIdSet(useQuery({ ...queries.detail(planId), select: areaIdsOf }).data);
  const select = useCallback(
    (data: ListResult<Measure>) => (areaIds ? withChecked(data, checkMeasureAreas(data.items, areaIds)) : data),
    [areaIds],
  );
  return useQuery({ ...queries.measures(planId), ...options, select });
}

/**
 * The ids a review rating may name: the plan's actions, including those left out as
 * data problems. `deferred`: worked out after the view is drawn (see useReviewComparison).
 */
export function useKnownActionIds(planId: string, deferred = false, enabled = true): ReadonlySet<string> | undefined {
  const queries = usePlanQueries();
  const data = useQuery({ ...queries.actions(planId), enabled }).data;
  const deferredData = useDeferredValue(data);
  const source = deferred ? deferredData : data;
  return useMemo(() => (source ? new Set(idsOf(source)) : undefined), [source]);
}

function useIdSet(ids: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return useMemo(() => (ids ? new Set(ids) : undefined), [ids]);
}

function withChecked<T>(data: ListResult<T>, checked: Checked<T>): ListResult<T> {
  if (checked.problems.length === 0) return data;
  return { ...data, items: checked.records, problems: [...data.problems, ...checked.problems] };
}
