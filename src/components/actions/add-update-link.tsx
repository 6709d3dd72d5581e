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
  const href = useAddUpdateHref(planId, action);
  if (href === null) return null;
  return (
    <Link href={href} className="app-add-update-link">
      Add an update <span className="app-visually-hidden">to action {action.id}</span>
    </Link>
  );
}

/** The address of the action's update form, returning here; null for those who may not update it, or where the API takes no updates. */
export function useAddUpdateHref(planId: string, action: Pick<Action, 'lead' | 'version' | 'id'>): string | null {
  const access = usePlanAccess(planId);
  const [path] = useLocation();
  const search = useSearch();
  if (action.version === undefined || !access.mayUpdate(action.lead)) return null;
  return paths.addUpdate(planId, action.id, `${path}${search ? `?${search}` : ''}`);
}
