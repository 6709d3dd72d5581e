import { useQuery } from '@tanstack/react-query';
import { usePlanQueries } from '../api/provider';
import { planReferenceDate } from '../domain/as-of';

/**
 * The date every date rule is applied on (domain/as-of.ts `planReferenceDate`): every
 * view gets it here, so no view works it out its own way. `enabled: false`: from the
 * actions only if they are cached (nothing is fetched for it).
 */
export function useReferenceDate(planId: string, { enabled = true }: { enabled?: boolean } = {}): string | null {
  const queries = usePlanQueries();
  const actionsAsOf = useQuery({ ...queries.actions(planId), select: (d) => d.asOf, enabled }).data;
  const planAsOf = useQuery({ ...queries.detail(planId), select: (d) => d.plan.asOf }).data;
  return planReferenceDate(actionsAsOf, planAsOf);
}
