/**
 * The "what changed" tables (rating changes, newly overdue, newly complete, added or
 * removed), shared by the since-last-review view and the board pack. One table
 * shape with different columns; on a phone each row reads as a card.
 */
import type { ReactNode } from 'react';
import type { Action } from '../../api/schemas';
import { formatIsoDateShort } from '../../domain/deadlines';
import type { OverdueAction } from '../../domain/board-pack';
import type { BecameBlue, OverdueChange, PresenceChange, RatingChange } from '../../domain/review-changes';
import { RatingTag } from '../rating-tag';
import './change-tables.css';

interface Lookup {
  actionsById: ReadonlyMap<string, Action>;
  areaNumbers: ReadonlyMap<string, number>;
}

interface Row {
  actionId: string;
  areaId: string | null;
}

interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
  /** A width class, so every change table lines up column for column. */
  className: string;
}

interface ChangeTableProps<T extends Row> extends Lookup {
  caption: string;
  items: readonly T[];
  columns: readonly Column<T>[];
}

function ChangeTable<T extends Row>({ caption, items, columns, actionsById, areaNumbers }: ChangeTableProps<T>) {
  return (
    <table className="app-table app-table--stack app-change-table">
      <caption className="app-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="app-change-table__action">
            Action
          </th>
          <th scope="col" className="app-change-table__area">
            Area
          </th>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.className}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const action = actionsById.get(item.actionId);
          const area = item.areaId === null ? undefined : areaNumbers.get(item.areaId);
          return (
            <tr key={item.actionId}>
              <th scope="row" className="app-table__row-title">
                <span className="app-table__strong">{item.actionId}</span>
                <span className="app-table__sub">{action ? action.title : 'No longer in the plan'}</span>
              </th>
              <td data-label="Area">{area ?? '–'}</td>
              {columns.map((column) => (
                <td key={column.header} data-label={column.header}>
                  {column.cell(item)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
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

const TAG = 'app-change-table__tag';
const TEXT = 'app-change-table__text';

/** Was and now in one column, one tag above the other, so the reasons get the width. */
function RatingMove({ from, to }: Pick<RatingChange, 'from' | 'to'>) {
  return (
    <span className="app-change-table__move">
      <RatingTag rating={from} />{' '}
      <span className="app-change-table__to">to</span> <RatingTag rating={to} />
    </span>
  );
}

const RATING_CHANGE_COLUMNS: readonly Column<RatingChange>[] = [
  { header: 'Rating: was, now', className: TAG, cell: (c) => <RatingMove from={c.from} to={c.to} /> },
  { header: 'Rationale', className: TEXT, cell: (c) => <Rationale text={c.rationale} /> },
];

const OVERDUE_COLUMNS: readonly Column<OverdueChange>[] = [
  { header: 'Was due', className: TAG, cell: (o) => formatIsoDateShort(o.due) },
  { header: 'Rating', className: TAG, cell: (o) => <RatingTag rating={o.rating} /> },
];

const OVERDUE_NOW_COLUMNS: readonly Column<OverdueAction>[] = [
  { header: 'Lead', className: 'app-change-table__lead', cell: (o) => o.action.lead.trim() || 'No lead named' },
  { header: 'Was due', className: TAG, cell: (o) => formatIsoDateShort(o.due) },
  { header: 'Rating', className: TAG, cell: (o) => <RatingTag rating={o.rating} /> },
];

const BLUE_COLUMNS: readonly Column<BecameBlue>[] = [
  { header: 'Was', className: TAG, cell: (b) => <RatingTag rating={b.from} /> },
  { header: 'Rationale', className: TEXT, cell: (b) => <Rationale text={b.rationale} /> },
];

const PRESENCE_COLUMNS: readonly Column<PresenceChange>[] = [
  { header: 'Rating', className: TAG, cell: (p) => <RatingTag rating={p.rating} /> },
];

export interface RatingChangeTableProps extends Lookup {
  caption: string;
  changes: readonly RatingChange[];
}

/** Rating changes: from, to and the reason recorded for the change. */
export function RatingChangeTable({ changes, ...rest }: RatingChangeTableProps) {
  return <ChangeTable items={changes} columns={RATING_CHANGE_COLUMNS} {...rest} />;
}

export interface OverdueTableProps extends Lookup {
  caption: string;
  items: readonly OverdueChange[];
}

export function OverdueTable(props: OverdueTableProps) {
  return <ChangeTable columns={OVERDUE_COLUMNS} {...props} />;
}

export interface OverdueActionsTableProps extends Lookup {
  caption: string;
  items: readonly OverdueAction[];
}

/** Every action overdue now, with its lead: who owes what. */
export function OverdueActionsTable(props: OverdueActionsTableProps) {
  return <ChangeTable columns={OVERDUE_NOW_COLUMNS} {...props} />;
}

export interface BlueTableProps extends Lookup {
  caption: string;
  items: readonly BecameBlue[];
}

export function BlueTable(props: BlueTableProps) {
  return <ChangeTable columns={BLUE_COLUMNS} {...props} />;
}

export interface PresenceTableProps extends Lookup {
  caption: string;
  items: readonly PresenceChange[];
}

export function PresenceTable(props: PresenceTableProps) {
  return <ChangeTable columns={PRESENCE_COLUMNS} {...props} />;
}
