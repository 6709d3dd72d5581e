import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearch } from 'wouter';
import { usePlanQueries } from '../../api/provider';
import type { Action } from '../../api/schemas';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { QueryError } from '../../components/query-error';
import { RatingTag } from '../../components/rating-tag';
import { usePlanAccess } from '../../app/session';
import { formatActionDeadline, formatIsoDateShort } from '../../domain/deadlines';
import { ratingKey } from '../../domain/ratings';
import { paths, returnPath } from '../../state/paths';
import { useSuccessNotice } from '../../state/success-notice';
import { usePlanDetail } from '../../state/use-plan-data';
import { UpdateForm } from './update-form';
import './action-update.css';

export interface UpdatePageProps {
  planId: string;
  actionId: string;
}

/** "Add an update" for one action, on a page of its own (GOV.UK: one thing per page), returning to the view it came from. */
export function UpdatePage({ planId, actionId }: UpdatePageProps) {
  const queries = usePlanQueries();
  const plan = usePlanDetail(planId);
  // Read afresh when the form opens: the update is written against this version.
  const action = useQuery({ ...queries.action(planId, actionId), staleTime: 0 });
  const access = usePlanAccess(planId);
  const [, navigate] = useLocation();
  const search = useSearch();
  const recorded = useSuccessNotice((s) => s.recorded);

  const areaNumber = plan.data?.plan.areas.find((area) => area.id === action.data?.areaId)?.number;
  const fallback = areaNumber !== undefined ? paths.area(planId, areaNumber) : paths.overview(planId);
  const back = returnPath(planId, new URLSearchParams(search).get('from'), fallback);
  const title = `Add an update to action ${actionId}`;

  const backLink = (
    <Link href={back} className="app-back-link">
      Back
    </Link>
  );

  if (action.isPending) return <Loading label="Loading the action" rows={4} />;
  if (action.isLoadingError) {
    return (
      <>
        <PageTitle title={title} />
        {backLink}
        <QueryError error={action.error} onRetry={() => void action.refetch()} retrying={action.isFetching} />
      </>
    );
  }
  const current = action.data;
  const version = current.version;
  const allowed = access.mayUpdate(current.lead);

  return (
    <>
      {backLink}
      <span className="app-caption">Action {current.id}</span>
      <h1 className="app-heading-l">Add an update</h1>
      <ActionSummary action={current} />
      {!allowed ? (
        <>
          <PageTitle title={title} />
          <p>
            You cannot update this action: {access.role === 'lead' ? 'leads update only the actions they lead.' : 'updates need the role lead (for their own actions), editor or admin.'}
          </p>
        </>
      ) : version === undefined ? (
        <>
          <PageTitle title={title} />
          <p>This API does not take updates: it gives the action no version to write against.</p>
        </>
      ) : (
        <UpdateForm
          // A newer action from elsewhere (a refetch) never resets what is being typed.
          key={current.id}
          planId={planId}
          action={{ ...current, version }}
          definitions={plan.data?.plan.ratingDefinitions}
          title={title}
          onSaved={(_saved, message) => {
            // Navigate first: the banner belongs to the page it returns to.
            navigate(back);
            recorded(back.split('?')[0] ?? back, message);
          }}
        />
      )}
    </>
  );
}

/** The action as it is now, so the update is written knowing it (GOV.UK summary list). */
function ActionSummary({ action }: { action: Action }) {
  const latest = action.progress.at(-1);
  return (
    <dl className="app-summary-list">
      <div className="app-summary-list__row">
        <dt>Action</dt>
        <dd>{action.title}</dd>
      </div>
      <div className="app-summary-list__row">
        <dt>Lead</dt>
        <dd>{action.lead.trim() === '' ? 'No lead named' : action.lead}</dd>
      </div>
      <div className="app-summary-list__row">
        <dt>Deadline</dt>
        <dd>{formatActionDeadline(action)}</dd>
      </div>
      <div className="app-summary-list__row">
        <dt>Rating now</dt>
        <dd>
          <RatingTag rating={ratingKey(action.rating)} />
          {action.ratedOn && <span className="app-secondary-text"> since {formatIsoDateShort(action.ratedOn)}</span>}
          {action.rationale && <p className="app-summary-list__note">Why: {action.rationale}</p>}
        </dd>
      </div>
      <div className="app-summary-list__row">
        <dt>Latest update</dt>
        <dd>
          {latest ? (
            <>
              {latest.date && <span className="app-secondary-text">{formatIsoDateShort(latest.date)}{latest.by ? `, ${latest.by}` : ''}: </span>}
              {latest.text}
            </>
          ) : (
            'No progress recorded'
          )}
        </dd>
      </div>
    </dl>
  );
}
