import { useId } from 'react';
import { Link } from 'wouter';
import type { AreaRollup, Rollup } from '../domain/rollup-types';
import { type MeasureStateCounts, measuresStatusWords } from '../domain/measure-state';
import { RatingColumnHeaders, RatingCountCells } from './rating-count-cells';
import { RatingTag } from './rating-tag';
import { paths } from '../state/paths';
import './rollup-table.css';
import { formatCount } from '../domain/words';

export interface RollupTableProps {
  planId: string;
  areas: readonly AreaRollup[];
  /** The whole plan, for the totals row. */
  plan: Rollup;
  /** Link each area to its page (on screen); print leaves links out. Default true. */
  linkAreas?: boolean;
  caption?: string;
  /** Each area's measures by state, and the whole plan's; null while they load or when they failed (the column is left out). */
  measures?: { readonly byArea: ReadonlyMap<string, MeasureStateCounts>; readonly plan: MeasureStateCounts } | null;
}

/**
 * "Actions by area and rating": one row per area, a whole-plan row, the area's
 * status from its actions, columns in key order (as the CSV: blue, green, amber,
 * red, not yet due, not rated), total and overdue, then its measures' status
 * beside it (delivery and outcomes are never one word). Shared by the overview's
 * table view and the board pack.
 */
export function RollupTable({ planId, areas, plan, linkAreas = true, caption = 'Actions by area and rating', measures = null }: RollupTableProps) {
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
            <th scope="col">Actions</th>
            <RatingColumnHeaders />
            <th scope="col" className="app-table__numeric">
              Total
            </th>
            <th scope="col" className="app-table__numeric">
              Overdue
            </th>
            {measures && <th scope="col">Measures</th>}
          </tr>
        </thead>
        <tbody>
          {areas.map(({ area, areaId, rollup, status }) => {
            const name = area ? `${area.number}. ${area.shortTitle ?? area.title}` : `Unknown area (${areaId})`;
            return (
              <tr key={areaId}>
                <th scope="row" className="app-table__row-title">
                  {area && linkAreas ? <Link href={paths.area(planId, area.number)}>{name}</Link> : name}
                </th>
                <td>
                  <RatingTag rating={status} />
                </td>
                <RatingCountCells counts={rollup.counts} />
                <td className="app-table__numeric">{formatCount(rollup.total)}</td>
                <td className="app-table__numeric">{formatCount(rollup.overdue)}</td>
                {measures && <td>{measuresStatusWords(measures.byArea.get(areaId))}</td>}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Whole plan</th>
            <td />
            <RatingCountCells counts={plan.counts} />
            <td className="app-table__numeric">{formatCount(plan.total)}</td>
            <td className="app-table__numeric">{formatCount(plan.overdue)}</td>
            {measures && <td>{measuresStatusWords(measures.plan)}</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
