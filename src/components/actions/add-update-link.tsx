import { Link, useLocation, useSearch } from 'wouter';
import type { Action } from '../../api/schemas';
import { usePlanAccess } from '../../app/session';
import { paths } from '../../state/paths';

export interface AddUpdateLinkProps {
  planId: string;
  action: Pick<Action, 'id' | 'lead' | 'version'>;
}

/**
 * "Add an update" to one action, for those allowed (a lead on their own actions, an
 * editor on any) and only where the API takes updates (the action has a version). The
 * form returns to the page the link was on.
 */
export function AddUpdateLink({ planId, action }: AddUpdateLinkProps) {
  const access = usePlanAccess(planId);
  const [path] = useLocation();
  const search = useSearch();
  if (action.version === undefined || !access.mayUpdate(action.lead)) return null;
  return (
    <Link href={paths.addUpdate(planId, action.id, `${path}${search ? `?${search}` : ''}`)} className="app-add-update-link">
      Add an update <span className="app-visually-hidden">to action {action.id}</span>
    </Link>
  );
}
