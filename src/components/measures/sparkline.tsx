import { memo } from 'react';
import { type SparkValue, sparklineSegments } from '../../domain/sparkline';
import { CHART_COLOURS } from './chart-style';

export interface SparklineProps {
  /** Values in period order; null is a gap (not available, missing), 'c' a suppressed figure. */
  values: readonly SparkValue[];
  width?: number;
  height?: number;
  /** Draw the latest point hollow, as the trend chart draws provisional figures. */
  lastProvisional?: boolean;
}

/**
 * A tiny trend line in plain SVG (no chart library: a list of 300 measures stays
 * fast). Hidden from assistive technology because the row's text says the same.
 */
export const Sparkline = memo(function Sparkline({ values, width = 120, height = 28, lastProvisional = false }: SparklineProps) {
  const { segments, last, suppressed } = sparklineSegments(values, width, height, 3);
  return (
    <svg
      className="app-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <SparklineSegments segments={segments} />
      <SparklineMarks suppressed={suppressed} height={height} last={last} lastProvisional={lastProvisional} />
    </svg>
  );
});

/** The runs of a sparkline: a polyline each, a dot for a lone figure between gaps. */
export function SparklineSegments({ segments }: { segments: readonly (readonly [number, number][])[] }) {
  return (
    <>
      {segments.map((segment) =>
        segment.length === 1 && segment[0] ? (
          <circle key={`d${segment[0].join()}`} cx={segment[0][0]} cy={segment[0][1]} r={1.5} fill={CHART_COLOURS.council} />
        ) : (
          <polyline
            key={`l${segment[0]?.join() ?? ''}`}
            points={segment.map(([x, y]) => `${x},${y}`).join(' ')}
            fill="none"
            stroke={CHART_COLOURS.council}
            strokeWidth={1.5}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        ),
      )}
    </>
  );
}

/** A "c" under each withheld figure, and the latest figure's dot (hollow when provisional, as the trend chart draws it). */
export function SparklineMarks({
  suppressed,
  height,
  last,
  lastProvisional,
}: {
  suppressed: readonly number[];
  height: number;
  last: readonly [number, number] | null | undefined;
  lastProvisional: boolean;
}) {
  return (
    <>
      {suppressed.map((x) => (
        <text key={`c${x}`} className="app-sparkline__suppressed" x={x} y={height - 1} textAnchor="middle" fontSize={9} fill="#0b0c0c">
          c
        </text>
      ))}
      {last && (
        <circle
          cx={last[0]}
          cy={last[1]}
          r={2.5}
          fill={lastProvisional ? '#fff' : CHART_COLOURS.council}
          stroke={CHART_COLOURS.council}
          strokeWidth={1.5}
        />
      )}
    </>
  );
}
