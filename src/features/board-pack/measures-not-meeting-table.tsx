import type { Area } from '../../api/schemas';
import { latestWords } from '../../components/measures/measure-card';
import { MeasureStateTag } from '../../components/measures/measure-state-tag';
import { periodName } from '../../domain/measure-format';
import type { MeasureSummary } from '../../domain/measure-summary';
import { targetWords } from '../../domain/measure-target';

export interface MeasuresNotMeetingTableProps {
  summaries: readonly MeasureSummary[];
  areaById: ReadonlyMap<string, Area>;
}

/** The measures near or off target, each with its latest figure and its target. */
export function MeasuresNotMeetingTable({ summaries, areaById }: MeasuresNotMeetingTableProps) {
  return (
    <table className="app-table app-table--stack app-board-pack-measures">
      <caption className="app-visually-hidden">Measures not meeting their target</caption>
      <thead>
        <tr>
          <th scope="col" className="app-board-pack-measures__measure">
            Measure
          </th>
          <th scope="col">Latest</th>
          <th scope="col">Target</th>
          <th scope="col" className="app-board-pack-measures__state">
            Against target
          </th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((summary) => {
          const { measure, latest } = summary;
          const areas = measure.areaIds.flatMap((id) => {
            const area = areaById.get(id);
            return area ? [String(area.number)] : [];
          });
          return (
            <tr key={measure.id}>
              <th scope="row" className="app-table__row-title">
                <span className="app-table__strong">{measure.title}</span>
                {areas.length > 0 && (
                  <span className="app-table__sub">
                    {areas.length === 1 ? 'Area' : 'Areas'} {areas.join(', ')}
                  </span>
                )}
              </th>
              <td data-label="Latest">
                {latest && (
                  <>
                    <span className="app-table__strong">{latestWords(summary)}</span>
                    <span className="app-table__sub">{periodName(latest)}</span>
                  </>
                )}
              </td>
              <td data-label="Target">{targetWords(measure)}</td>
              <td data-label="Against target">
                <MeasureStateTag state={summary.state} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
