/**
 * Which actions a lead may update: those whose `lead` is theirs. A grant's `leadKeys`
 * are lead values as the plan writes them; they are matched the way the dashboard
 * matches leads (src/domain/leads: case, spacing, punctuation, "&"/"and" ignored), and
 * a joint lead ("A & B") belongs to each of its parts.
 */
import { leadKey, leadParts } from '../../src/domain/leads';
import type { PlanGrant } from './principal';
import { roleAllows } from './roles';

export function leadsAction(leadKeys: readonly string[], actionLead: string): boolean {
  const mine = new Set(leadKeys.map(leadKey).filter((key) => key !== ''));
  if (mine.size === 0) return false;
  return [actionLead, ...leadParts(actionLead)].some((lead) => mine.has(leadKey(lead)));
}

/** Whether a grant may record an update on an action with this lead: an editor or above any, a lead their own. */
export function mayUpdateAction(grant: PlanGrant | undefined, actionLead: string): boolean {
  if (!grant) return false;
  if (roleAllows(grant.role, 'edit-action')) return true;
  return roleAllows(grant.role, 'update-action') && leadsAction(grant.leadKeys, actionLead);
}
