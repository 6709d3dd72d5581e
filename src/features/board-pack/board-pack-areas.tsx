import { RatingTag } from '../../components/rating-tag';
import { areaSummarySentence, deliveryAndOutcomes } from '../../domain/area-summary';
import type { MeasureStateCounts } from '../../domain/measure-state';
import type { AreaRollup } from '../../domain/rollup-types';

export interface BoardPackAreasProps {
  areas: readonly AreaRollup[];
  /** Measure counts per area id; null when the measures could not be loaded. */
  measuresByArea: ReadonlyMap<string, MeasureStateCounts> | null;
}

/** Each area in one sentence, with its actions' and measures' status side by side. */
export function BoardPackAreas({ areas, measuresByArea }: BoardPackAreasProps) {
  return (
    <ul className="app-board-pack-areas">
      {areas.map(({ area, areaId, rollup, status }) => {
        const outcomes = deliveryAndOutcomes(status, measuresByArea === null ? null : (measuresByArea.get(areaId) ?? undefined));
        return (
          <li key={areaId} className="app-board-pack-areas__item app-print-keep">
            <h3 className="app-print-heading app-board-pack-areas__title">
              {area ? `Area ${area.number}: ${area.shortTitle ?? area.title}` : 'Actions in an unknown area'}
            </h3>
            <p className="app-board-pack-areas__status">
              Actions: <RatingTag rating={status} />
              {outcomes.measures !== null && <> · Measures: {outcomes.measures}</>}
            </p>
            <p className="app-board-pack-areas__sentence">{areaSummarySentence(rollup)}</p>
          </li>
        );
      })}
    </ul>
  );
}
