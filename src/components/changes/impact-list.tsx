/* Shared by the since-last-review view and the board pack. */
import { Link } from 'wouter';
import type { Action } from '../../api/schemas';
import { type ActionImpact, type ImpactReason, completeSinceWords } from '../../domain/impact';
import { formatMeasureValue, periodName } from '../../domain/measure-format';
import { measureStateWords } from '../../domain/measure-state';
import { paths } from '../../state/paths';
import './changes.css';

const REASON_TEXT: Readonly<Record<ImpactReason, string>> = {
  'on-target': 'on target',
  improving: 'improving',
  'unknown-measure': 'the measure is not in the plan’s list of measures',
  'no-data': 'no data collected yet',
  'no-data-since-blue': 'no data since the action was completed',
  'near-target': measureStateWords('near-target'),
  'off-target': measureStateWords('off-target'),
  worsening: 'getting worse',
  'no-change': 'no change',
};

export interface ImpactListProps {
  planId: string;
  items: readonly ActionImpact[];
  actionsById: ReadonlyMap<string, Action>;
}

/** Blue actions whose linked measures do not yet show the change the action was meant to make. */
export function ImpactList({ planId, items, actionsById }: ImpactListProps) {
  if (items.length === 0) return <p>Every complete action’s measures are improving or on target.</p>;
  return (
    <ul className="app-impact-list">
      {items.map((item) => {
        const action = actionsById.get(item.actionId);
        const sinceWords = completeSinceWords(item.blueSince);
        return (
          <li key={item.actionId} className="app-impact-list__item">
            <p className="app-impact-list__action">
              <strong>{item.actionId}</strong> {action?.title}
              {sinceWords && <span className="app-secondary-text"> · {sinceWords}</span>}
            </p>
            <ul className="app-list">
              {item.measures.map((m) => (
                <li key={m.measureId}>
                  {m.measure ? (
                    <Link href={paths.measure(planId, m.measureId)}>{m.measure.title}</Link>
                  ) : (
                    <span>Measure {m.measureId}</span>
                  )}
                  {': '}
                  {REASON_TEXT[m.reason]}
                  {m.latest && m.measure && (
                    <span className="app-secondary-text">
                      {' '}
                      (latest {formatMeasureValue(m.latest.value, m.measure.unit, m.measure.decimals)}, {periodName(m.latest)})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
