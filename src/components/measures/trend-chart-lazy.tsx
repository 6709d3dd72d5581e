import { lazy, Suspense } from 'react';
import { CHART_HEIGHT } from './chart-style';
import type { TrendChartProps } from './trend-chart';

// recharts is about half of a bare bundle: load it only when a chart is first shown.
const TrendChart = lazy(() => import('./trend-chart').then((module) => ({ default: module.TrendChart })));

/** The trend chart, code-split: a placeholder of the same height holds the layout while it loads. */
export function TrendChartLazy(props: TrendChartProps) {
  const height = props.height ?? CHART_HEIGHT;
  return (
    <Suspense
      fallback={
        <div className="app-trend-chart__placeholder" style={{ height }}>
          <span className="app-visually-hidden">Loading the chart…</span>
        </div>
      }
    >
      <TrendChart {...props} />
    </Suspense>
  );
}
