/**
 * Which actions a grant may update: the rule is the dashboard's own (src/domain/roles),
 * so the forms appear exactly where the server accepts the change.
 */
import { mayUpdateAction as roleMayUpdate } from '../../src/domain/roles';
import type { PlanGrant } from './principal';

/** Whether a grant may record an update on an action with this lead: an editor or above any, a lead their own. */
export function mayUpdateAction(grant: PlanGrant | undefined, actionLead: string): boolean {
  return grant !== undefined && roleMayUpdate(grant.role, grant.leadKeys, actionLead);
}
