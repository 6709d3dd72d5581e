import { useQuery } from '@tanstack/react-query';
import { usePlanQueries } from '../../api/provider';
import { DataProblems } from '../../components/data-problems';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { PanelBoundary } from '../../components/panel-boundary';
import { QueryError } from '../../components/query-error';
import { AreasTable } from './areas-table';

export interface OverviewPageProps {
  planId: string;
}

export function OverviewPage({ planId }: OverviewPageProps) {
  const queries = usePlanQueries();
  const plan = useQuery(queries.detail(planId));

  if (plan.isPending) return <Loading label="Loading the plan" rows={6} />;
  if (plan.isError) {
    return <QueryError error={plan.error} onRetry={() => void plan.refetch()} retrying={plan.isFetching} />;
  }
  const { plan: detail, problems } = plan.data;

  return (
    <>
      <PageTitle title={`Overview – ${detail.title}`} />
      <span className="app-caption">{detail.organisation}</span>
      <h1 className="app-heading-xl">{detail.title}</h1>
      <DataProblems problems={problems} />
      <PanelBoundary what="the improvement areas">
        <AreasTable planId={planId} areas={detail.areas} />
      </PanelBoundary>
    </>
  );
}
