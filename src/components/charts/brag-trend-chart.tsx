import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis, type LabelProps } from 'recharts';
import type { BragPoint } from '../../domain/review-changes';
import { RATING_KEYS, RATING_SYMBOLS, RATING_TAG_COLOURS, type RatingKey } from '../../domain/ratings';
import { RatingTag } from '../rating-tag';
import './brag-trend.css';

/** Below this height (px) a segment has no room for its label; the table view has every count. */
const MIN_LABEL_HEIGHT = 15;
/** Widths (px) a segment needs for its symbol and count, or for its symbol alone. */
const MIN_COUNT_WIDTH = 34;
const MIN_SYMBOL_WIDTH = 12;

export interface BragTrendChartProps {
  points: readonly BragPoint[];
  /** The text summary, read by screen readers in place of the drawing. */
  summary: string;
  /** The date of the review being compared with, marked on its axis label. */
  comparedDate?: string | undefined;
}

function segmentLabel(key: RatingKey) {
  return function SegmentLabel(props: LabelProps) {
    const { x, y, width, height, value } = props;
    const [nx, ny, nw, nh] = [x, y, width, height].map(Number);
    if (![nx, ny, nw, nh].every(Number.isFinite) || (nh ?? 0) < MIN_LABEL_HEIGHT || !value) return null;
    // A narrow bar (a phone) keeps the shape and drops the count; too narrow for that, nothing.
    const text = (nw ?? 0) >= MIN_COUNT_WIDTH ? `${RATING_SYMBOLS[key]} ${String(value)}` : (nw ?? 0) >= MIN_SYMBOL_WIDTH ? RATING_SYMBOLS[key] : null;
    if (text === null) return null;
    return (
      <text
        x={(nx ?? 0) + (nw ?? 0) / 2}
        y={(ny ?? 0) + (nh ?? 0) / 2}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={12}
        fontWeight={700}
        fill={RATING_TAG_COLOURS[key].text}
      >
        {text}
      </text>
    );
  };
}

const LABELS = Object.fromEntries(RATING_KEYS.map((key) => [key, segmentLabel(key)])) as Record<RatingKey, ReturnType<typeof segmentLabel>>;

/**
 * Stacked bars of the plan's ratings at every review, in the tags' colours and
 * shapes (pale fills alone would not tell neighbours apart, so every segment has a
 * dark outline and, where it is big enough, its symbol and count), with each segment's symbol and count written on it and every review's date
 * on the axis. The key is the rating tags themselves. Presentational: data in, no maths.
 */
export default function BragTrendChart({ points, summary, comparedDate }: BragTrendChartProps) {
  const data = points.map((point) => ({
    label: `${point.label.replace(/^Improvement Board /, '')}${point.date === comparedDate ? ' (compared)' : ''}`,
    ...point.counts,
  }));
  return (
    <div className="app-chart app-brag-trend">
      <ul className="app-brag-trend__key" aria-hidden="true">
        {RATING_KEYS.map((key) => (
          <li key={key}>
            <RatingTag rating={key} />
          </li>
        ))}
      </ul>
      <div role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={360}>
          <BarChart data={data} margin={{ top: 10, right: 10, bottom: 10, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {/* Every review labelled: slanted so thirteen dates fit, even on a phone. */}
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#0b0c0c' }} interval={0} angle={-40} textAnchor="end" height={115} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#0b0c0c' }} width={40} />
            {RATING_KEYS.map((key) => (
              <Bar key={key} dataKey={key} stackId="ratings" fill={RATING_TAG_COLOURS[key].fill} stroke={RATING_TAG_COLOURS[key].text} strokeWidth={1} isAnimationActive={false}>
                <LabelList dataKey={key} content={LABELS[key]} />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
