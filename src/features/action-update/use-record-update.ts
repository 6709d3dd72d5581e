import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ListResult } from '../../api/fetchers';
import { usePlanQueries } from '../../api/provider';
import type { PlanQueries } from '../../api/queries';
import type { Action } from '../../api/schemas';

/**
 * Puts an action as the server now has it into every cache that shows it (the plan's
 * actions feed the overview, area, check-in, explorer and "Since last review"), so each
 * view shows it at once, before any refetch; the server's summary of the figures is
 * marked out of date.
 */
export function putAction(queryClient: QueryClient, queries: PlanQueries, planId: string, action: Action): void {
  queryClient.setQueryData(queries.action(planId, action.id).queryKey, action);
  queryClient.setQueryData<ListResult<Action>>(queries.actions(planId).queryKey, (list) =>
    list ? { ...list, items: list.items.map((item) => (item.id === action.id ? action : item)) } : list,
  );
  // The server's figures counted the action as it was: asked for again when next shown.
  void queryClient.invalidateQueries({ queryKey: queries.summary(planId).queryKey });
}

/** Records an update; a saved or newer action goes into the caches, and the plan's actions are fetched again behind it. */
export function useRecordUpdate(planId: string, actionId: string) {
  const queries = usePlanQueries();
  const queryClient = useQueryClient();
  return useMutation({
    ...queries.addUpdate(planId, actionId),
    onSuccess: (outcome) => {
      if (outcome.kind === 'saved') {
        putAction(queryClient, queries, planId, outcome.action);
        // The server's "as at" moves on with the write; not awaited, so nothing waits for the refetch.
        void queryClient.invalidateQueries({ queryKey: queries.actions(planId).queryKey });
        void queryClient.invalidateQueries({ queryKey: queries.detail(planId).queryKey });
      } else if (outcome.kind === 'stale' && outcome.current) {
        putAction(queryClient, queries, planId, outcome.current);
      }
    },
  });
}
