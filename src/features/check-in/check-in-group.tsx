import { Link } from 'wouter';
import type { Action } from '../../api/schemas';
import { formatTimeSince, type CheckInItem } from '../../domain/check-in';
import { deadlineWithMoves } from '../../domain/deadline-moves';
import { formatDeadline, formatIsoDateShort } from '../../domain/deadlines';
import { AddUpdateLink } from '../../components/actions/add-update-link';
import { RatingTag } from '../../components/rating-tag';
import { paths } from '../../state/paths';
import { NoChangeButton } from './no-change-button';

export interface CheckInGroupListProps {
  id: string;
  title: string;
  items: readonly CheckInItem<Action>[];
  today: string;
  areaNumbers: ReadonlyMap<string, number>;
  planId: string;
}

/** One group of the check-in: each action with its deadline, rating, latest note and how fresh it is. */
export function CheckInGroupList({ id, title, items, today, areaNumbers, planId }: CheckInGroupListProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="app-check-in-group" id={id}>
      <h3 id={`${id}-heading`} className="app-heading-m">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="app-secondary-text">None.</p>
      ) : (
        <ol className="app-check-in-list">
          {items.map(({ action, status, lastUpdated }) => {
            const note = action.progress.at(-1);
            const area = areaNumbers.get(action.areaId);
            return (
              <li key={action.id} className="app-check-in-item">
                <div className="app-check-in-item__head">
                  <p className="app-check-in-item__title">
                    <strong>{action.id}</strong> {action.title}
                  </p>
                  <RatingTag rating={status.ratingKey} />
                </div>
                <dl className="app-check-in-item__facts">
                  <div>
                    <dt>Deadline</dt>
                    <dd>
                      {deadlineWithMoves(formatDeadline(status.deadline), action)}
                      {status.overdue && <strong className="app-overdue"> · Overdue</strong>}
                    </dd>
                  </div>
                  {area !== undefined && (
                    <div>
                      <dt>Area</dt>
                      <dd>
                        <Link href={paths.area(planId, area)}>{area}</Link>
                      </dd>
                    </div>
                  )}
                  <div>
                    <dt>Last update</dt>
                    <dd>{formatTimeSince(lastUpdated, today)}</dd>
                  </div>
                </dl>
                {note && (
                  <p className="app-check-in-item__note">
                    <span className="app-secondary-text">Latest{note.date ? ` (${formatIsoDateShort(note.date)})` : ''}: </span>
                    {note.text}
                  </p>
                )}
                <div className="app-check-in-item__update">
                  <AddUpdateLink planId={planId} action={action} />
                  <NoChangeButton planId={planId} action={action} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
