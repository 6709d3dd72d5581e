/**
 * A measure turned into chart-ready data: the rows of its trend (gaps where there
 * is no usable value), the target as a line or a band, comparator markers, a
 * suggested y-axis, and the plain-English sentence that a chart's text summary,
 * aria-label and printouts all share.
 *
 * Nothing here decides a rule: RAG, direction, year-on-year and comparator verdicts
 * come from their own modules (via `summariseMeasure`), formatting from
 * `measure-format`. This file only arranges them for a chart and a sentence.
 */
import type { Comparator, Measure, Point, PointStatus, Unit } from '../api/schemas';
import { type ComparatorResult, COMPARATOR_VERDICT_LABELS, latestComparators } from './comparators';
import { parseIsoDate, toDayNumber } from './dates';
import { formatIsoDateShort } from './deadlines';
import { subtractExact } from './decimal';
import { DIRECTION_LABELS, type Direction } from './direction';
import { formatMeasureChange, formatMeasureValue, formatNumber, formatPointValue, unitWords } from './measure-format';
import { isUsablePoint, pointMarker } from './measure-points';
import { MEASURE_RAG_LABELS } from './measure-rag';
import { type MeasureSummary, summariseMeasure } from './measure-summary';

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

export type ChartTarget =
  | {
      readonly kind: 'line';
      readonly value: number;
      readonly tolerance: number;
      /** Where "near target" (amber) ends: T - t for high-is-good, T + t for low-is-good. */
      readonly nearLimit: number;
      readonly words: string;
    }
  | {
      readonly kind: 'band';
      readonly min: number;
      readonly max: number;
      readonly tolerance: number;
      readonly words: string;
    };

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
  /** The latest figure of its group: the one the summary and verdicts use. */
  readonly latest: boolean;
}

export interface AxisTick {
  readonly value: number;
  readonly label: string;
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
  /** The plain-English text summary. */
  readonly summary: string;
}

const PERIOD_WORDS: Readonly<Record<Measure['frequency'], string>> = {
  monthly: 'Month',
  quarterly: 'Quarter',
  annual: 'Year',
};

/** The period of a point as people say it: its label, or its end date. */
export function periodName(point: Pick<Point, 'periodEnd' | 'periodLabel'>): string {
  return point.periodLabel ?? formatIsoDateShort(point.periodEnd);
}

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

/** The tolerance as a distance: "5.0 percentage points", "3 days", "£200". */
function toleranceWords(tolerance: number, unit: Unit, decimals: number | undefined): string {
  return formatMeasureChange(tolerance, unit, decimals).replace(/^\+/, '');
}

/** The target as a line or a band, with its words; null when there is none to judge by. */
export function chartTarget(measure: Pick<Measure, 'polarity' | 'target' | 'unit' | 'decimals'>): ChartTarget | null {
  const { target, unit, decimals, polarity } = measure;
  if (!target || polarity === 'no-judgement') return null;
  const tolerance = target.tolerance ?? 0;
  const fmt = (value: number) => formatMeasureValue(value, unit, decimals);
  const near = tolerance > 0 ? toleranceWords(tolerance, unit, decimals) : null;
  switch (polarity) {
    case 'high-is-good': {
      if (target.value === undefined) return null;
      const nearLimit = subtractExact(target.value, tolerance);
      const words = `${fmt(target.value)} or more${near ? ` (near target down to ${fmt(nearLimit)})` : ''}`;
      return { kind: 'line', value: target.value, tolerance, nearLimit, words };
    }
    case 'low-is-good': {
      if (target.value === undefined) return null;
      const nearLimit = subtractExact(target.value, -tolerance);
      const words = `${fmt(target.value)} or less${near ? ` (near target up to ${fmt(nearLimit)})` : ''}`;
      return { kind: 'line', value: target.value, tolerance, nearLimit, words };
    }
    case 'in-range-is-good': {
      const { min, max } = target;
      if (min === undefined || max === undefined || min > max) return null;
      const words = `between ${fmt(min)} and ${fmt(max)}${near ? ` (near target within ${near} outside the range)` : ''}`;
      return { kind: 'band', min, max, tolerance, words };
    }
  }
}

/** The target in words for cards and tables: "90.0% or more", "No target". */
export function targetWords(measure: Pick<Measure, 'polarity' | 'target' | 'unit' | 'decimals'>): string {
  if (measure.polarity === 'no-judgement') return 'No target (no judgement of better or worse)';
  return chartTarget(measure)?.words ?? 'No target set';
}

export function chartComparators(measure: Pick<Measure, 'comparators' | 'unit' | 'decimals'>): ChartComparator[] {
  const all = measure.comparators ?? [];
  const latest = new Set<Comparator>(latestComparators(all));
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
      latest: latest.has(comparator),
    };
  });
}

/** 1, 2, 2.5 or 5 times a power of ten: the step a reader can count in. */
function niceStep(roughStep: number): number {
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const fraction = roughStep / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function stepDecimals(step: number): number {
  for (let decimals = 0; decimals < 10; decimals += 1) {
    if (Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) < 1e-9) return decimals;
  }
  return 10;
}

const NON_NEGATIVE_UNITS: ReadonlySet<Unit> = new Set(['percent', 'count', 'rate-per-10000', 'days', 'weeks', 'ratio', 'currency-gbp']);

function tickLabel(value: number, unit: Unit, decimals: number): string {
  if (unit === 'percent' || unit === 'currency-gbp') return formatMeasureValue(value, unit, decimals);
  return formatNumber(value, decimals);
}

/**
 * A y-axis that shows every value, confidence limit, target (and its near-target
 * limit) and comparator, rounded out to a readable step, with about five ticks.
 * Units that cannot be negative never go below zero; percentages never above 100
 * unless a value does.
 */
export function suggestYAxis(values: readonly number[], unit: Unit): { domain: [number, number]; ticks: AxisTick[] } {
  const finite = values.filter((v) => Number.isFinite(v));
  let low = finite.length > 0 ? Math.min(...finite) : 0;
  let high = finite.length > 0 ? Math.max(...finite) : unit === 'percent' ? 100 : 1;
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  } else {
    const pad = (high - low) * 0.1;
    low -= pad;
    high += pad;
  }
  if (NON_NEGATIVE_UNITS.has(unit) && finite.every((v) => v >= 0)) low = Math.max(0, low);
  if (unit === 'percent' && finite.every((v) => v <= 100)) high = Math.min(100, high);

  const step = niceStep((high - low) / 5);
  const decimals = stepDecimals(step);
  const round = (v: number) => Number(v.toFixed(decimals));
  const start = round(Math.floor(low / step + 1e-9) * step);
  const end = round(Math.ceil(high / step - 1e-9) * step);
  const ticks: AxisTick[] = [];
  for (let i = 0; ; i += 1) {
    const value = round(start + i * step);
    if (value > end + step / 2) break;
    ticks.push({ value, label: tickLabel(value, unit, decimals) });
  }
  return { domain: [start, end], ticks };
}

/** About `max` evenly spread row labels, always the first and the last. */
function periodTicks(rows: readonly ChartRow[], max = 6): AxisTick[] {
  if (rows.length === 0) return [];
  const every = Math.max(1, Math.ceil((rows.length - 1) / (max - 1)));
  const ticks: AxisTick[] = [];
  const lastIndex = rows.length - 1;
  for (let i = 0; i < rows.length; i += every) {
    const row = rows[i];
    // Leave room for the last label: skip a tick that would crowd it.
    if (row && (i === 0 || lastIndex - i >= every / 2)) ticks.push({ value: row.x, label: row.label });
  }
  const last = rows[lastIndex];
  if (last && ticks.at(-1)?.value !== last.x) ticks.push({ value: last.x, label: last.label });
  return ticks;
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** "Better than England (82.9%, 2022-23)": one comparator verdict in words. */
export function comparatorWords(result: ComparatorResult, measure: Pick<Measure, 'unit' | 'decimals'>): string {
  const { comparator, verdict } = result;
  const value = formatMeasureValue(comparator.value, measure.unit, measure.decimals);
  const period = comparatorPeriod(comparator);
  const figure = period ? `${value}, ${period}` : value;
  if (verdict === 'no-judgement') return `${comparator.group}: ${figure}`;
  const words = COMPARATOR_VERDICT_LABELS[verdict];
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${comparator.group} (${figure})`;
}

function comparatorPeriod(comparator: Comparator): string {
  return comparator.periodLabel ?? (comparator.periodEnd ? formatIsoDateShort(comparator.periodEnd) : '');
}

/** "England 82.9%, Statistical neighbours 85.1% and West Midlands 80.4% (2022-23)." */
function comparatorsSentence(summary: MeasureSummary): string | null {
  const { measure, comparators } = summary;
  if (comparators.length === 0) return null;
  const periods = new Set(comparators.map((c) => comparatorPeriod(c.comparator)));
  const shared = periods.size === 1 ? [...periods][0] : undefined;
  const parts = comparators.map(({ comparator }) => {
    const value = `${comparator.group} ${formatMeasureValue(comparator.value, measure.unit, measure.decimals)}`;
    const period = comparatorPeriod(comparator);
    return shared === undefined && period ? `${value} (${period})` : value;
  });
  return `${joinWords(parts)}${shared ? ` (${shared})` : ''}.`;
}

function statusWords(status: PointStatus): string {
  return status === 'suppressed' ? 'suppressed (c)' : 'not available (n/a)';
}

/** The move between two values as "up from", "down from" or "the same as". */
function moveWords(change: number): string {
  return change > 0 ? 'up from' : change < 0 ? 'down from' : 'the same as';
}

/** ": improving" after a move, or nothing when there is no judgement to add. */
function judgementWords(direction: Direction): string {
  if (direction === 'no-judgement' || direction === 'no-change') return '';
  return `: ${DIRECTION_LABELS[direction]}`;
}

/**
 * One or two short sentences a councillor can read aloud:
 * "77.0% in Mar 2024, up from 71.0% a year earlier: improving. Target 90.0% or more:
 * off target. England 88.0% (2022-23)."
 */
export function measureSentence(summary: MeasureSummary): string {
  const { measure, latest, rag, travel, yearOnYear } = summary;
  const fmt = (value: number) => formatMeasureValue(value, measure.unit, measure.decimals);
  if (measure.points.length === 0) return 'No figures have been reported yet.';
  if (latest === null) return 'No figures are available: every period is suppressed or not available.';

  const sentences: string[] = [];
  const provisional = latest.status === 'provisional' ? ' (provisional)' : latest.status === 'revised' ? ' (revised)' : '';
  let first = `${fmt(latest.value)}${provisional} in ${periodName(latest)}`;
  if (yearOnYear) {
    first += `, ${moveWords(yearOnYear.change)} ${fmt(yearOnYear.yearEarlier.value)} a year earlier${judgementWords(yearOnYear.direction)}`;
  } else if (travel.previous && travel.previous.value !== null) {
    const change = subtractExact(latest.value, travel.previous.value);
    first += `, ${moveWords(change)} ${fmt(travel.previous.value)} in ${periodName(travel.previous)}${judgementWords(travel.direction)}`;
  }
  sentences.push(`${first}.`);

  const last = measure.points.at(-1);
  if (last && !isUsablePoint(last)) sentences.push(`No figure for ${periodName(last)}: ${statusWords(last.status ?? 'not-available')}.`);

  const target = chartTarget(measure);
  if (target) sentences.push(`Target ${target.words}${rag ? `: ${MEASURE_RAG_LABELS[rag].toLowerCase()}` : ''}.`);

  const comparators = comparatorsSentence(summary);
  if (comparators) sentences.push(comparators);
  return sentences.join(' ');
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
    summary: measureSentence(summary),
  };
}

/**
 * The polyline segments of a sparkline in a `width` x `height` box: one segment
 * per run of usable values, so a suppressed or missing period is a gap. A lone
 * value between gaps is a one-point segment (drawn as a dot).
 */
export function sparklineSegments(
  values: readonly (number | null)[],
  width: number,
  height: number,
  padding = 2,
): { segments: [number, number][][]; last: [number, number] | null } {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return { segments: [], last: null };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const innerW = width - padding * 2;
  const innerH = height - padding * 2;
  const xStep = values.length > 1 ? innerW / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  const segments: [number, number][][] = [];
  let current: [number, number][] | null = null;
  let last: [number, number] | null = null;
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      current = null;
      return;
    }
    const x = values.length > 1 ? padding + index * xStep : width / 2;
    // Flat series sit in the middle rather than on an edge.
    const y = max === min ? height / 2 : padding + innerH - ((value - min) / (max - min)) * innerH;
    const point: [number, number] = [round(x), round(y)];
    if (current === null) {
      current = [];
      segments.push(current);
    }
    current.push(point);
    last = point;
  });
  return { segments, last };
}

/** The values a sparkline draws: usable values, null for every gap. */
export function sparklineValues(measure: Pick<Measure, 'points'>): (number | null)[] {
  return measure.points.map((point) => (isUsablePoint(point) ? point.value : null));
}

/** One line of a chart's table: a period of the series, a comparator's period, or both. */
export interface ChartTableRow {
  readonly key: string;
  readonly label: string;
  /** The series row for this period; null when only comparators fall here. */
  readonly row: ChartRow | null;
  /** One entry per comparator group (by `groupIndex`): the figure for this period, or null. */
  readonly comparators: readonly (ChartComparator | null)[];
}

/**
 * The chart's data as table rows in period order: every series row, with each
 * comparator in the row of its period end, and a row of its own when the series
 * has no such period. Comparators without a period end come last.
 */
export function chartTableRows(series: Pick<ChartSeries, 'rows' | 'comparators' | 'comparatorGroups'>): ChartTableRow[] {
  const groupCount = series.comparatorGroups.length;
  const empty = () => Array.from({ length: groupCount }, (): ChartComparator | null => null);
  const byPeriod = new Map<string, { label: string; row: ChartRow | null; comparators: (ChartComparator | null)[] }>();
  const order: string[] = [];
  for (const row of series.rows) {
    if (!byPeriod.has(row.periodEnd)) order.push(row.periodEnd);
    byPeriod.set(row.periodEnd, { label: row.label, row, comparators: empty() });
  }
  const undated: ChartComparator[] = [];
  for (const comparator of series.comparators) {
    if (comparator.periodEnd === null || comparator.x === null) {
      undated.push(comparator);
      continue;
    }
    let entry = byPeriod.get(comparator.periodEnd);
    if (entry === undefined) {
      entry = { label: comparator.periodLabel ?? comparator.periodEnd, row: null, comparators: empty() };
      byPeriod.set(comparator.periodEnd, entry);
      order.push(comparator.periodEnd);
    }
    entry.comparators[comparator.groupIndex] = comparator;
  }
  // Valid ISO dates sort as strings.
  order.sort();
  const rows: ChartTableRow[] = order.flatMap((periodEnd) => {
    const entry = byPeriod.get(periodEnd);
    return entry ? [{ key: periodEnd, ...entry }] : [];
  });
  undated.forEach((comparator, index) => {
    const comparators = empty();
    comparators[comparator.groupIndex] = comparator;
    rows.push({ key: `undated-${index}`, label: comparator.periodLabel ?? 'Period not given', row: null, comparators });
  });
  return rows;
}
