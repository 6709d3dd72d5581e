import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import type { Area } from '../../api/schemas';
import { DataProblems } from '../../components/data-problems';
import { DownloadButton } from '../../components/download-button';
import { Loading } from '../../components/loading';
import { DirectionText } from '../../components/measures/direction-text';
import { latestWords, noLatestWords } from '../../components/measures/measure-card';
import { MeasureStateTag } from '../../components/measures/measure-state-tag';
import { Sparkline } from '../../components/measures/sparkline';
import { PageTitle } from '../../components/page-title';
import { QueryError } from '../../components/query-error';
import { areasById } from '../../domain/areas';
import { referenceDate } from '../../domain/as-of';
import { comparatorWords } from '../../domain/comparator-words';
import { csvFileName } from '../../domain/csv';
import { measuresCsv } from '../../domain/measures-csv';
import { periodName } from '../../domain/measure-format';
import { targetWords } from '../../domain/measure-target';
import { sparklineValues } from '../../domain/sparkline';
import { type MeasureSummary, summariseMeasure } from '../../domain/measure-summary';
import { paths } from '../../state/paths';
import { useSearchState } from '../../state/url-state';
import { countWords, filterMeasures, MEASURE_SEARCH, selectedArea, SHOW_LABELS, SHOW_OPTIONS, type ShowOption } from './measure-filters';
import './measures-page.css';
import { usePlanDetail, usePlanMeasures } from '../../state/use-plan-data';
import { problemsOf } from '../../api/problems';

export interface MeasuresPageProps {
  planId: string;
}

/**
 * Every measure that matters, one row each: trend, latest figure, target, rating,
 * direction and comparators in words. Filters live in the URL so a filtered list
 * can be emailed before a meeting.
 */
export function MeasuresPage({ planId }: MeasuresPageProps) {
  const measures = usePlanMeasures(planId);
  // The plan names the areas; while it loads (or if it fails) rows simply omit them.
  const plan = usePlanDetail(planId);
  const [filters, update] = useSearchState(MEASURE_SEARCH);
  const summaries = useMemo(() => measures.data?.items.map(summariseMeasure) ?? [], [measures.data]);
  const areas = useMemo(() => plan.data?.plan.areas ?? [], [plan.data]);
  const area = selectedArea(areas, filters.area);
  const shown = useMemo(() => filterMeasures(summaries, filters.show, area), [summaries, filters.show, area]);
  const formId = useId();

  const planTitle = plan.data?.plan.title;
  const header = (
    <>
      <PageTitle title={planTitle ? `Measures – ${planTitle}` : 'Measures'} />
      {planTitle && <span className="app-caption">{planTitle}</span>}
      <h1 className="app-heading-xl">Measures that matter</h1>
    </>
  );

  if (measures.isPending) {
    return (
      <>
        {header}
        <Loading label="Loading the measures" rows={8} />
      </>
    );
  }
  if (measures.isLoadingError) {
    return (
      <>
        {header}
        <QueryError error={measures.error} onRetry={() => void measures.refetch()} retrying={measures.isFetching} />
      </>
    );
  }

  const total = summaries.length;
  const filtered = filters.show.length > 0 || area !== null;
  const toggleShow = (option: ShowOption, checked: boolean) => {
    const next = checked ? [...filters.show, option] : filters.show.filter((o) => o !== option);
    update({ show: SHOW_OPTIONS.filter((o) => next.includes(o)) });
  };

  return (
    <>
      {header}
      <p className="app-prose">
        The indicators the plan uses to show whether children&rsquo;s lives are improving. Each one says its latest figure, its
        target and whether it is getting better, in words.
      </p>
      <DataProblems planId={planId} asOfDate={measures.data ? referenceDate(measures.data.asOf) : null} problems={problemsOf(plan.data, measures.data)} />

      {total === 0 ? (
        <p>This plan has no measures yet.</p>
      ) : (
        <>
          <form className="app-measures-filters app-no-print" aria-label="Filter measures" onSubmit={(e) => e.preventDefault()}>
            <fieldset className="app-measures-filters__group">
              <legend className="app-label">Show only measures that are</legend>
              {SHOW_OPTIONS.map((option) => (
                <div className="app-checkbox" key={option}>
                  <input
                    className="app-checkbox__input"
                    type="checkbox"
                    id={`${formId}-${option}`}
                    checked={filters.show.includes(option)}
                    onChange={(e) => toggleShow(option, e.currentTarget.checked)}
                  />
                  <label className="app-checkbox__label" htmlFor={`${formId}-${option}`}>
                    {SHOW_LABELS[option]}
                  </label>
                </div>
              ))}
            </fieldset>
            {areas.length > 0 && (
              <div className="app-form-group app-measures-filters__group">
                <label className="app-label" htmlFor={`${formId}-area`}>
                  Area
                </label>
                <select
                  id={`${formId}-area`}
                  className="app-select"
                  value={area ? String(area.number) : ''}
                  onChange={(e) => update({ area: e.currentTarget.value })}
                >
                  <option value="">All areas</option>
                  {areas.map((a) => (
                    <option key={a.id} value={String(a.number)}>
                      {a.number}. {a.shortTitle ?? a.title}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </form>

          <div className="app-measures-count">
            <p role="status" aria-live="polite" aria-atomic="true" className="app-measures-count__text">
              {countWords(shown.length, total)}
            </p>
            {filtered && (
              <button type="button" className="app-button app-button--secondary app-no-print" onClick={() => update({ show: [], area: '' })}>
                Clear filters
              </button>
            )}
            <DownloadButton
              filename={csvFileName([planId, 'measures'], referenceDate(measures.data.asOf))}
              content={() => measuresCsv(shown)}
              disabled={shown.length === 0}
            >
              Download CSV
            </DownloadButton>
          </div>

          {shown.length === 0 ? (
            <p>No measures match these filters.</p>
          ) : (
            <MeasuresTable planId={planId} summaries={shown} areas={areas} />
          )}
        </>
      )}
    </>
  );
}

interface MeasuresTableProps {
  planId: string;
  summaries: readonly MeasureSummary[];
  areas: readonly Area[];
}

/** A table on wide screens; on a phone each row becomes a card with the same words (see the CSS). */
function MeasuresTable({ planId, summaries, areas }: MeasuresTableProps) {
  const areaById = useMemo(() => areasById(areas), [areas]);
  return (
    <table className="app-table app-table--stack app-measures-table">
      <caption className="app-visually-hidden">Measures that matter: latest figure, target, rating, direction of travel and comparators</caption>
      <thead>
        <tr>
          <th scope="col" className="app-measures-table__measure-col">
            Measure
          </th>
          <th scope="col" className="app-measures-table__latest-col">
            Latest
          </th>
          <th scope="col" className="app-measures-table__target">
            Target
          </th>
          <th scope="col" className="app-measures-table__narrow">
            Against target
          </th>
          <th scope="col" className="app-measures-table__narrow">
            Direction of travel
          </th>
          <th scope="col" className="app-measures-table__comparators">
            Compared with others
          </th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((summary) => (
          <MeasureRow key={summary.measure.id} planId={planId} summary={summary} areaById={areaById} />
        ))}
      </tbody>
    </table>
  );
}

function MeasureRow({ planId, summary, areaById }: { planId: string; summary: MeasureSummary; areaById: ReadonlyMap<string, Area> }) {
  const { measure, latest, travel, comparators } = summary;
  const linked = measure.areaIds.flatMap((id) => {
    const area = areaById.get(id);
    return area ? [area] : [];
  });
  const latestText = latestWords(summary);
  return (
    <tr className="app-measures-table__row">
      <th scope="row" className="app-measures-table__measure">
        <Link href={paths.measure(planId, measure.id)} className="app-measures-table__title">
          {measure.title}
        </Link>
        {linked.length > 0 && (
          <span className="app-table__sub">
            {linked.length === 1 ? 'Area ' : 'Areas '}
            {linked.map((area, index) => (
              <span key={area.id}>
                {index > 0 && ', '}
                <Link href={paths.area(planId, area.number)}>
                  {area.number} {area.shortTitle ?? area.title}
                </Link>
              </span>
            ))}
          </span>
        )}
        {measure.outsideControl && (
          <span className="app-table__sub app-measures-table__flag">
            <span aria-hidden="true">⚑ </span>Not in the council&rsquo;s control alone
          </span>
        )}
      </th>
      <td data-label="Latest" className="app-measures-table__latest">
        <Sparkline values={sparklineValues(measure)} lastProvisional={latest?.status === 'provisional'} />
        {latest && latestText ? (
          <>
            <span className="app-table__strong">{latestText}</span>
            <span className="app-table__sub">{periodName(latest)}</span>
          </>
        ) : (
          <span>{noLatestWords(measure)}</span>
        )}
      </td>
      <td data-label="Target">{targetWords(measure)}</td>
      <td data-label="Against target">
        <MeasureStateTag state={summary.state} />
      </td>
      <td data-label="Direction of travel">
        <DirectionText direction={travel.direction} capitalise />
        {travel.previous && travel.direction !== 'no-judgement' && (
          <span className="app-table__sub">since {periodName(travel.previous)}</span>
        )}
      </td>
      <td data-label="Compared with others">
        {comparators.length === 0 ? (
          <span className="app-secondary-text">No comparators</span>
        ) : (
          <ul className="app-measures-table__list">
            {comparators.map((result) => (
              <li key={result.comparator.group}>{comparatorWords(result, measure)}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
