/**
 * A measure turned into chart-ready data: the rows of its trend (gaps where there
 * is no usable value), the target as a line or a band, comparator markers, the
 * axes, and the plain-English summary a chart's text alternative shares with print.
 *
 * Nothing here decides a rule: RAG, direction, year-on-year and comparator verdicts
 * come from their own modules (via `summariseMeasure`), the words from
 * `measure-words`, the axes from `chart-axes`. This file only arranges them.
 */
import type { Comparator, Measure, PointStatus, Unit } from '../api/schemas';
import { type AxisTick, periodTicks, suggestYAxis } from './chart-axes';
import { comparatorResults } from './comparators';
import { parseIsoDate, toDayNumber } from './dates';
import { formatIsoDateShort } from './deadlines';
import { formatMeasureValue, formatPointValue, periodName, unitWords } from './measure-format';
import { isUsablePoint, pointMarker } from './measure-points';
import { type MeasureSummary, summariseMeasure } from './measure-summary';
import { type ChartTarget, chartTarget } from './measure-target';
import { measureInWords } from './measure-words';

/** One period of the series, ready for a chart and its table. */
export interface ChartRow {
  /** Position on a time axis: whole days since 1970-01-01 of `periodEnd`. */
  readonly x: number;
  readonly periodEnd: string;
  /** The period as people say it: the point's label ("Q3 2023-24"), else "31 Dec 2023". */
  readonly label: string;
  /** Null for suppressed, not-available or missing values: a gap in the line, never a zero. */
  readonly value: number | null;
  /** "p" provisional, "r" revised, "" otherwise (only for usable values). */
  readonly marker: '' | 'p' | 'r';
  readonly status: PointStatus;
  /** As a table shows it: "77.0%", "77.0% (p)", "c", "n/a". */
  readonly display: string;
  /** Confidence limits, only when both are given for a usable value. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** "Number and %" measures: only for usable values, so a suppressed count is never shown. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly note: string | null;
}

export interface ChartComparator {
  readonly group: string;
  /** Position of the group in first-seen order, so each group keeps one colour and shape. */
  readonly groupIndex: number;
  /** Null when the comparator has no (valid) period end: listed, but not plotted on the time axis. */
  readonly x: number | null;
  readonly periodEnd: string | null;
  readonly periodLabel: string | null;
  readonly value: number;
  /** "82.9%" */
  readonly display: string;
  /** The figure of its group that the summary and verdict use (same period as ours, else the latest). */
  readonly used: boolean;
}

export interface ChartSeries {
  readonly measureId: string;
  readonly title: string;
  readonly unit: Unit;
  /** "per cent", "rate per 10,000 children": the y-axis label. */
  readonly unitLabel: string;
  /** "Month", "Quarter" or "Year": the x-axis label. */
  readonly periodLabel: string;
  readonly rows: readonly ChartRow[];
  /** True when at least one row has a value to draw. */
  readonly hasValues: boolean;
  readonly hasProvisional: boolean;
  readonly hasRevised: boolean;
  /** Some periods are suppressed ("c") or not available ("n/a"). */
  readonly hasGaps: boolean;
  readonly hasIntervals: boolean;
  readonly target: ChartTarget | null;
  readonly comparators: readonly ChartComparator[];
  /** Comparator groups in first-seen order (index = `groupIndex`). */
  readonly comparatorGroups: readonly string[];
  /** x extent covering the rows and the plotted comparators; null when nothing can be placed. */
  readonly xDomain: readonly [number, number] | null;
  /** At most about six period labels, always including the first and last row. */
  readonly xTicks: readonly AxisTick[];
  readonly yDomain: readonly [number, number];
  readonly yTicks: readonly AxisTick[];
  /** The plain-English text summary: the one sentence builder's (measure-words.ts). */
  readonly summary: string;
}

const PERIOD_WORDS: Readonly<Record<Measure['frequency'], string>> = {
  monthly: 'Month',
  quarterly: 'Quarter',
  annual: 'Year',
};

function dayNumber(isoDate: string | undefined): number | null {
  if (isoDate === undefined) return null;
  const parsed = parseIsoDate(isoDate);
  return parsed ? toDayNumber(parsed) : null;
}

export function chartRows(measure: Pick<Measure, 'points' | 'unit' | 'decimals'>): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const point of measure.points) {
    const x = dayNumber(point.periodEnd);
    if (x === null) continue;
    const usable = isUsablePoint(point);
    const hasInterval = usable && typeof point.lower === 'number' && typeof point.upper === 'number';
    rows.push({
      x,
      periodEnd: point.periodEnd,
      label: periodName(point),
      value: usable ? point.value : null,
      marker: usable ? pointMarker(point) : '',
      status: point.status ?? 'final',
      display: formatPointValue(point, measure),
      lower: hasInterval ? (point.lower ?? null) : null,
      upper: hasInterval ? (point.upper ?? null) : null,
      numerator: usable ? (point.numerator ?? null) : null,
      denominator: usable ? (point.denominator ?? null) : null,
      note: point.note ?? null,
    });
  }
  return rows;
}

export function chartComparators(measure: Pick<Measure, 'comparators' | 'unit' | 'decimals' | 'points' | 'polarity'>): ChartComparator[] {
  const all = measure.comparators ?? [];
  const used = new Set<Comparator>(comparatorResults(measure).map((result) => result.comparator));
  const groups: string[] = [];
  return all.map((comparator) => {
    let groupIndex = groups.indexOf(comparator.group);
    if (groupIndex === -1) groupIndex = groups.push(comparator.group) - 1;
    return {
      group: comparator.group,
      groupIndex,
      x: dayNumber(comparator.periodEnd),
      periodEnd: comparator.periodEnd ?? null,
      periodLabel: comparator.periodLabel ?? (comparator.periodEnd ? formatIsoDateShort(comparator.periodEnd) : null),
      value: comparator.value,
      display: formatMeasureValue(comparator.value, measure.unit, measure.decimals),
      used: used.has(comparator),
    };
  });
}

/** Everything a trend chart, its table and its text summary need, from one measure. */
export function chartSeries(measure: Measure, summary: MeasureSummary = summariseMeasure(measure)): ChartSeries {
  const rows = chartRows(measure);
  const target = chartTarget(measure);
  const comparators = chartComparators(measure);

  const yValues: number[] = [];
  for (const row of rows) {
    if (row.value !== null) yValues.push(row.value);
    if (row.lower !== null) yValues.push(row.lower);
    if (row.upper !== null) yValues.push(row.upper);
  }
  if (target?.kind === 'line') yValues.push(target.value);
  if (target?.kind === 'band') yValues.push(target.min, target.max);
  for (const comparator of comparators) yValues.push(comparator.value);
  const yAxis = suggestYAxis(yValues, measure.unit);

  const xs = [...rows.map((r) => r.x), ...comparators.flatMap((c) => (c.x === null ? [] : [c.x]))];
  const xDomain: readonly [number, number] | null = xs.length > 0 ? [Math.min(...xs), Math.max(...xs)] : null;

  const groups: string[] = [];
  for (const comparator of comparators) if (!groups.includes(comparator.group)) groups.push(comparator.group);

  return {
    measureId: measure.id,
    title: measure.title,
    unit: measure.unit,
    unitLabel: unitWords(measure.unit),
    periodLabel: PERIOD_WORDS[measure.frequency],
    rows,
    hasValues: rows.some((r) => r.value !== null),
    hasProvisional: rows.some((r) => r.marker === 'p'),
    hasRevised: rows.some((r) => r.marker === 'r'),
    hasGaps: rows.some((r) => r.value === null),
    hasIntervals: rows.some((r) => r.lower !== null),
    target,
    comparators,
    comparatorGroups: groups,
    xDomain,
    xTicks: periodTicks(rows),
    yDomain: yAxis.domain,
    yTicks: yAxis.ticks,
    summary: measureInWords(summary, measure).text,
  };
}

