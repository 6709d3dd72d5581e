/**
 * The "what changed" tables (rating changes, newly overdue, newly complete, added or
 * removed), shared by the since-last-review view and the board pack.
 */
import type { Action, Area } from '../../api/schemas';
import { formatIsoDateShort } from '../../domain/deadlines';
import type { BecameBlue, OverdueChange, PresenceChange, RatingChange } from '../../domain/review-changes';
import { RatingTag } from '../rating-tag';

interface Lookup {
  actionsById: ReadonlyMap<string, Action>;
  areaNumbers: ReadonlyMap<string, number>;
}

function ActionCell({ id, actionsById }: { id: string; actionsById: ReadonlyMap<string, Action> }) {
  const action = actionsById.get(id);
  return (
    <th scope="row" className="app-table__row-title">
      <span className="app-table__strong">{id}</span>
      <span className="app-table__sub">{action ? action.title : 'No longer in the plan'}</span>
    </th>
  );
}

function AreaCell({ areaId, areaNumbers }: { areaId: string | null; areaNumbers: ReadonlyMap<string, number> }) {
  const number = areaId === null ? undefined : areaNumbers.get(areaId);
  return <td>{number ?? '–'}</td>;
}

export function Rationale({ text }: { text: string | null }) {
  return text === null ? (
    <strong className="app-warning-text">
      <span aria-hidden="true">⚠ </span>No rationale given
    </strong>
  ) : (
    <>{text}</>
  );
}

export interface RatingChangeTableProps extends Lookup {
  caption: string;
  changes: readonly RatingChange[];
}

/** Rating changes: from, to and the reason recorded for the change. */
export function RatingChangeTable({ caption, changes, actionsById, areaNumbers }: RatingChangeTableProps) {
  return (
    <table className="app-table app-table--changes">
      <caption className="app-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Area</th>
          <th scope="col">Was</th>
          <th scope="col">Now</th>
          <th scope="col">Rationale</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.actionId}>
            <ActionCell id={change.actionId} actionsById={actionsById} />
            <AreaCell areaId={change.areaId} areaNumbers={areaNumbers} />
            <td>
              <RatingTag rating={change.from} />
            </td>
            <td>
              <RatingTag rating={change.to} />
            </td>
            <td>
              <Rationale text={change.rationale} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface OverdueTableProps extends Lookup {
  caption: string;
  items: readonly OverdueChange[];
}

export function OverdueTable({ caption, items, actionsById, areaNumbers }: OverdueTableProps) {
  return (
    <table className="app-table">
      <caption className="app-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Area</th>
          <th scope="col">Was due</th>
          <th scope="col">Rating</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.actionId}>
            <ActionCell id={item.actionId} actionsById={actionsById} />
            <AreaCell areaId={item.areaId} areaNumbers={areaNumbers} />
            <td>{formatIsoDateShort(item.due)}</td>
            <td>
              <RatingTag rating={item.rating} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface BlueTableProps extends Lookup {
  caption: string;
  items: readonly BecameBlue[];
}

export function BlueTable({ caption, items, actionsById, areaNumbers }: BlueTableProps) {
  return (
    <table className="app-table">
      <caption className="app-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Area</th>
          <th scope="col">Was</th>
          <th scope="col">Rationale</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.actionId}>
            <ActionCell id={item.actionId} actionsById={actionsById} />
            <AreaCell areaId={item.areaId} areaNumbers={areaNumbers} />
            <td>
              <RatingTag rating={item.from} />
            </td>
            <td>
              <Rationale text={item.rationale} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface PresenceTableProps extends Lookup {
  caption: string;
  items: readonly PresenceChange[];
}

export function PresenceTable({ caption, items, actionsById, areaNumbers }: PresenceTableProps) {
  return (
    <table className="app-table">
      <caption className="app-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Area</th>
          <th scope="col">Rating</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.actionId}>
            <ActionCell id={item.actionId} actionsById={actionsById} />
            <AreaCell areaId={item.areaId} areaNumbers={areaNumbers} />
            <td>
              <RatingTag rating={item.rating} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function areaNumberMap(areas: readonly Area[]): Map<string, number> {
  return new Map(areas.map((area) => [area.id, area.number]));
}
