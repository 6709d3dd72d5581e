import type { BragPoint } from '../../domain/review-changes';
import { RATING_KEYS, RATING_LABELS, RATING_SYMBOLS } from '../../domain/ratings';

export interface BragTrendTableProps {
  points: readonly BragPoint[];
  caption: string;
}

/** The plan's rating distribution at every review, as numbers. */
export function BragTrendTable({ points, caption }: BragTrendTableProps) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="app-table app-table--compact">
        <caption className="app-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Review</th>
            {RATING_KEYS.map((key) => (
              <th key={key} scope="col" className="app-table__numeric">
                <span aria-hidden="true">{RATING_SYMBOLS[key]} </span>
                {RATING_LABELS[key]}
              </th>
            ))}
            <th scope="col" className="app-table__numeric">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={`${point.label}-${point.date}`}>
              <th scope="row" className="app-table__row-title">
                {point.label}
              </th>
              {RATING_KEYS.map((key) => (
                <td key={key} className="app-table__numeric">
                  {point.counts[key]}
                </td>
              ))}
              <td className="app-table__numeric">{point.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
