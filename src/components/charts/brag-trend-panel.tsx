import { lazy, Suspense } from 'react';
import type { BragPoint } from '../../domain/review-changes';
import { RATING_LABELS } from '../../domain/ratings';
import { useShowAsTable } from '../../state/view-preferences';
import { BragTrendTable } from './brag-trend-table';

// recharts is loaded only when a chart is shown, never with the first view.
const BragTrendChart = lazy(() => import('./brag-trend-chart'));

export interface BragTrendPanelProps {
  points: readonly BragPoint[];
  /** Forces the table (print, where the chart adds nothing to the numbers). */
  tableOnly?: boolean;
  /** The date of the review being compared with, marked on the chart. */
  comparedDate?: string | undefined;
}

/** "12 reviews from … to …: complete actions rose from 3 to 29; at risk from 6 to 4." */
export function bragTrendSummary(points: readonly BragPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No reviews recorded yet.';
  if (first === last) return `${first.label}: ${first.total} actions rated.`;
  const moves = (['blue', 'red', 'amber'] as const).map(
    (key) => `${RATING_LABELS[key].toLowerCase()} went from ${first.counts[key]} to ${last.counts[key]}`,
  );
  return `${points.length} points from ${first.label} to ${last.label}: ${moves.join('; ')}.`;
}

export function BragTrendPanel({ points, tableOnly = false, comparedDate }: BragTrendPanelProps) {
  const [asTable, toggle] = useShowAsTable('brag-trend');
  const summary = bragTrendSummary(points);
  const showTable = tableOnly || asTable;
  return (
    <div className="app-chart-panel">
      <p className="app-chart-panel__summary">{summary}</p>
      {!tableOnly && (
        <button type="button" className="app-button app-button--secondary app-no-print" onClick={toggle}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      )}
      {showTable ? (
        <BragTrendTable points={points} caption="Ratings at each review" />
      ) : (
        <Suspense fallback={<div className="app-chart-placeholder" style={{ height: 400 }} aria-hidden="true" />}>
          <BragTrendChart points={points} summary={summary} comparedDate={comparedDate} />
        </Suspense>
      )}
    </div>
  );
}
