import { useId } from 'react';
import type { ChartSeries } from '../../domain/chart-series';
import { useShowAsTable } from '../../state/view-preferences';
import { ChartTable } from './chart-table';
import { TrendChartLazy } from './trend-chart-lazy';
import './measures.css';

export interface MeasureChartPanelProps {
  series: ChartSeries;
  /** Remembers chart-or-table per chart; defaults to one id per measure. */
  chartId?: string;
  /** Hide the summary when the page already shows it just above. */
  showSummary?: boolean;
}

/**
 * A measure's trend with its text summary and a one-press switch to the same
 * figures as a table (remembered per chart, and "tables everywhere" honoured).
 */
export function MeasureChartPanel({ series, chartId = `measure:${series.measureId}`, showSummary = true }: MeasureChartPanelProps) {
  const [asTable, toggle] = useShowAsTable(chartId);
  const regionId = useId();
  const hasRows = series.rows.length > 0;

  return (
    <div className="app-chart-panel">
      {showSummary && <p className="app-chart-panel__summary">{series.summary}</p>}
      {hasRows && (
        <>
          <div id={regionId} className="app-chart-panel__body">
            {asTable ? (
              <ChartTable series={series} />
            ) : series.hasValues ? (
              <TrendChartLazy series={series} />
            ) : (
              <p className="app-secondary-text">There are no figures to draw: every period is suppressed or not available.</p>
            )}
          </div>
          {/* The measure's title is in the name (several charts share a page); the visible words come first (WCAG 2.5.3). */}
          <button
            type="button"
            className="app-button app-button--secondary app-chart-panel__toggle"
            aria-controls={regionId}
            aria-label={`${asTable ? 'Show as chart' : 'Show as table'}: ${series.title}`}
            onClick={toggle}
          >
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
        </>
      )}
    </div>
  );
}
