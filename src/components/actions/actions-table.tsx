import { memo, useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Action, Area, ProgressNote } from '../../api/schemas';
import { areaNumbersById } from '../../domain/areas';
import { parseIsoDate } from '../../domain/dates';
import { actionDeadlineMovesText } from '../../domain/deadline-moves';
import { createDeadlineCache, dueDate, formatDeadline, formatIsoDateShort, isOverdueOn } from '../../domain/deadlines';
import { type RatingKey, ratingKey } from '../../domain/ratings';
import { DisclosureButton } from '../disclosure-button';
import { RatingTag } from '../rating-tag';
import { ActionHistory } from './action-history';
import './actions-table.css';
import { formatCount } from '../../domain/words';

export type ActionsTableSortKey = 'id' | 'area' | 'lead' | 'deadline' | 'rating';
export type ActionsTableSortDirection = 'asc' | 'desc';

export interface ActionsTableSort {
  /** The column the rows are sorted by. */
  key: ActionsTableSortKey;
  direction: ActionsTableSortDirection;
  /** Called with the column whose header button was pressed; the caller decides the new direction. */
  onSort: (key: ActionsTableSortKey) => void;
}

export interface ActionsTableProps {
  /** The rows to show, already filtered and sorted. */
  actions: readonly Action[];
  /** The plan's areas, to show each action's area number. */
  areas: readonly Area[];
  /** The reference date (`YYYY-MM-DD`) for "overdue". */
  today: string;
  /** The table's accessible name. */
  caption: string;
  /** Show the caption on screen (default) or only to assistive technology. */
  captionHidden?: boolean;
  /** Add an Area column (the explorer shows every area; an area page does not need it). */
  showArea?: boolean;
  /** A link for an area number, e.g. to the area page. */
  areaHref?: (areaNumber: number) => string;
  /** Sortable headers: a button per sortable column and aria-sort on the sorted one. */
  sort?: ActionsTableSort;
  /**
   * Draw at most this many rows at first, with buttons to show more. Keeps a
   * 5,000-action plan responsive; filters still apply to every action.
   */
  batchSize?: number;
  /** Give each action a "Show history" (who changed what, when, why), read from this plan's API. */
  historyPlanId?: string;
  /** Something to offer on each action, under its progress (the area page's "Add an update"). Keep it stable (rows are memoised). */
  rowControl?: (action: Action) => ReactNode;
}

/** What a row shows, worked out once per action (not per render or per keystroke). */
interface RowView {
  readonly key: string;
  readonly action: Action;
  readonly areaNumber: number | null;
  readonly deadline: string;
  /** "moved twice, first due Mar 2023"; null when the deadline never moved. */
  readonly deadlineMoved: string | null;
  readonly overdue: boolean;
  readonly rating: RatingKey;
  readonly latest: ProgressNote | null;
  readonly earlierCount: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Nov 2023" for a note's date; null when the note has none (or not a real one). */
function noteMonth(date: string | undefined): string | null {
  const parsed = date ? parseIsoDate(date) : null;
  return parsed ? `${MONTHS[parsed.month - 1] ?? ''} ${parsed.year}` : null;
}

/**
 * A per-(areas, today) memo of row views keyed by the action object. Filtering
 * returns the same action objects, so narrowing or widening the list reuses each
 * row's view (and the memoised row skips rendering) instead of recomputing.
 */
function createRowViews(areas: readonly Area[], today: string): (action: Action) => RowView {
  const areaNumbers = areaNumbersById(areas);
  const deadlineOf = createDeadlineCache();
  const views = new WeakMap<Action, RowView>();
  let serial = 0;
  return (action) => {
    let view = views.get(action);
    if (view === undefined) {
      const deadline = deadlineOf(action);
      const progress = action.progress;
      serial += 1;
      view = {
        // Ids should be unique, but a messy extract can repeat one: the serial keeps React keys unique.
        key: `${action.id}\u0000${serial}`,
        action,
        areaNumber: areaNumbers.get(action.areaId) ?? null,
        deadline: formatDeadline(deadline),
        deadlineMoved: actionDeadlineMovesText(action),
        overdue: isOverdueOn(dueDate(deadline), action.rating, today),
        rating: ratingKey(action.rating),
        latest: progress[progress.length - 1] ?? null,
        earlierCount: Math.max(0, progress.length - 1),
      };
      views.set(action, view);
    }
    return view;
  };
}

const SORT_LABELS: Readonly<Record<ActionsTableSortKey, string>> = {
  id: 'ID',
  area: 'Area',
  lead: 'Lead',
  deadline: 'Deadline',
  rating: 'Rating',
};

/**
 * Actions as a table: id, action, lead, deadline as written (overdue in words), rating
 * tag and the latest progress note, with the earlier notes one press away. Below
 * 40em it reads as a list of cards with the same words.
 */
export const ActionsTable = memo(function ActionsTable({
  actions,
  areas,
  today,
  caption,
  captionHidden = false,
  showArea = false,
  areaHref,
  sort,
  batchSize,
  historyPlanId,
  rowControl,
}: ActionsTableProps) {
  const viewOf = useMemo(() => createRowViews(areas, today), [areas, today]);
  const rows = useMemo(() => actions.map(viewOf), [actions, viewOf]);

  // How many rows are drawn; back to one batch whenever the list itself changes.
  const [limit, setLimit] = useState({ for: actions, count: batchSize ?? Infinity });
  const shownCount = limit.for === actions ? limit.count : (batchSize ?? Infinity);
  if (limit.for !== actions) setLimit({ for: actions, count: batchSize ?? Infinity });
  const shown = shownCount >= rows.length ? rows : rows.slice(0, shownCount);
  const remaining = rows.length - shown.length;

  const header = (key: ActionsTableSortKey, className?: string) => {
    const label = SORT_LABELS[key];
    if (!sort) {
      return (
        <th scope="col" className={className}>
          {label}
        </th>
      );
    }
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button type="button" className="app-sort-button" onClick={() => sort.onSort(key)}>
          {label}
          <span className="app-sort-button__icon" aria-hidden="true">
            {active ? (sort.direction === 'asc' ? '▲' : '▼') : '⇅'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="app-actions-table">
      <table className="app-table app-table--stack app-actions-table__table">
        <caption className={captionHidden ? 'app-visually-hidden' : 'app-table__caption'}>{caption}</caption>
        <thead className="app-actions-table__head">
          <tr>
            {header('id', 'app-actions-table__id app-actions-table__col-id')}
            {showArea && header('area', 'app-actions-table__area app-actions-table__col-area')}
            <th scope="col" className="app-actions-table__col-title">
              Action
            </th>
            {header('lead', 'app-actions-table__col-lead')}
            {header('deadline', 'app-actions-table__col-deadline')}
            {header('rating', 'app-actions-table__col-rating')}
            <th scope="col" className="app-actions-table__col-progress">
              Latest progress
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <ActionRow key={row.key} row={row} showArea={showArea} areaHref={areaHref} historyPlanId={historyPlanId} control={rowControl} />
          ))}
        </tbody>
      </table>
      {remaining > 0 && (
        <div className="app-actions-table__more">
          <p className="app-actions-table__more-text">
            Showing {formatCount(shown.length)} of {formatCount(rows.length)} actions.
          </p>
          {batchSize !== undefined && remaining > batchSize && (
            <button
              type="button"
              className="app-button app-button--secondary"
              onClick={() => setLimit({ for: actions, count: shown.length + batchSize })}
            >
              Show {formatCount(batchSize)} more
            </button>
          )}
          <button
            type="button"
            className="app-button app-button--secondary"
            onClick={() => setLimit({ for: actions, count: Infinity })}
          >
            Show all {formatCount(rows.length)} actions
          </button>
        </div>
      )}
    </div>
  );
});


interface ActionRowProps {
  row: RowView;
  showArea: boolean;
  areaHref: ((areaNumber: number) => string) | undefined;
  historyPlanId: string | undefined;
  control: ((action: Action) => ReactNode) | undefined;
}

/** One action. Memoised: filtering elsewhere never re-renders an unchanged row. */
const ActionRow = memo(function ActionRow({ row, showArea, areaHref, historyPlanId, control }: ActionRowProps) {
  const { action } = row;
  return (
    <tr className="app-actions-table__row">
      <th scope="row" className="app-actions-table__id" data-label="ID">
        {action.id}
      </th>
      {showArea && (
        <td className="app-actions-table__area" data-label="Area">
          {row.areaNumber === null ? (
            <span className="app-secondary-text">Unknown area</span>
          ) : areaHref ? (
            <Link href={areaHref(row.areaNumber)} aria-label={`Area ${row.areaNumber}`}>
              {row.areaNumber}
            </Link>
          ) : (
            row.areaNumber
          )}
        </td>
      )}
      <td className="app-actions-table__title" data-label="Action">
        {action.title}
      </td>
      <td className="app-actions-table__lead" data-label="Lead">
        {action.lead.trim() === '' ? <span className="app-secondary-text">No lead named</span> : action.lead}
      </td>
      <td className="app-actions-table__deadline" data-label="Deadline">
        <span className="app-actions-table__deadline-text">{row.deadline}</span>
        {row.deadlineMoved && <span className="app-actions-table__deadline-moved">({row.deadlineMoved})</span>}
        {row.overdue && (
          <strong className="app-overdue">
            <span className="app-overdue__symbol" aria-hidden="true">
              !
            </span>
            Overdue
          </strong>
        )}
      </td>
      <td className="app-actions-table__rating" data-label="Rating">
        <RatingTag rating={row.rating} />
      </td>
      <td className="app-actions-table__progress" data-label="Latest progress">
        <Progress action={action} latest={row.latest} earlierCount={row.earlierCount} />
        {historyPlanId !== undefined && <ActionHistory planId={historyPlanId} actionId={action.id} />}
        {control?.(action)}
      </td>
    </tr>
  );
});

interface ProgressProps {
  action: Action;
  latest: ProgressNote | null;
  earlierCount: number;
}

/** The latest note, and the earlier ones (oldest first) drawn only once asked for. */
function Progress({ action, latest, earlierCount }: ProgressProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (latest === null) return <span className="app-secondary-text">No progress recorded</span>;
  const month = noteMonth(latest.date);
  const noun = earlierCount === 1 ? 'earlier update' : 'earlier updates';
  return (
    <>
      <p className="app-actions-table__latest">
        <span className="app-actions-table__latest-label">{month ? `Latest (${month}):` : 'Latest:'}</span> {latest.text}
      </p>
      {earlierCount > 0 && (
        <>
          <DisclosureButton open={open} controls={listId} onToggle={() => setOpen((was) => !was)}>
            {open ? `Hide ${earlierCount} ${noun} ` : `Show ${earlierCount} ${noun} `}
            <span className="app-visually-hidden">for action {action.id}</span>
          </DisclosureButton>
          {open && (
            <ol id={listId} className="app-progress-history" aria-label={`Earlier updates for action ${action.id}, oldest first`}>
              {action.progress.slice(0, earlierCount).map((note, index) => (
                <li key={index} className="app-progress-history__item">
                  <span className="app-progress-history__date">
                    {note.date ? formatIsoDateShort(note.date) : 'Date not recorded'}:
                  </span>{' '}
                  {note.text}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
