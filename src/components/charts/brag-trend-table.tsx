import type { BragPoint } from '../../domain/review-changes';
import { RatingColumnHeaders, RatingCountCells } from '../rating-count-cells';

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
            <RatingColumnHeaders />
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
              <RatingCountCells counts={point.counts} />
              <td className="app-table__numeric">{point.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
