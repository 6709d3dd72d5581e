/** The tiny trend line beside a measure in lists and print. */
import type { Measure, Point } from '../api/schemas';
import { chartTarget } from './measure-target';
import { formatIsoDateShort } from './deadlines';
import { formatMeasureValue } from './measure-format';
import { isUsablePoint } from './measure-points';

/**
 * One period of a sparkline: a usable value, `'c'` for a suppressed figure (small
 * numbers withheld: written as "c", as tables write it), or null for any other gap.
 */
export type SparkValue = number | null | 'c';

export interface SparklineLayout {
  /** Space kept free at each side, for labels. */
  readonly left?: number;
  readonly right?: number;
  readonly padding?: number;
  /** Values the vertical scale must also reach (a target line or band), so they can be drawn. */
  readonly include?: readonly number[];
}

export interface SparklineGeometry {
  /** One polyline per run of usable values; a lone value between gaps is a one-point segment (a dot). */
  readonly segments: [number, number][][];
  readonly first: [number, number] | null;
  readonly last: [number, number] | null;
  /** The x of every suppressed period, where a "c" is written. */
  readonly suppressed: number[];
  /** The y of a value on this scale (for a target line). */
  readonly y: (value: number) => number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The geometry of a sparkline in a `width` x `height` box: one segment per run of
 * usable values, so a suppressed or missing period is a gap, and suppressed ones
 * are marked where they fall.
 */
export function sparklineSegments(
  values: readonly SparkValue[],
  width: number,
  height: number,
  padding = 2,
  layout: SparklineLayout = {},
): SparklineGeometry {
  const { left = 0, right = 0, include = [] } = layout;
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const scaled = [...finite, ...include.filter((v) => Number.isFinite(v))];
  const min = scaled.length > 0 ? Math.min(...scaled) : 0;
  const max = scaled.length > 0 ? Math.max(...scaled) : 0;
  const innerW = width - padding * 2 - left - right;
  const innerH = height - padding * 2;
  const xStep = values.length > 1 ? innerW / (values.length - 1) : 0;
  const xOf = (index: number) => (values.length > 1 ? left + padding + index * xStep : left + padding + innerW / 2);
  // Flat series sit in the middle rather than on an edge.
  const y = (value: number) => round(max === min ? height / 2 : padding + innerH - ((value - min) / (max - min)) * innerH);
  const segments: [number, number][][] = [];
  const suppressed: number[] = [];
  let current: [number, number][] | null = null;
  let first: [number, number] | null = null;
  let last: [number, number] | null = null;
  values.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      if (value === 'c') suppressed.push(round(xOf(index)));
      current = null;
      return;
    }
    const point: [number, number] = [round(xOf(index)), y(value)];
    if (current === null) {
      current = [];
      segments.push(current);
    }
    current.push(point);
    first ??= point;
    last = point;
  });
  return { segments, first, last, suppressed, y };
}

/** The values a sparkline draws: usable values, 'c' for suppressed periods, null for every other gap. */
export function sparklineValues(measure: Pick<Measure, 'points'>): SparkValue[] {
  return measure.points.map((point) => (isUsablePoint(point) ? point.value : point.status === 'suppressed' ? 'c' : null));
}

export interface LabelledSparkline {
  readonly values: SparkValue[];
  /** The first and latest figures with their periods: "71.0%", "Mar 2021". */
  readonly start: { readonly value: string; readonly period: string };
  readonly end: { readonly value: string; readonly period: string; readonly provisional: boolean };
  /** The target as a line or a band on the chart's scale, or null when there is none. */
  readonly target: { readonly kind: 'line'; readonly value: number } | { readonly kind: 'band'; readonly min: number; readonly max: number } | null;
}

/**
 * What a small printed chart shows: the series, its first and latest figures as
 * labels, and the target. Null when a chart would say nothing the sentence does not
 * (fewer than two figures): print leaves it out.
 */
export function labelledSparkline(measure: Pick<Measure, 'points' | 'unit' | 'decimals' | 'polarity' | 'target'>): LabelledSparkline | null {
  const usable = measure.points.filter(isUsablePoint);
  const start = usable[0];
  const end = usable.at(-1);
  if (!start || !end || usable.length < 2) return null;
  const label = (point: typeof start) => ({
    value: formatMeasureValue(point.value, measure.unit, measure.decimals),
    period: shortPeriod(point),
  });
  const chart = chartTarget(measure);
  // From the first figure (or "c") to the last: leading and trailing empty periods would
  // put the labelled ends away from the line's ends.
  const all = sparklineValues(measure);
  const from = all.findIndex((v) => v !== null);
  const to = all.findLastIndex((v) => v !== null);
  const target = chart === null ? null : chart.kind === 'line' ? { kind: 'line' as const, value: chart.value } : { kind: 'band' as const, min: chart.min, max: chart.max };
  return { values: all.slice(from, to + 1), start: label(start), end: { ...label(end), provisional: end.status === 'provisional' }, target };
}

/** A period short enough to label a small chart: its label when short ("Q3 2023-24"), else its end's month ("Dec 2023"). */
export function shortPeriod(point: Pick<Point, 'periodEnd' | 'periodLabel'>): string {
  const label = point.periodLabel?.trim();
  if (label && label.length <= 10) return label;
  return formatIsoDateShort(point.periodEnd).replace(/^\d{1,2} /, '');
}
