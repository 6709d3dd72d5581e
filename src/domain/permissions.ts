/**
 * Who may change what on a plan, as the server enforces it (server/auth) and the
 * dashboard shows it (a form appears only for those allowed). Roles: viewer reads;
 * lead also updates the actions they lead; editor and admin update any action, change
 * deadlines, leads and titles, and record reviews.
 */
import { leadKey, leadParts } from './leads';

export type PlanRoleName = 'viewer' | 'lead' | 'editor' | 'admin';

/**
 * Whether an action with this `lead` is one of the lead's own: their `leadKeys` (lead
 * values as the plan writes them) matched as the dashboard matches leads (case, spacing,
 * punctuation, "&"/"and" ignored); a joint lead ("A & B") belongs to each part.
 */
export function leadsAction(leadKeys: readonly string[], actionLead: string): boolean {
  const mine = new Set(leadKeys.map(leadKey).filter((key) => key !== ''));
  if (mine.size === 0) return false;
  return [actionLead, ...leadParts(actionLead)].some((lead) => mine.has(leadKey(lead)));
}

const isEditor = (role: PlanRoleName | undefined) => role === 'editor' || role === 'admin';

export function mayUpdate(role: PlanRoleName | undefined, leadKeys: readonly string[], actionLead: string): boolean {
  return isEditor(role) || (role === 'lead' && leadsAction(leadKeys, actionLead));
}

/** Deadline, lead and title changes, and recording the board's ratings. */
export function mayEditAndRecord(role: PlanRoleName | undefined): boolean {
  return isEditor(role);
}
