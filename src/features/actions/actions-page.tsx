import { useCallback, useDeferredValue, useMemo } from 'react';
import { Link } from 'wouter';
import type { Action, Area } from '../../api/schemas';
import { ActionsTable, type ActionsTableSort, type ActionsTableSortKey } from '../../components/actions/actions-table';
import { DataProblems } from '../../components/data-problems';
import { DownloadButton } from '../../components/download-button';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { QueryError } from '../../components/query-error';
import { filterActions, hasCriteria, indexActionsForFilter, sortActions } from '../../domain/action-filter';
import { csvFileName } from '../../domain/csv';
import { actionsCsv } from '../../domain/csv-exports';
import type { LeadAlias } from '../../domain/leads';
import { paths, withSearch } from '../../state/paths';
import { useReferenceDate } from '../../state/reference-date';
import { useSearchState } from '../../state/url-state';
import { ActionFilters } from './action-filters';
import { SortControls } from './sort-controls';
import { ACTIONS_SEARCH, criteriaFromSearch, sortFromSearch, sortToSearch } from './action-search-state';
import './actions-page.css';
import { usePlanActions, usePlanDetail } from '../../state/use-plan-data';
import { problemsOf } from '../../api/problems';
import { formatCount, plural } from '../../domain/words';

export interface ActionsPageProps {
  planId: string;
}

/** Rows drawn at first; the rest are a button press away (filters always cover every action). */
const BATCH_SIZE = 50;

/**
 * The Actions explorer: every action of the plan, filtered by area, lead, rating,
 * deadline and free text, sorted by any column; the filters live in the URL so a
 * link reproduces the list, and the CSV is exactly the rows on screen.
 */
export function ActionsPage({ planId }: ActionsPageProps) {
  const actions = usePlanActions(planId);
  const plan = usePlanDetail(planId);
  const today = useReferenceDate(planId);

  let body;
  if (actions.isLoadingError) {
    body = <QueryError what="the actions" error={actions.error} onRetry={() => void actions.refetch()} retrying={actions.isFetching} />;
  } else if (plan.isLoadingError) {
    body = (
      <QueryError what="the plan and its areas" error={plan.error} onRetry={() => void plan.refetch()} retrying={plan.isFetching} />
    );
  } else if (actions.isPending || plan.isPending || today === null) {
    body = <Loading label="Loading the actions" rows={8} />;
  } else {
    const { items, problems } = actions.data;
    body = (
      <>
        <DataProblems planId={planId} asOfDate={today} problems={problemsOf(plan.data, actions.data)} />
        {items.length === 0 ? (
          <p className="app-body">
            {problems.length === 0 ? 'This plan has no actions yet.' : 'None of this plan’s actions could be shown.'}
          </p>
        ) : (
          <ActionsExplorer
            planId={planId}
            items={items}
            areas={plan.data.plan.areas}
            aliases={plan.data.plan.leadAliases ?? NO_ALIASES}
            today={today}
          />
        )}
      </>
    );
  }

  return (
    <>
      <PageTitle title={plan.data ? `Actions – ${plan.data.plan.title}` : 'Actions'} />
      <h1 className="app-heading-xl">Actions</h1>
      {body}
    </>
  );
}

interface ActionsExplorerProps {
  planId: string;
  /** Every valid action of the plan. */
  items: readonly Action[];
  areas: readonly Area[];
  aliases: readonly LeadAlias[];
  today: string;
}

const NO_ALIASES: readonly LeadAlias[] = [];

function ActionsExplorer({ planId, items, areas, aliases, today }: ActionsExplorerProps) {
  const [search, update] = useSearchState(ACTIONS_SEARCH);
  // The controls follow `search` at once; the list follows `deferred`, which React
  // may lag behind while typing, so the input never waits for 5,000 rows.
  const deferred = useDeferredValue(search);
  const updating = deferred !== search;

  // Once per set of actions: search text, lead keys, due dates and sort ranks.
  const index = useMemo(() => indexActionsForFilter(items, areas, aliases), [items, areas, aliases]);
  const areaNumbers = useMemo(() => new Set(areas.map((a) => a.number)), [areas]);
  const leadKeys = useMemo(() => new Set(index.leads.map((l) => l.key)), [index]);

  const criteria = useMemo(() => criteriaFromSearch(deferred, areaNumbers, leadKeys), [deferred, areaNumbers, leadKeys]);
  const filtered = useMemo(() => filterActions(index.items, criteria, today), [index, criteria, today]);
  const sortKey = sortFromSearch(deferred).key;
  const sortDirection = sortFromSearch(deferred).direction;
  const rows = useMemo(() => sortActions(filtered, sortKey, sortDirection).map((i) => i.action), [filtered, sortKey, sortDirection]);

  // Header buttons: a new column sorts ascending; the sorted column flips direction.
  const onSort = useCallback(
    (key: ActionsTableSortKey) => {
      const direction = key === sortKey && sortDirection === 'asc' ? 'desc' : 'asc';
      update(sortToSearch(key, direction));
    },
    [sortKey, sortDirection, update],
  );
  const sort = useMemo<ActionsTableSort>(() => ({ key: sortKey, direction: sortDirection, onSort }), [sortKey, sortDirection, onSort]);
  const areaHref = useCallback((n: number) => paths.area(planId, n), [planId]);

  const filtering = hasCriteria(criteriaFromSearch(search, areaNumbers, leadKeys));
  const clearHref = withSearch(paths.actions(planId), sortToSearch(sortFromSearch(search).key, sortFromSearch(search).direction));
  const total = items.length;
  const count = `${formatCount(rows.length)} of ${plural(total, 'action', 'actions')}`;

  return (
    <div className="app-actions-explorer">
      {/* Keyboard users can jump past the filters; shown when focused. */}
      <a href="#action-results" className="app-skip-link app-actions-explorer__skip">
        Skip to the results
      </a>
      <ActionFilters search={search} update={update} areas={areas} leads={index.leads} />

      <div id="action-results" className="app-actions-explorer__results" aria-busy={updating} tabIndex={-1}>
        <div className="app-actions-explorer__toolbar">
          <p className="app-actions-explorer__count" role="status" aria-live="polite" aria-atomic="true">
            {count}
          </p>
          {filtering && rows.length > 0 && (
            <Link href={clearHref} className="app-link">
              Clear filters
            </Link>
          )}
          <SortControls sort={sortFromSearch(search)} update={update} />
          <DownloadButton
            filename={csvFileName([planId, 'actions'], today)}
            content={() => actionsCsv(rows, areas, today)}
            disabled={rows.length === 0}
          >
            Download CSV
          </DownloadButton>
        </div>

        {rows.length === 0 ? (
          <div className="app-actions-explorer__empty">
            <h2 className="app-heading-m">No actions match these filters</h2>
            <p>
              <Link href={clearHref} className="app-link">
                Clear filters
              </Link>{' '}
              to see all {plural(total, 'action', 'actions')}.
            </p>
          </div>
        ) : (
          <ActionsTable
            actions={rows}
            areas={areas}
            today={today}
            caption="Actions"
            captionHidden
            showArea
            areaHref={areaHref}
            sort={sort}
            batchSize={BATCH_SIZE}
          />
        )}
      </div>
    </div>
  );
}
