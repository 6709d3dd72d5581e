import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { usePlanQueries } from '../../api/provider';
import type { Action, Area } from '../../api/schemas';
import { DataProblems } from '../../components/data-problems';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';

export interface AreasTableProps {
  planId: string;
  areas: readonly Area[];
}

/** The plan's improvement areas in plan order, each with how many actions it holds. */
export function AreasTable({ planId, areas }: AreasTableProps) {
  const queries = usePlanQueries();
  const actions = useQuery(queries.actions(planId));
  const counts = useMemo(() => countByArea(actions.data?.items ?? []), [actions.data]);
  const ordered = useMemo(() => [...areas].sort((a, b) => a.number - b.number), [areas]);

  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading" className="app-heading-l">
        Improvement areas
      </h2>
      {actions.isError && (
        <QueryError error={actions.error} onRetry={() => void actions.refetch()} retrying={actions.isFetching} />
      )}
      {actions.isPending && <Loading label="Loading the actions" rows={1} />}
      {actions.data && <DataProblems problems={actions.data.problems} />}
      {ordered.length === 0 ? (
        <p>This plan has no improvement areas yet.</p>
      ) : (
        <table className="app-table">
          <caption className="app-table__caption">Improvement areas and their actions</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Title</th>
              <th scope="col" className="app-table__numeric">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((area) => (
              <tr key={area.id}>
                <td>{area.number}</td>
                <th scope="row" className="app-table__row-title">
                  {area.shortTitle ? (
                    <>
                      <span className="app-table__strong">{area.shortTitle}</span>
                      <span className="app-table__sub">{area.title}</span>
                    </>
                  ) : (
                    area.title
                  )}
                </th>
                <td className="app-table__numeric">{actions.data ? (counts.get(area.id) ?? 0) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function countByArea(actions: readonly Action[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const action of actions) counts.set(action.areaId, (counts.get(action.areaId) ?? 0) + 1);
  return counts;
}
