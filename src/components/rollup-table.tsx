import { useId } from 'react';
import { Link } from 'wouter';
import type { AreaRollup, Rollup } from '../domain/rollup-types';
import { RatingColumnHeaders, RatingCountCells } from './rating-count-cells';
import { paths } from '../state/paths';
import './rollup-table.css';

export interface RollupTableProps {
  planId: string;
  areas: readonly AreaRollup[];
  /** The whole plan, for the totals row. */
  plan: Rollup;
  /** Link each area to its page (on screen); print leaves links out. Default true. */
  linkAreas?: boolean;
  caption?: string;
}

/**
 * "Actions by area and rating": one row per area, a whole-plan row, columns in key
 * order (as the CSV: blue, green, amber, red, not yet due, not rated), total and
 * overdue. Shared by the overview's table view and the board pack.
 */
export function RollupTable({ planId, areas, plan, linkAreas = true, caption = 'Actions by area and rating' }: RollupTableProps) {
  const captionId = useId();
  return (
    <div className="app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="app-table app-table--compact app-rollup-table">
        <caption id={captionId} className="app-table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <RatingColumnHeaders />
            <th scope="col" className="app-table__numeric">
              Total
            </th>
            <th scope="col" className="app-table__numeric">
              Overdue
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map(({ area, areaId, rollup }) => {
            const name = area ? `${area.number}. ${area.shortTitle ?? area.title}` : `Unknown area (${areaId})`;
            return (
              <tr key={areaId}>
                <th scope="row" className="app-table__row-title">
                  {area && linkAreas ? <Link href={paths.area(planId, area.number)}>{name}</Link> : name}
                </th>
                <RatingCountCells counts={rollup.counts} />
                <td className="app-table__numeric">{rollup.total}</td>
                <td className="app-table__numeric">{rollup.overdue}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Whole plan</th>
            <RatingCountCells counts={plan.counts} />
            <td className="app-table__numeric">{plan.total}</td>
            <td className="app-table__numeric">{plan.overdue}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
