import { memo } from 'react';
import type { Measure } from '../../api/schemas';
import { labelledSparkline, sparklineSegments } from '../../domain/sparkline';
import { CHART_COLOURS } from './chart-style';
import { SparklineMarks, SparklineSegments } from './sparkline';

const WIDTH = 210;
const HEIGHT = 40;
/** Room for the first and latest figures either side of the line. */
const LABEL = 52;
const PAD = 4;

/**
 * A small chart for paper: the line between its first and latest figures, both
 * labelled with their period, the target as a dashed line (or a band for a range),
 * and "c" where a figure was withheld. Drawn only when it says something the
 * sentence beside it does not already (two figures or more). Hidden from assistive
 * technology: the sentence says the same.
 */
export const LabelledSparkline = memo(function LabelledSparkline({ measure }: { measure: Measure }) {
  const chart = labelledSparkline(measure);
  if (chart === null) return null;
  const { start, end, target } = chart;
  const include = target === null ? [] : target.kind === 'line' ? [target.value] : [target.min, target.max];
  const { segments, first, last, suppressed, y } = sparklineSegments(chart.values, WIDTH, HEIGHT, PAD, { left: LABEL, right: LABEL, include });
  const plotLeft = LABEL;
  const plotRight = WIDTH - LABEL;
  return (
    <svg
      className="app-sparkline app-sparkline--labelled"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
      data-target={target?.kind ?? 'none'}
    >
      {target?.kind === 'band' && (
        <rect
          className="app-sparkline__band"
          x={plotLeft}
          width={plotRight - plotLeft}
          y={y(target.max)}
          height={Math.max(1, y(target.min) - y(target.max))}
          fill="#e5e6e7"
          stroke={CHART_COLOURS.target}
          strokeWidth={0.5}
          strokeDasharray="3 2"
        />
      )}
      {target?.kind === 'line' && (
        <line
          className="app-sparkline__target"
          x1={plotLeft}
          x2={plotRight}
          y1={y(target.value)}
          y2={y(target.value)}
          stroke={CHART_COLOURS.target}
          strokeWidth={1}
          strokeDasharray="3 2"
        />
      )}
      <SparklineSegments segments={segments} />
      {first && <circle cx={first[0]} cy={first[1]} r={2} fill={CHART_COLOURS.council} />}
      <SparklineMarks suppressed={suppressed} height={HEIGHT} last={last} lastProvisional={end.provisional} />
      <text className="app-sparkline__label" x={LABEL - 4} y={16} textAnchor="end" fontSize={10} fontWeight={700} fill="#0b0c0c">
        {start.value}
      </text>
      <text className="app-sparkline__label" x={LABEL - 4} y={28} textAnchor="end" fontSize={8} fill="#0b0c0c">
        {start.period}
      </text>
      <text className="app-sparkline__label" x={WIDTH - LABEL + 4} y={16} fontSize={10} fontWeight={700} fill="#0b0c0c">
        {end.value}
      </text>
      <text className="app-sparkline__label" x={WIDTH - LABEL + 4} y={28} fontSize={8} fill="#0b0c0c">
        {end.period}
      </text>
    </svg>
  );
});
