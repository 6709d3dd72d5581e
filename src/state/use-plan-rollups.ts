import { useMemo } from 'react';
import { useReferenceDate } from './reference-date';
import { rollupPlanAndAreas } from '../domain/rollup';
import { usePlanActions, usePlanDetail, usePlanMeasures } from './use-plan-data';

/**
 * A plan with its actions rolled up for the plan and by area, as every summary view
 * needs them (overview, briefing, board pack). Derived in render from the queries, never
 * stored; `rollups` is null until both the plan and its actions are in. `enabled:
 * false`: from cached data only, nothing fetched.
 */
export function usePlanRollups(planId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const plan = usePlanDetail(planId);
  const actions = usePlanActions(planId, { enabled });
  const measures = usePlanMeasures(planId, { enabled });

  const today = useReferenceDate(planId, { enabled });
  const areas = plan.data?.plan.areas;
  const actionItems = actions.data?.items;
  const rollups = useMemo(
    () => (areas && actionItems && today ? rollupPlanAndAreas(areas, actionItems, { today }) : null),
    [areas, actionItems, today],
  );

  return { plan, actions, measures, today, rollups };
}
