/**
 * The plan's figures from its contract bodies (plan, actions, measures), decoded and
 * cross-checked exactly as the dashboard does before it counts them: for servers that
 * answer `GET /plans/{planId}/summary` (the reference server, the demo's handlers, the
 * benchmark's API). A record the dashboard would leave out is left out here too.
 */
import { decodeActions, decodeMeasures, decodePlan } from './decode';
import type { RollupSummary } from './schemas';
import { checkActionAreas, checkActionMeasures, checkMeasureAreas, knownIds } from '../domain/cross-checks';
import { toRollupSummary } from '../domain/rollup-summary';

export interface ContractBodies {
  plan: unknown;
  actions: unknown;
  measures: unknown;
}

export function summariseContract(bodies: ContractBodies): RollupSummary {
  const plan = decodePlan(bodies.plan);
  const actions = decodeActions(bodies.actions);
  const measures = decodeMeasures(bodies.measures);
  const areaIds = new Set(knownIds(plan.plan.areas, plan.problems));
  const measureIds = new Set(knownIds(measures.items, measures.problems));
  const inAreas = checkActionAreas(actions.items, areaIds).records;
  return toRollupSummary({
    areas: plan.plan.areas,
    actions: checkActionMeasures(inAreas, measureIds).records,
    measures: checkMeasureAreas(measures.items, areaIds).records,
    actionsAsOf: actions.asOf,
    planAsOf: plan.plan.asOf,
  });
}
