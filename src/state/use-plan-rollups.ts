import { useMemo } from 'react';
import { useReferenceDate } from './reference-date';
import { rollupPlanAndAreas } from '../domain/rollup';
import { usePlanActions, usePlanDetail, usePlanMeasures } from './use-plan-data';

/**
 * A plan with its actions rolled up for the plan and by area, as every summary view
 * needs them (overview, briefing, board pack). Derived in render from the queries, never
 * stored; `rollups` is null until both the plan and its actions are in.
 */
export function usePlanRollups(planId: string) {
  const plan = usePlanDetail(planId);
  const actions = usePlanActions(planId);
  const measures = usePlanMeasures(planId);

  const today = useReferenceDate(planId);
  const areas = plan.data?.plan.areas;
  const actionItems = actions.data?.items;
  const rollups = useMemo(
    () => (areas && actionItems && today ? rollupPlanAndAreas(areas, actionItems, { today }) : null),
    [areas, actionItems, today],
  );

  return { plan, actions, measures, today, rollups };
}
