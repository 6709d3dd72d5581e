import { useMemo, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Area, Measure } from '../../api/schemas';
import { DataProblems } from '../../components/data-problems';
import { Loading } from '../../components/loading';
import { ChartTable } from '../../components/measures/chart-table';
import { MeasureFacts, MeasureNotes } from '../../components/measures/measure-card';
import { MeasureChartPanel } from '../../components/measures/measure-chart-panel';
import { MeasureStateTag } from '../../components/measures/measure-state-tag';
import { PageTitle } from '../../components/page-title';
import { QueryError } from '../../components/query-error';
import { RatingTag } from '../../components/rating-tag';
import { referenceDate } from '../../domain/as-of';
import { chartSeries } from '../../domain/chart-series';
import { COMPARATOR_VERDICT_WORDS, COMPARISON_METHOD, comparatorPeriod, comparatorTestWords, comparatorWords } from '../../domain/comparator-words';
import { targetWords } from '../../domain/measure-target';
import { formatMeasureValue, periodName, polarityWords, unitWords } from '../../domain/measure-format';
import { summariseMeasure } from '../../domain/measure-summary';
import { ratingKey } from '../../domain/ratings';
import { paths, withSearch } from '../../state/paths';
import './measures-page.css';
import { usePlanActions, usePlanDetail, usePlanMeasures } from '../../state/use-plan-data';

export interface MeasurePageProps {
  planId: string;
  measureId: string;
}

const FREQUENCY_WORDS: Readonly<Record<Measure['frequency'], string>> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Once a year',
};

/** One measure in full: summary, chart with table view, definition, every figure, comparators, areas and actions. */
export function MeasurePage({ planId, measureId }: MeasurePageProps) {
  const measures = usePlanMeasures(planId);
  const plan = usePlanDetail(planId);

  if (measures.isPending) return <Loading label="Loading the measure" rows={8} />;
  if (measures.isLoadingError) {
    return (
      <>
        <PageTitle title="Measure" />
        <h1 className="app-heading-xl">Measure</h1>
        <QueryError error={measures.error} onRetry={() => void measures.refetch()} retrying={measures.isFetching} />
      </>
    );
  }

  const measure = measures.data.items.find((m) => m.id === measureId);
  const problems = measures.data.problems.filter((p) => p.recordId === measureId);
  const asOfDate = referenceDate(measures.data.asOf);
  if (!measure) return <MeasureNotFound planId={planId} measureId={measureId} problems={problems} asOfDate={asOfDate} />;

  return <MeasureDetail planId={planId} measure={measure} areas={plan.data?.plan.areas ?? []} problems={problems} asOfDate={asOfDate} />;
}

type DataProblemsProps = Parameters<typeof DataProblems>[0];

function MeasureNotFound({ planId, measureId, problems, asOfDate }: { planId: string; measureId: string } & Pick<DataProblemsProps, 'problems' | 'asOfDate'>) {
  const malformed = problems.length > 0;
  return (
    <>
      <PageTitle title="Measure not found" />
      <h1 className="app-heading-xl">Measure not found</h1>
      {malformed ? (
        <>
          <p>The record for measure &ldquo;{measureId}&rdquo; is not in the expected format, so it cannot be shown.</p>
          <DataProblems planId={planId} asOfDate={asOfDate} problems={problems} />
        </>
      ) : (
        <p>There is no measure &ldquo;{measureId}&rdquo; in this plan. The link may be out of date.</p>
      )}
      <p>
        <Link href={paths.measures(planId)}>See all measures that matter</Link>
      </p>
    </>
  );
}

interface MeasureDetailProps {
  planId: string;
  measure: Measure;
  areas: readonly Area[];
  problems: DataProblemsProps['problems'];
  asOfDate: string;
}

function MeasureDetail({ planId, measure, areas, problems, asOfDate }: MeasureDetailProps) {
  const summary = useMemo(() => summariseMeasure(measure), [measure]);
  const series = useMemo(() => chartSeries(measure, summary), [measure, summary]);
  const linked = measure.areaIds.flatMap((id) => areas.filter((a) => a.id === id));

  return (
    <>
      <PageTitle title={measure.title} />
      <span className="app-caption">
        <Link href={paths.measures(planId)}>Measures that matter</Link>
      </span>
      <h1 className="app-heading-l">{measure.title}</h1>
      <div className="app-measure-page__lead">
        <MeasureStateTag state={summary.state} />
        <p className="app-measure-page__summary">{series.summary}</p>
      </div>
      <MeasureNotes summary={summary} />
      <DataProblems planId={planId} asOfDate={asOfDate} problems={problems} />

      <h2 className="app-heading-m">Latest position</h2>
      <MeasureFacts planId={planId} summary={summary} areas={areas} />

      <h2 className="app-heading-m">Trend</h2>
      <MeasureChartPanel series={series} showSummary={false} />

      <h2 className="app-heading-m">About this measure</h2>
      <dl className="app-measure-facts app-measure-page__about">
        <AboutRow term="Definition">{measure.definition ?? 'No definition given.'}</AboutRow>
        <AboutRow term="Unit">{unitWords(measure.unit)}</AboutRow>
        <AboutRow term="Better is">{polarityWords(measure.polarity)}</AboutRow>
        <AboutRow term="Target">
          {targetWords(measure)}
          {measure.target?.note && <span className="app-table__sub">{measure.target.note}</span>}
        </AboutRow>
        <AboutRow term="Reported">{FREQUENCY_WORDS[measure.frequency]}</AboutRow>
        <AboutRow term="Source">{measure.source ?? 'Not given.'}</AboutRow>
        <AboutRow term="Control">
          {measure.outsideControl
            ? "Not in the council's control alone: partners, courts or national trends also shape this figure."
            : 'The council and its services are responsible for this figure.'}
        </AboutRow>
      </dl>

      <h2 className="app-heading-m">All figures</h2>
      {series.rows.length === 0 ? (
        <p>No figures have been reported yet.</p>
      ) : (
        <ChartTable series={series} caption={`All figures for ${measure.title}`} detailed />
      )}

      <h2 className="app-heading-m">Compared with others</h2>
      {summary.comparators.length === 0 ? (
        <p>There are no comparator figures for this measure.</p>
      ) : (
        <>
          <div className="app-table-scroll" role="region" aria-label="Comparators: table" tabIndex={0}>
            <table className="app-table">
              <caption className="app-table__caption">Our figure against others for the same period</caption>
              <thead>
                <tr>
                  <th scope="col">Compared with</th>
                  <th scope="col">Their period</th>
                  <th scope="col" className="app-table__numeric">
                    Their figure
                  </th>
                  <th scope="col" className="app-table__numeric">
                    Our figure
                  </th>
                  <th scope="col">Verdict</th>
                </tr>
              </thead>
              <tbody>
                {summary.comparators.map((result) => {
                  const test = comparatorTestWords(result, measure);
                  return (
                    <tr key={result.comparator.group}>
                      <th scope="row" className="app-table__row-title">
                        {result.comparator.group}
                      </th>
                      <td>{comparatorPeriod(result.comparator) || 'Not given'}</td>
                      <td className="app-table__numeric">{formatMeasureValue(result.comparator.value, measure.unit, measure.decimals)}</td>
                      <td className="app-table__numeric">
                        {result.council ? (
                          <>
                            {formatMeasureValue(result.council.value, measure.unit, measure.decimals)}
                            <span className="app-table__sub">{periodName(result.council)}</span>
                          </>
                        ) : (
                          'None'
                        )}
                      </td>
                      <td>
                        <strong>{COMPARATOR_VERDICT_WORDS[result.verdict]}</strong>
                        <span className="app-table__sub">{test ?? comparatorWords(result, measure)}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="app-measure-page__method">
            <strong>How we compare.</strong> {COMPARISON_METHOD}
          </p>
        </>
      )}

      <h2 className="app-heading-m">Areas for improvement</h2>
      {linked.length === 0 ? (
        <p>{measure.areaIds.length === 0 ? 'This measure is not linked to an area.' : 'The areas are loading or could not be found.'}</p>
      ) : (
        <ul className="app-list">
          {linked.map((area) => (
            <li key={area.id}>
              <Link href={paths.area(planId, area.number)}>
                Area {area.number}: {area.title}
              </Link>
            </li>
          ))}
        </ul>
      )}

      <h2 className="app-heading-m">Actions meant to move this measure</h2>
      <MeasureActions planId={planId} measureId={measure.id} />
    </>
  );
}

function AboutRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="app-measure-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function MeasureActions({ planId, measureId }: { planId: string; measureId: string }) {
  const actions = usePlanActions(planId);
  const linked = useMemo(() => actions.data?.items.filter((action) => action.measureIds?.includes(measureId)) ?? [], [actions.data, measureId]);
  if (actions.isPending) return <Loading label="Loading the actions" rows={2} />;
  if (actions.isLoadingError) return <QueryError error={actions.error} onRetry={() => void actions.refetch()} retrying={actions.isFetching} />;
  if (linked.length === 0) return <p>No action in the plan names this measure.</p>;
  return (
    <ul className="app-measure-actions">
      {linked.map((action) => (
        <li key={action.id} className="app-measure-actions__item">
          <Link href={withSearch(paths.actions(planId), { q: action.id })}>
            <span className="app-measure-actions__id">{action.id}</span> {action.title}
          </Link>{' '}
          <RatingTag rating={ratingKey(action.rating)} />
        </li>
      ))}
    </ul>
  );
}
