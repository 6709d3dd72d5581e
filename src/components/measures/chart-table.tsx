import { useMemo } from 'react';
import type { ChartSeries } from '../../domain/chart-series';
import { chartTableRows } from '../../domain/chart-table';
import { formatNumber } from '../../domain/measure-format';
import './measures.css';

export interface ChartTableProps {
  series: ChartSeries;
  /** Names the table for screen readers and print; defaults to the measure title by period. */
  caption?: string;
  /** Adds numerator, denominator, confidence limits and notes: the full series on a measure's page. */
  detailed?: boolean;
}

/**
 * The chart's data as a table, with the same figures and markers: "c" suppressed,
 * "n/a" not available, "(p)" provisional, "(r)" revised. The target is in the
 * caption (it is the same for every period); comparators sit in the row of the
 * period they describe.
 */
export function ChartTable({ series, caption, detailed = false }: ChartTableProps) {
  const rows = useMemo(() => chartTableRows(series), [series]);
  const hasCounts = detailed && series.rows.some((r) => r.numerator !== null || r.denominator !== null);
  const hasNotes = series.rows.some((r) => r.note !== null);
  const hasIntervals = detailed && series.hasIntervals;
  const periodWord = series.periodLabel.toLowerCase();
  const title = caption ?? `${series.title}, by ${periodWord}`;
  const count = (n: number | null) => (n === null ? '' : formatNumber(n));

  const key = (
    <>
      {series.target ? `Target: ${series.target.words}. ` : ''}
      {`Values in ${series.unitLabel}.`}
      {series.hasGaps ? ' c: suppressed (small number withheld); n/a: not available.' : ''}
      {series.hasProvisional ? ' (p): provisional.' : ''}
      {series.hasRevised ? ' (r): revised.' : ''}
    </>
  );

  return (
    <div className="app-chart-table-wrapper">
      {/* The caption scrolls with a wide table; this copy stays in view on a phone.
          Hidden from assistive technology, which reads the caption itself. */}
      <div className="app-chart-table__heading" aria-hidden="true">
        <span className="app-table__caption">{title}</span>
        <span className="app-table__sub">{key}</span>
      </div>
      <div className="app-table-scroll" role="region" aria-label={`${title}: table`} tabIndex={0}>
        <table className="app-table app-chart-table">
          <caption className="app-visually-hidden">
            {title}. {key}
          </caption>
          <thead>
            <tr>
              <th scope="col">{series.periodLabel}</th>
              <th scope="col" className="app-table__numeric">
                This council
              </th>
              {hasCounts && (
                <>
                  <th scope="col" className="app-table__numeric">
                    Number
                  </th>
                  <th scope="col" className="app-table__numeric">
                    Out of
                  </th>
                </>
              )}
              {hasIntervals && (
                <th scope="col" className="app-table__numeric">
                  Confidence interval
                </th>
              )}
              {series.comparatorGroups.map((group) => (
                <th key={group} scope="col" className="app-table__numeric">
                  {group}
                </th>
              ))}
              {detailed && hasNotes && <th scope="col">Note</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, label, row, comparators }) => (
              <tr key={key}>
                <th scope="row" className="app-table__row-title">
                  {label}
                </th>
                <td className="app-table__numeric">{row ? row.display : ''}</td>
                {hasCounts && (
                  <>
                    <td className="app-table__numeric">{row ? count(row.numerator) : ''}</td>
                    <td className="app-table__numeric">{row ? count(row.denominator) : ''}</td>
                  </>
                )}
                {hasIntervals && (
                  <td className="app-table__numeric">
                    {row && row.lower !== null && row.upper !== null ? `${formatNumber(row.lower)} to ${formatNumber(row.upper)}` : ''}
                  </td>
                )}
                {comparators.map((comparator, index) => (
                  <td key={series.comparatorGroups[index] ?? index} className="app-table__numeric">
                    {comparator?.display ?? ''}
                  </td>
                ))}
                {detailed && hasNotes && <td className="app-body-s">{row?.note ?? ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
