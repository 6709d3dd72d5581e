import { useQuery } from '@tanstack/react-query';
import { describeProblem } from '../../api/problems';
import { usePlanQueries } from '../../api/provider';
import { groupHistory, historyHeading, type HistoryFieldChange } from '../../domain/action-history';
import { formatAsOf } from '../../domain/as-of';
import { Loading } from '../loading';
import { QueryError } from '../query-error';
import { RatingTag } from '../rating-tag';

export interface ActionHistoryListProps {
  planId: string;
  actionId: string;
}

/** One action's changes, newest first: when, who, each field from → to, and why. */
export default function ActionHistoryList({ planId, actionId }: ActionHistoryListProps) {
  const queries = usePlanQueries();
  const history = useQuery({ ...queries.history(planId, actionId), select: (data) => ({ changes: groupHistory(data.entries), problems: data.problems }) });

  if (history.isPending) return <Loading label={`Loading the history of action ${actionId}`} rows={2} />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />;
  const { changes, problems } = history.data;
  return (
    <>
      <p className="app-action-history__heading">
        <strong>{historyHeading(changes.length)}</strong>
        {changes.length > 1 && <span className="app-secondary-text">, newest first</span>}
      </p>
      {changes.length === 0 && <p className="app-secondary-text">Nothing has been changed through the dashboard yet.</p>}
      {problems.length > 0 && (
        <div className="app-data-problems">
          <p>
            {problems.length === 1 ? '1 history entry could not be shown:' : `${problems.length} history entries could not be shown:`}
          </p>
          <ul className="app-list">
            {problems.slice(0, 5).map((problem, index) => (
              <li key={index}>{describeProblem(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {changes.length > 0 && (
        <ol className="app-action-history__list" aria-label={`Changes to action ${actionId}, newest first`}>
          {changes.map((change) => (
            <li key={`${change.version}-${change.at}`} className="app-action-history__change">
              <p className="app-action-history__meta">
                <strong>{formatAsOf(change.at)}</strong> · {change.by}
              </p>
              <ul className="app-action-history__fields">
                {change.fields.map((field, index) => (
                  <li key={index}>
                    <FieldChange change={field} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function FieldChange({ change }: { change: HistoryFieldChange }) {
  if (change.kind === 'note') {
    return (
      <>
        {change.label} added: <q>{change.text}</q>
      </>
    );
  }
  return (
    <>
      {change.label} changed from{' '}
      {change.kind === 'rating' ? <RatingTag rating={change.from} /> : <span className="app-action-history__value">{change.from}</span>} to{' '}
      {change.kind === 'rating' ? <RatingTag rating={change.to} /> : <span className="app-action-history__value">{change.to}</span>}
      {change.why === null ? (
        '.'
      ) : (
        <>
          . <span className="app-action-history__why">Why: {change.why}</span>
        </>
      )}
    </>
  );
}
