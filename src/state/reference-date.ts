import { useQuery } from '@tanstack/react-query';
import { usePlanQueries } from '../api/provider';
import { referenceDate } from '../domain/as-of';

/**
 * The date every date rule is applied on: the actions' "as at" date (see
 * domain/as-of.ts), or the plan's while the actions load. Null until either is known.
 */
export function useReferenceDate(planId: string): string | null {
  const queries = usePlanQueries();
  const actionsAsOf = useQuery({ ...queries.actions(planId), select: (d) => d.asOf }).data;
  const planAsOf = useQuery({ ...queries.detail(planId), select: (d) => d.plan.asOf }).data;
  const asOf = actionsAsOf ?? planAsOf;
  return asOf ? referenceDate(asOf) : null;
}
