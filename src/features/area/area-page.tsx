import { useCallback, useMemo } from 'react';
import { Link } from 'wouter';
import { ActionsTable } from '../../components/actions/actions-table';
import { AddUpdateLink } from '../../components/actions/add-update-link';
import type { Action } from '../../api/schemas';
import { DataProblems } from '../../components/data-problems';
import { Loading } from '../../components/loading';
import { MeasureCard } from '../../components/measures/measure-card';
import { PageTitle } from '../../components/page-title';
import { PanelBoundary } from '../../components/panel-boundary';
import { QueryError } from '../../components/query-error';
import { RatingCountsText } from '../../components/rating-bar';
import { RatingTag } from '../../components/rating-tag';
import { areaSummarySentence } from '../../domain/area-summary';
import { useReferenceDate } from '../../state/reference-date';
import { deliveryAndOutcomes } from '../../domain/area-summary';
import { measureStateCounts } from '../../domain/measure-state';
import { rollupByArea } from '../../domain/rollup';
import { compareActionIds } from '../../domain/review-changes';
import { paths, withSearch } from '../../state/paths';
import './area-page.css';
import { usePlanActions, usePlanDetail, usePlanMeasures } from '../../state/use-plan-data';
import { problemsOf } from '../../api/problems';

export interface AreaPageProps {
  planId: string;
  /** As in the URL: the area's number, e.g. "3". */
  areaNumber: string;
}

const SOURCE_WORDS = {
  inspection: 'From the Ofsted inspection',
  'peer-review': 'From a peer review',
  local: 'Added locally',
} as const;

/** One improvement area: its actions with progress, and its measures with trends. */
export function AreaPage({ planId, areaNumber }: AreaPageProps) {
  const plan = usePlanDetail(planId);
  const actions = usePlanActions(planId);
  const measures = usePlanMeasures(planId);

  const areas = plan.data?.plan.areas;
  const area = areas?.find((a) => String(a.number) === areaNumber);
  const today = useReferenceDate(planId);

  const areaActions = useMemo(
    () => (area && actions.data ? actions.data.items.filter((a) => a.areaId === area.id).sort((a, b) => compareActionIds(a.id, b.id)) : []),
    [area, actions.data],
  );
  const rollup = useMemo(
    () => (area && today ? rollupByArea([area], areaActions, { today }).find((r) => r.areaId === area.id) : undefined),
    [area, areaActions, today],
  );
  const addUpdate = useCallback((action: Action) => <AddUpdateLink planId={planId} action={action} />, [planId]);
  const areaMeasures = useMemo(
    () => (area && measures.data ? measures.data.items.filter((m) => m.areaIds.includes(area.id)) : []),
    [area, measures.data],
  );

  if (plan.isPending) return <Loading label="Loading the area" rows={6} />;
  if (plan.isLoadingError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} retrying={plan.isFetching} />;
  if (!area) {
    return (
      <>
        <PageTitle title="Area not found" />
        <h1 className="app-heading-xl">Area not found</h1>
        <p>This plan has no improvement area {areaNumber}.</p>
        <p>
          <Link href={paths.overview(planId)}>See all the plan’s areas</Link>
        </p>
      </>
    );
  }

  const sorted = [...(areas ?? [])].sort((a, b) => a.number - b.number);
  const index = sorted.findIndex((a) => a.id === area.id);
  const previous = sorted[index - 1];
  const next = sorted[index + 1];

  return (
    <>
      <PageTitle title={`Area ${area.number}: ${area.shortTitle ?? area.title}`} />
      <nav aria-label="Breadcrumb" className="app-breadcrumbs">
        <ol>
          <li>
            <Link href={paths.overview(planId)}>Overview</Link>
          </li>
          <li aria-current="page">Area {area.number}</li>
        </ol>
      </nav>
      <span className="app-caption">
        Area {area.number}
        {area.source ? ` · ${SOURCE_WORDS[area.source]}` : ''}
      </span>
      {/* The short title people use is the heading; the inspection's own words follow it. */}
      <h1 className="app-heading-l">{area.shortTitle ?? area.title}</h1>
      {area.shortTitle && area.shortTitle !== area.title && <p className="app-area-full-title">{area.title}</p>}
      <DataProblems planId={planId} asOfDate={today} problems={problemsOf(plan.data, actions.data, measures.data)} />
      {rollup && (
        <div className="app-area-summary">
          <p className="app-area-summary__sentence">{areaSummarySentence(rollup.rollup)}</p>
          <p>
            Actions: <RatingTag rating={rollup.status} />
            {measures.data && ` · Measures: ${deliveryAndOutcomes(rollup.status, measureStateCounts(areaMeasures)).measures ?? ''}`}
          </p>
          <p>
            <strong>{rollup.rollup.total} actions</strong>
            {rollup.rollup.overdue > 0 && (
              <>
                {' · '}
                <Link href={withSearch(paths.actions(planId), { area: [area.number], overdue: true })}>
                  {rollup.rollup.overdue} overdue
                </Link>
              </>
            )}
          </p>
          <RatingCountsText counts={rollup.rollup.counts} />
        </div>
      )}
      <p className="app-area-jump">
        <a href="#area-measures-heading">
          Is it getting better? See the area’s measures{measures.data ? ` (${areaMeasures.length})` : ''}
        </a>
      </p>

      <section aria-labelledby="area-actions-heading" className="app-area-section">
        <h2 id="area-actions-heading" className="app-heading-m">
          Actions{actions.data ? ` (${areaActions.length})` : ''}
        </h2>
        {actions.isPending && <Loading label="Loading the actions" rows={4} />}
        {actions.isLoadingError && <QueryError error={actions.error} onRetry={() => void actions.refetch()} retrying={actions.isFetching} />}
        {actions.data && today && (
          areaActions.length === 0 ? (
            <p>This area has no actions yet.</p>
          ) : (
            <PanelBoundary what="the area's actions">
              <ActionsTable
                actions={areaActions}
                areas={areas ?? []}
                today={today}
                caption={`Actions in area ${area.number}`}
                captionHidden
                historyPlanId={planId}
                rowControl={addUpdate}
              />
            </PanelBoundary>
          )
        )}
      </section>

      <section aria-labelledby="area-measures-heading" className="app-area-section">
        <h2 id="area-measures-heading" className="app-heading-m" tabIndex={-1}>
          Measures that matter{measures.data ? ` (${areaMeasures.length})` : ''}
        </h2>
        {measures.isPending && <Loading label="Loading the measures" rows={3} />}
        {measures.isLoadingError && (
          <QueryError error={measures.error} onRetry={() => void measures.refetch()} retrying={measures.isFetching} />
        )}
        {measures.data &&
          (areaMeasures.length === 0 ? (
            <p>No measures are linked to this area.</p>
          ) : (
            <ul className="app-area-measures">
              {areaMeasures.map((measure) => (
                <li key={measure.id}>
                  <PanelBoundary what={`the measure “${measure.title}”`}>
                    <MeasureCard planId={planId} measure={measure} areas={areas} showChart headingLevel={3} />
                  </PanelBoundary>
                </li>
              ))}
            </ul>
          ))}
      </section>

      <nav aria-label="Other areas" className="app-pager">
        {previous && (
          <Link href={paths.area(planId, previous.number)} className="app-pager__link">
            <span aria-hidden="true">← </span>Area {previous.number}: {previous.shortTitle ?? previous.title}
          </Link>
        )}
        {next && (
          <Link href={paths.area(planId, next.number)} className="app-pager__link app-pager__link--next">
            Area {next.number}: {next.shortTitle ?? next.title}
            <span aria-hidden="true"> →</span>
          </Link>
        )}
      </nav>
    </>
  );
}
