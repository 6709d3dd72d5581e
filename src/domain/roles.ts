/**
 * Roles per plan and what each may do: one table for the server (which enforces it on
 * every route) and the dashboard (which shows only the controls a role may use).
 *
 * viewer: reads the plans granted; lead: viewer, plus updating the actions whose lead
 * is theirs; editor: any action of the plan, reviews, import; admin: plans, users,
 * tokens (and everything an editor may do).
 */
import { leadKey, leadParts } from './leads';

/** Lowest first: each role may do everything the roles before it may. */
export const PLAN_ROLES = ['viewer', 'lead', 'editor', 'admin'] as const;
export type PlanRole = (typeof PLAN_ROLES)[number];

/** What a route needs, or what a control does. `update-action` is narrowed for leads to their own actions. */
export type Permission = 'read' | 'update-action' | 'edit-action' | 'record-review' | 'import' | 'administer';

/** The lowest role that holds each permission. */
const NEEDS: Record<Permission, PlanRole> = {
  read: 'viewer',
  'update-action': 'lead',
  /** An action's deadline, lead or title (issue 14). */
  'edit-action': 'editor',
  'record-review': 'editor',
  import: 'editor',
  administer: 'admin',
};

export function isPlanRole(value: string): value is PlanRole {
  return (PLAN_ROLES as readonly string[]).includes(value);
}

export function roleAllows(role: PlanRole, permission: Permission): boolean {
  return PLAN_ROLES.indexOf(role) >= PLAN_ROLES.indexOf(NEEDS[permission]);
}

/** The higher of two roles (a user granted a plan twice, through two groups, gets the higher). */
export function higherRole(a: PlanRole, b: PlanRole): PlanRole {
  return PLAN_ROLES.indexOf(a) >= PLAN_ROLES.indexOf(b) ? a : b;
}

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

/**
 * Whether a role may record an update on an action with this lead: a role that may
 * edit any action (editor, admin) may update any; a lead only their own.
 */
export function mayUpdateAction(role: PlanRole | undefined, leadKeys: readonly string[], actionLead: string): boolean {
  if (role === undefined || !roleAllows(role, 'update-action')) return false;
  return roleAllows(role, 'edit-action') || leadsAction(leadKeys, actionLead);
}
