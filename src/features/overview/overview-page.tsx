import { DataProblems } from '../../components/data-problems';
import { DownloadButton } from '../../components/download-button';
import { PlanWorkbookDownload } from '../../components/plan-workbook-download';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { PanelBoundary } from '../../components/panel-boundary';
import { QueryError } from '../../components/query-error';
import { RatingKey } from '../../components/rating-key';
import { csvFileName } from '../../domain/csv';
import { areaRollupCsv } from '../../domain/csv-exports';
import { Link } from 'wouter';
import type { Area } from '../../api/schemas';
import { paths, withSearch } from '../../state/paths';
import { enumParam, useSearchState } from '../../state/url-state';
import { AreaCards } from './area-cards';
import { RollupTable } from '../../components/rollup-table';
import { PlanAtAGlance } from './plan-at-a-glance';
import { useOverview } from './use-overview';
import { useCountingStarted } from './use-counting-started';
import './overview.css';

export interface OverviewPageProps {
  planId: string;
}

const SEARCH = { view: enumParam(['cards', 'table'], 'cards') };

/**
 * The plan at a glance. Its figures come first from the server's summary, then from
 * counting the records, which also brings their problems and the last board's changes
 * (use-overview.ts); the records are asked for once the summary is on screen.
 */
export function OverviewPage({ planId }: OverviewPageProps) {
  const overview = useOverview(planId, { counting: useCountingStarted(planId) });
  const [{ view }, setSearch] = useSearchState(SEARCH);
  const { plan, actions, measures, problems, rollups, measureCounts, sinceLastReview, today } = overview;

  if (plan.isPending) return <Loading label="Loading the plan" rows={6} />;
  if (plan.isLoadingError) {
    return <QueryError error={plan.error} onRetry={() => void plan.refetch()} retrying={plan.isFetching} />;
  }
  const { plan: detail } = plan.data;

  return (
    <>
      <PageTitle title={`Overview – ${detail.title}`} />
      <span className="app-caption">{detail.organisation}</span>
      <h1 className="app-heading-xl">{detail.title}</h1>
      <ul className="app-meeting-links" aria-label="For meetings">
        <li>
          <Link href={paths.changes(planId)}>Since last review</Link>
        </li>
        <li>
          <Link href={paths.boardPack(planId)}>Print the board pack</Link>
        </li>
        <li>
          <Link href={paths.briefing(planId)}>Scrutiny briefing for councillors</Link>
        </li>
        <li>
          <Link href={paths.checkIn(planId)}>Weekly check-in by lead</Link>
        </li>
      </ul>
      <DataProblems planId={planId} asOfDate={today} problems={problems} />

      {actions.isLoadingError && (
        <QueryError error={actions.error} onRetry={() => void actions.refetch()} retrying={actions.isFetching} />
      )}
      {measures.isLoadingError && (
        <QueryError error={measures.error} onRetry={() => void measures.refetch()} retrying={measures.isFetching} />
      )}

      {actions.isPending && !rollups && <Loading label="Loading the actions" rows={4} />}
      {rollups && (
        <PanelBoundary what="the plan summary">
          <PlanAtAGlance
            planId={planId}
            rollup={rollups.plan}
            measures={measureCounts}
            measuresLoading={measures.isPending && !measureCounts}
            sinceLastReview={sinceLastReview}
          />
        </PanelBoundary>
      )}
      <RatingKey definitions={detail.ratingDefinitions} />

      <section aria-labelledby="areas-heading">
        <div className="app-section-head">
          <h2 id="areas-heading" className="app-heading-l">
            Improvement areas
          </h2>
          {rollups && (
            <div className="app-section-head__actions">
              <button
                type="button"
                className="app-button app-button--secondary"
                onClick={() => setSearch({ view: view === 'table' ? '' : 'table' })}
              >
                {/* The button names what it will do, so it is not also a pressed toggle. */}
                {view === 'table' ? 'Show as cards' : 'Show as table'}
              </button>
              <DownloadButton filename={csvFileName([planId, 'areas'], today ?? 'undated')} content={() => areaRollupCsv(rollups.byArea)}>
                Download CSV
              </DownloadButton>
              <PlanWorkbookDownload planId={planId} filename={`${planId}-plan-${today ?? 'undated'}.xlsx`} />
            </div>
          )}
        </div>
        {detail.areas.length === 0 && <p>This plan has no improvement areas yet.</p>}
        {!rollups && actions.isLoadingError && <AreasWithoutActions planId={planId} areas={detail.areas} measures={measureCounts} />}
        {rollups && detail.areas.length > 0 && rollups.plan.total === 0 && <p>This plan has no actions yet.</p>}
        {rollups && (
          <PanelBoundary what="the improvement areas">
            {view === 'table' ? (
              <RollupTable planId={planId} areas={rollups.byArea} plan={rollups.plan} measures={measureCounts && { byArea: measureCounts.byArea, plan: measureCounts }} />
            ) : (
              <AreaCards planId={planId} areas={rollups.byArea} measuresByArea={measureCounts?.byArea ?? null} />
            )}
          </PanelBoundary>
        )}
      </section>
    </>
  );
}

interface AreasWithoutActionsProps {
  planId: string;
  areas: readonly Area[];
  measures: { total: number; notMeeting: number } | null;
}

/** When the actions cannot be loaded, the plan's areas and measures still lead somewhere. */
function AreasWithoutActions({ planId, areas, measures }: AreasWithoutActionsProps) {
  return (
    <>
      {measures && (
        <p>
          <Link href={withSearch(paths.measures(planId), { show: ['off-target'] })}>
            {measures.notMeeting} of {measures.total} measures not meeting their target
          </Link>
        </p>
      )}
      <ul className="app-list">
        {areas.map((area) => (
          <li key={area.id}>
            <Link href={paths.area(planId, area.number)}>
              Area {area.number}: {area.shortTitle ?? area.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
