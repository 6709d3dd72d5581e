/** A chart's data as a table: the series and the comparators, period by period. */
import type { ChartComparator, ChartRow, ChartSeries } from './chart-series';

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
