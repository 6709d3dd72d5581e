import { Link } from 'wouter';
import type { AreaRollup } from '../../domain/rollup-types';
import { RatingBar, RatingCountsText } from '../../components/rating-bar';
import { RatingTag } from '../../components/rating-tag';
import { paths, withSearch } from '../../state/paths';
import { deliveryAndOutcomes } from '../../domain/area-summary';
import type { MeasureStateCounts } from '../../domain/measure-state';
import { formatCount, plural } from '../../domain/words';

export interface AreaCardsProps {
  planId: string;
  areas: readonly AreaRollup[];
  /** Null while the measures load or when they failed: the cards still show. */
  measuresByArea: ReadonlyMap<string, MeasureStateCounts> | null;
}

/** One card per improvement area, in plan order; the heading links to the area. */
export function AreaCards({ planId, areas, measuresByArea }: AreaCardsProps) {
  return (
    <ol className="app-area-cards">
      {areas.map(({ area, areaId, rollup, status }) => {
        const title = area ? (area.shortTitle ?? area.title) : `Actions in an unknown area (${areaId})`;
        const outcomes = deliveryAndOutcomes(status, measuresByArea === null ? null : measuresByArea.get(areaId));
        return (
          <li key={areaId} className="app-area-card">
            <div className="app-area-card__head">
              <h3 className="app-area-card__title">
                {area ? (
                  <Link href={paths.area(planId, area.number)} className="app-area-card__link">
                    <span className="app-area-card__number">{area.number}</span>
                    <span className="app-area-card__name">{title}</span>
                  </Link>
                ) : (
                  title
                )}
              </h3>
            </div>
            {area?.shortTitle && <p className="app-area-card__full-title">{area.title}</p>}
            <p className="app-area-card__status">
              <span>
                Actions: <RatingTag rating={status} />
              </span>
              {outcomes.measures !== null && (
                <span>
                  {' · '}
                  {area ? (
                    <Link href={withSearch(paths.measures(planId), { area: String(area.number) })}>Measures: {outcomes.measures}</Link>
                  ) : (
                    <>Measures: {outcomes.measures}</>
                  )}
                </span>
              )}
            </p>
            <RatingBar counts={rollup.counts} total={rollup.total} />
            <p className="app-area-card__total">
              {plural(rollup.total, 'action', 'actions')}
              {rollup.total > 0 && ':'}
            </p>
            <RatingCountsText counts={rollup.counts} />
            <p className="app-area-card__facts">
              {rollup.overdue > 0 && area ? (
                <Link href={withSearch(paths.actions(planId), { area: [area.number], overdue: true })}>
                  <strong>{formatCount(rollup.overdue)}</strong> overdue
                </Link>
              ) : (
                <span>{formatCount(rollup.overdue)} overdue</span>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
