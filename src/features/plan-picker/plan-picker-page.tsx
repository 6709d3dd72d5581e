import { useQuery } from '@tanstack/react-query';
import { Link, Redirect } from 'wouter';
import { usePlanQueries } from '../../api/provider';
import { DataProblems } from '../../components/data-problems';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { QueryError } from '../../components/query-error';
import { formatAsOf, referenceDate } from '../../domain/as-of';

const STATUS_LABEL = { draft: 'Draft', active: 'Active', closed: 'Closed' } as const;

/** The plans this user may see. With exactly one, go straight to it. */
export function PlanPickerPage() {
  const queries = usePlanQueries();
  const plans = useQuery(queries.list());

  if (plans.isPending) return <Loading label="Loading your plans" />;
  if (plans.isLoadingError) {
    return <QueryError error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />;
  }
  const { items, asOf, problems } = plans.data;
  const only = items.length === 1 ? items[0] : undefined;
  if (only) return <Redirect to={`/plans/${encodeURIComponent(only.id)}`} replace />;

  return (
    <>
      <PageTitle title="Choose a plan" />
      <h1 className="app-heading-xl">Choose a plan</h1>
      <p className="app-body-s app-secondary-text">Data as at {formatAsOf(asOf)}</p>
      <DataProblems asOfDate={referenceDate(asOf)} problems={problems} />
      {items.length === 0 ? (
        <p>There are no plans you can see yet. If you expected one, ask your performance team to check your access.</p>
      ) : (
        <ul className="app-card-list">
          {items.map((plan) => (
            <li key={plan.id} className="app-card">
              <h2 className="app-heading-m">
                <Link href={`/plans/${encodeURIComponent(plan.id)}`} className="app-link">
                  {plan.title}
                </Link>
              </h2>
              <p className="app-body-s">
                {plan.organisation} · {STATUS_LABEL[plan.status]}
                {plan.version ? ` · version ${plan.version}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
