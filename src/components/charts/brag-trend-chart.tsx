import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BragPoint } from '../../domain/review-changes';
import { RATING_KEYS, RATING_LABELS, RATING_SYMBOLS } from '../../domain/ratings';

/** Strong fills so each segment stands out from its neighbours (3:1); the legend adds the symbols. */
export const RATING_FILLS = {
  blue: '#1d70b8',
  green: '#00703c',
  amber: '#f47738',
  red: '#d4351c',
  'not-due': '#b1b4b6',
  unrated: '#ffffff',
} as const;

export interface BragTrendChartProps {
  points: readonly BragPoint[];
  /** The text summary, read by screen readers in place of the drawing. */
  summary: string;
}

/** Stacked bars of the plan's ratings at every review. Presentational: data in, no maths. */
export default function BragTrendChart({ points, summary }: BragTrendChartProps) {
  const data = points.map((point) => ({ label: point.label.replace(/^Improvement Board /, ''), ...point.counts }));
  return (
    <div className="app-chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} margin={{ top: 10, right: 10, bottom: 10, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <Tooltip />
          {/* Legend text in the body colour: the series colours are for swatches, not text (contrast). */}
          <Legend formatter={(value: string) => <span style={{ color: '#0b0c0c' }}>{value}</span>} />
          {RATING_KEYS.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              stackId="ratings"
              name={`${RATING_SYMBOLS[key]} ${RATING_LABELS[key]}`}
              fill={RATING_FILLS[key]}
              stroke={key === 'unrated' ? '#505a5f' : '#ffffff'}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
