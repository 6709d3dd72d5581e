import { createContext, useContext, type ReactNode } from 'react';
import type { PlanQueries } from './queries';

const PlanQueriesContext = createContext<PlanQueries | null>(null);

export interface ApiProviderProps {
  queries: PlanQueries;
  children: ReactNode;
}

/** Makes the query factories, bound to the configured client, available to every view. */
export function ApiProvider({ queries, children }: ApiProviderProps) {
  return <PlanQueriesContext.Provider value={queries}>{children}</PlanQueriesContext.Provider>;
}

export function usePlanQueries(): PlanQueries {
  const queries = useContext(PlanQueriesContext);
  if (!queries) throw new Error('usePlanQueries must be used inside <ApiProvider>');
  return queries;
}
