import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import type { Area, Measure } from '../../api/schemas';
import { chartSeries } from '../../domain/chart-series';
import { comparatorWords } from '../../domain/comparator-words';
import { targetWords } from '../../domain/measure-target';
import { formatMeasureChange, formatMeasureValue, periodName } from '../../domain/measure-format';
import { type MeasureSummary, summariseMeasure } from '../../domain/measure-summary';
import { paths } from '../../state/paths';
import { DirectionText } from './direction-text';
import { MeasureChartPanel } from './measure-chart-panel';
import { MeasureStateTag } from './measure-state-tag';
import './measures.css';

export interface MeasureCardProps {
  planId: string;
  measure: Measure;
  /** The plan's areas, to name and link the measure's areas; leave out to hide them (e.g. on an area's own page). */
  areas?: readonly Area[];
  /** Add the trend chart with its summary and table view. */
  showChart?: boolean;
  /** The level of the card's heading, to fit the page outline. Default 3. */
  headingLevel?: 2 | 3 | 4;
}

/** The latest figure with its marker: "77.0% (provisional)". */
export function latestWords(summary: MeasureSummary): string | null {
  const { latest, measure } = summary;
  if (latest === null) return null;
  const value = formatMeasureValue(latest.value, measure.unit, measure.decimals);
  const marker = latest.status === 'provisional' ? ' (provisional)' : latest.status === 'revised' ? ' (revised)' : '';
  return `${value}${marker}`;
}

/** Why there is no latest figure, in words. */
export function noLatestWords(measure: Measure): string {
  return measure.points.length === 0 ? 'Not yet reported' : 'No figure available';
}

export interface MeasureFactsProps {
  planId: string;
  summary: MeasureSummary;
  areas?: readonly Area[] | undefined;
  /** Include the rating against target (leave out where a tag already sits beside the heading). */
  showRag?: boolean;
}

/** The facts of a measure as a GOV.UK-style summary list: every judgement in words. */
export function MeasureFacts({ planId, summary, areas, showRag = true }: MeasureFactsProps) {
  const { measure, latest, travel, yearOnYear, comparators } = summary;
  const fmtChange = (change: number) => formatMeasureChange(change, measure.unit, measure.decimals);
  const fmt = (value: number) => formatMeasureValue(value, measure.unit, measure.decimals);
  const latestText = latestWords(summary);
  const linked = areas ? measure.areaIds.flatMap((id) => areas.filter((a) => a.id === id)) : [];

  return (
    <dl className="app-measure-facts">
      <div className="app-measure-facts__row">
        <dt>Latest</dt>
        <dd>
          {latest && latestText ? (
            <>
              <strong className="app-measure-facts__value">{latestText}</strong> in {periodName(latest)}
            </>
          ) : (
            noLatestWords(measure)
          )}
        </dd>
      </div>
      <div className="app-measure-facts__row">
        <dt>Target</dt>
        <dd>{targetWords(measure)}</dd>
      </div>
      {showRag && (
        <div className="app-measure-facts__row">
          <dt>Against target</dt>
          <dd>
            <MeasureStateTag state={summary.state} />
          </dd>
        </div>
      )}
      <div className="app-measure-facts__row">
        <dt>Direction of travel</dt>
        <dd>
          <DirectionText direction={travel.direction} capitalise />
          {travel.previous && travel.latest && travel.direction !== 'no-judgement' && (
            <span className="app-secondary-text"> since {periodName(travel.previous)}</span>
          )}
        </dd>
      </div>
      <div className="app-measure-facts__row">
        <dt>On a year earlier</dt>
        <dd>
          {yearOnYear ? (
            <>
              {fmtChange(yearOnYear.change)}{' '}
              <span className="app-secondary-text">
                (from {fmt(yearOnYear.yearEarlier.value)} in {periodName(yearOnYear.yearEarlier)})
              </span>
              {yearOnYear.direction !== 'no-judgement' && (
                <>
                  {' '}
                  <DirectionText direction={yearOnYear.direction} />
                </>
              )}
            </>
          ) : (
            'No figure for a year earlier'
          )}
        </dd>
      </div>
      {comparators.length > 0 && (
        <div className="app-measure-facts__row">
          <dt>Compared with others</dt>
          <dd>
            <ul className="app-measure-facts__list">
              {comparators.map((result) => (
                <li key={result.comparator.group}>{comparatorWords(result, measure)}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {linked.length > 0 && (
        <div className="app-measure-facts__row">
          <dt>{linked.length === 1 ? 'Area' : 'Areas'}</dt>
          <dd>
            <ul className="app-measure-facts__list">
              {linked.map((area) => (
                <li key={area.id}>
                  <Link href={paths.area(planId, area.number)}>
                    {area.number} {area.shortTitle ?? area.title}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** Notes a reader needs before trusting the figure: provisional, suppressed, not in the council's control alone. */
export function MeasureNotes({ summary }: { summary: MeasureSummary }) {
  const { measure, latest } = summary;
  const notes: string[] = [];
  if (latest?.status === 'provisional') notes.push('The latest figure is provisional and may change.');
  if (latest?.status === 'revised') notes.push('The latest figure has been revised since it was first published.');
  if (measure.points.some((p) => p.status === 'suppressed')) notes.push('Some figures are suppressed (c) because the numbers are small.');
  if (measure.points.some((p) => p.status === 'not-available' || (p.value === null && p.status !== 'suppressed')))
    notes.push('Some periods have no figure (n/a).');
  if (!measure.outsideControl && notes.length === 0) return null;
  return (
    <>
      {measure.outsideControl && (
        <p className="app-measure-flag">
          <strong>
            <span aria-hidden="true">⚑ </span>Not in the council&rsquo;s control alone
          </strong>
          <span className="app-measure-flag__detail"> Partners, courts or national trends also shape this figure.</span>
        </p>
      )}
      {notes.length > 0 && (
        <ul className="app-measure-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * One measure that matters, for the measures list and an area's page: title
 * (linking to the measure), latest figure, target, rating, direction, change on a
 * year earlier and comparators, all in words; the trend chart when asked.
 */
export function MeasureCard({ planId, measure, areas, showChart = false, headingLevel = 3 }: MeasureCardProps) {
  const summary = useMemo(() => summariseMeasure(measure), [measure]);
  const series = useMemo(() => (showChart ? chartSeries(measure, summary) : null), [showChart, measure, summary]);
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();

  return (
    <article className="app-measure-card" aria-labelledby={headingId}>
      <div className="app-measure-card__header">
        <Heading id={headingId} className="app-heading-s app-measure-card__title">
          <Link href={paths.measure(planId, measure.id)}>{measure.title}</Link>
        </Heading>
        <MeasureStateTag state={summary.state} />
      </div>
      <MeasureFacts planId={planId} summary={summary} areas={areas} showRag={false} />
      <MeasureNotes summary={summary} />
      {series && <MeasureChartPanel series={series} />}
    </article>
  );
}
