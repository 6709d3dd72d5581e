/**
 * The trend of one measure as a line chart. Presentational: it draws a ready
 * `ChartSeries` (see domain/chart-series.ts) and does no fetching or maths.
 * Loaded lazily through trend-chart-lazy.tsx so recharts stays out of the first bundle.
 */
import { useMemo, type ReactNode } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { ChartComparator, ChartRow, ChartSeries } from '../../domain/chart-series';
import { CHART_COLOURS, CHART_HEIGHT, comparatorStyle } from './chart-style';
import './measures.css';

export interface TrendChartProps {
  series: ChartSeries;
  height?: number;
}

interface DotProps {
  cx?: number | undefined;
  cy?: number | undefined;
  index?: number;
  payload?: ChartRow;
}

/** Filled dots for final figures, hollow and larger for provisional ones; nothing in a gap. */
function renderDot({ cx, cy, index, payload }: DotProps): ReactNode {
  const key = `dot-${index ?? 0}`;
  if (cx == null || cy == null || payload?.value == null) return <g key={key} />;
  const provisional = payload.marker === 'p';
  return (
    <circle
      key={key}
      cx={cx}
      cy={cy}
      r={provisional ? 4.5 : 2.5}
      fill={provisional ? '#ffffff' : CHART_COLOURS.council}
      stroke={CHART_COLOURS.council}
      strokeWidth={2}
    />
  );
}

function isComparator(item: unknown): item is ChartComparator {
  return typeof item === 'object' && item !== null && 'group' in item;
}

/** Hover detail for mouse users; the table view carries the same figures for everyone else. */
function ChartTooltip({ active, payload }: TooltipContentProps) {
  if (!active || payload.length === 0) return null;
  const lines = new Map<string, string>();
  for (const item of payload) {
    const data: unknown = item.payload;
    if (isComparator(data)) lines.set(`c-${data.group}-${data.periodEnd ?? ''}`, `${data.group}, ${data.periodLabel ?? ''}: ${data.display}`);
    else if (typeof data === 'object' && data !== null && 'display' in data && 'label' in data) {
      const row = data as ChartRow;
      lines.set(`r-${row.periodEnd}`, `${row.label}: ${row.display}`);
    }
  }
  return (
    <div className="app-chart-tooltip">
      {[...lines].map(([key, text]) => (
        <div key={key}>{text}</div>
      ))}
    </div>
  );
}

const intervalKey = (row: ChartRow): [number, number] | null =>
  row.lower !== null && row.upper !== null ? [row.lower, row.upper] : null;

export function TrendChart({ series, height = CHART_HEIGHT }: TrendChartProps) {
  const xLabels = useMemo(() => new Map(series.xTicks.map((t) => [t.value, t.label])), [series.xTicks]);
  const yLabels = useMemo(() => new Map(series.yTicks.map((t) => [t.value, t.label])), [series.yTicks]);
  const byGroup = useMemo(
    () =>
      series.comparatorGroups.map((group, index) => ({
        group,
        index,
        points: series.comparators.filter((c) => c.groupIndex === index && c.x !== null),
      })),
    [series.comparators, series.comparatorGroups],
  );
  const { target } = series;

  return (
    <div className="app-trend-chart">
      <div className="app-trend-chart__plot" style={{ height }}>
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart
            data={series.rows as ChartRow[]}
            margin={{ top: 12, right: 16, bottom: 28, left: 8 }}
            accessibilityLayer={false}
            role="img"
            aria-label={series.summary}
          >
            <CartesianGrid vertical={false} stroke="#dcdcdc" />
            <XAxis
              dataKey="x"
              type="number"
              domain={series.xDomain ? [series.xDomain[0], series.xDomain[1]] : ['dataMin', 'dataMax']}
              ticks={series.xTicks.map((t) => t.value)}
              tickFormatter={(value: number) => xLabels.get(value) ?? ''}
              tick={{ fill: '#0b0c0c', fontSize: 12 }}
              stroke="#505a5f"
              padding={{ left: 12, right: 12 }}
              label={{ value: series.periodLabel, position: 'insideBottom', offset: -18, fill: '#0b0c0c', fontSize: 13 }}
            />
            <YAxis
              type="number"
              domain={[series.yDomain[0], series.yDomain[1]]}
              ticks={series.yTicks.map((t) => t.value)}
              tickFormatter={(value: number) => yLabels.get(value) ?? String(value)}
              tick={{ fill: '#0b0c0c', fontSize: 12 }}
              stroke="#505a5f"
              width={64}
              allowDataOverflow={false}
              label={{ value: series.unitLabel, angle: -90, position: 'insideLeft', offset: 4, fill: '#0b0c0c', fontSize: 13, style: { textAnchor: 'middle' } }}
            />
            {target?.kind === 'band' && (
              <ReferenceArea
                y1={target.min}
                y2={target.max}
                fill={CHART_COLOURS.targetBand}
                fillOpacity={0.15}
                stroke={CHART_COLOURS.targetBand}
                strokeDasharray="4 3"
                ifOverflow="extendDomain"
              />
            )}
            {target?.kind === 'line' && (
              <ReferenceLine
                y={target.value}
                stroke={CHART_COLOURS.target}
                strokeWidth={1.5}
                strokeDasharray="6 4"
                ifOverflow="extendDomain"
                label={{ value: 'Target', position: 'insideTopLeft', fill: '#0b0c0c', fontSize: 12 }}
              />
            )}
            {series.hasIntervals && (
              <Area
                dataKey={intervalKey}
                stroke="none"
                fill={CHART_COLOURS.interval}
                fillOpacity={0.12}
                connectNulls={false}
                isAnimationActive={false}
                activeDot={false}
                tooltipType="none"
              />
            )}
            <Line
              dataKey="value"
              name="This council"
              stroke={CHART_COLOURS.council}
              strokeWidth={2.5}
              connectNulls={false}
              dot={renderDot}
              activeDot={{ r: 5 }}
              isAnimationActive={false}
            />
            {byGroup.map(({ group, index, points }) => {
              const style = comparatorStyle(index);
              return (
                <Scatter
                  key={group}
                  name={group}
                  data={points as ChartComparator[]}
                  dataKey="value"
                  fill={style.colour}
                  stroke="#ffffff"
                  strokeWidth={1}
                  shape={style.shape}
                  legendType={style.shape}
                  isAnimationActive={false}
                />
              );
            })}
            <Tooltip content={ChartTooltip} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend series={series} groups={byGroup.map((g) => g.group)} />
    </div>
  );
}

/** The key, in text beside a sample of each mark, so no mark is explained by colour alone. */
function ChartLegend({ series, groups }: { series: ChartSeries; groups: readonly string[] }) {
  const { target } = series;
  return (
    <ul className="app-chart-legend">
      <li>
        <svg width="28" height="12" aria-hidden="true" focusable="false">
          <line x1="0" y1="6" x2="28" y2="6" stroke={CHART_COLOURS.council} strokeWidth="2.5" />
          <circle cx="14" cy="6" r="2.5" fill={CHART_COLOURS.council} />
        </svg>
        This council
      </li>
      {series.hasProvisional && (
        <li>
          <svg width="14" height="12" aria-hidden="true" focusable="false">
            <circle cx="7" cy="6" r="4.5" fill="#fff" stroke={CHART_COLOURS.council} strokeWidth="2" />
          </svg>
          Provisional figure (hollow dot)
        </li>
      )}
      {series.hasGaps && <li>Gap in the line: figure suppressed (c) or not available (n/a)</li>}
      {series.hasIntervals && (
        <li>
          <svg width="20" height="12" aria-hidden="true" focusable="false">
            <rect x="0" y="1" width="20" height="10" fill={CHART_COLOURS.interval} fillOpacity="0.2" />
          </svg>
          Confidence interval
        </li>
      )}
      {target?.kind === 'line' && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="0" y1="6" x2="28" y2="6" stroke={CHART_COLOURS.target} strokeWidth="1.5" strokeDasharray="6 4" />
          </svg>
          Target: {target.words}
        </li>
      )}
      {target?.kind === 'band' && (
        <li>
          <svg width="20" height="12" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="19" height="11" fill={CHART_COLOURS.targetBand} fillOpacity="0.15" stroke={CHART_COLOURS.targetBand} strokeDasharray="4 3" />
          </svg>
          Target range: {target.words}
        </li>
      )}
      {groups.map((group, index) => {
        const style = comparatorStyle(index);
        return (
          <li key={group}>
            <span className="app-chart-legend__symbol" style={{ color: style.colour }} aria-hidden="true">
              {style.symbol}
            </span>
            {group}
          </li>
        );
      })}
    </ul>
  );
}
