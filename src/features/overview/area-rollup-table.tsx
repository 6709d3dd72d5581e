import { Link } from 'wouter';
import type { AreaRollup, Rollup } from '../../domain/rollup-types';
import { RATING_LABELS, RATING_SYMBOLS } from '../../domain/ratings';
import { paths } from '../../state/paths';

/** Column order follows the CSV: blue, green, amber, red, not due, not rated. */
const COLUMNS = ['blue', 'green', 'amber', 'red', 'not-due', 'unrated'] as const;

export interface AreaRollupTableProps {
  planId: string;
  areas: readonly AreaRollup[];
  plan: Rollup;
}

/** The overview's rollup as a table, the same figures as the cards and the CSV. */
export function AreaRollupTable({ planId, areas, plan }: AreaRollupTableProps) {
  return (
    <div className="app-table-scroll" role="region" aria-labelledby="rollup-caption" tabIndex={0}>
      <table className="app-table app-table--compact">
        <caption id="rollup-caption" className="app-table__caption">
          Actions by area and rating
        </caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" className="app-table__numeric">
                <span aria-hidden="true">{RATING_SYMBOLS[key]} </span>
                {RATING_LABELS[key]}
              </th>
            ))}
            <th scope="col" className="app-table__numeric">
              Total
            </th>
            <th scope="col" className="app-table__numeric">
              Overdue
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map(({ area, areaId, rollup }) => (
            <tr key={areaId}>
              <th scope="row" className="app-table__row-title">
                {area ? (
                  <Link href={paths.area(planId, area.number)}>
                    {area.number}. {area.shortTitle ?? area.title}
                  </Link>
                ) : (
                  `Unknown area (${areaId})`
                )}
              </th>
              {COLUMNS.map((key) => (
                <td key={key} className="app-table__numeric">
                  {rollup.counts[key]}
                </td>
              ))}
              <td className="app-table__numeric">{rollup.total}</td>
              <td className="app-table__numeric">{rollup.overdue}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Whole plan</th>
            {COLUMNS.map((key) => (
              <td key={key} className="app-table__numeric">
                {plan.counts[key]}
              </td>
            ))}
            <td className="app-table__numeric">{plan.total}</td>
            <td className="app-table__numeric">{plan.overdue}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
