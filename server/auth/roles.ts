/**
 * Roles per plan and what each may do. Pure: the server's authorization hook, the
 * role matrix test and /api/me all read these tables.
 *
 * viewer: reads the plans granted; lead: viewer, plus updating the actions whose lead
 * is theirs; editor: any action of the plan, reviews, import; admin: plans, users,
 * tokens (and everything an editor may do).
 */
import { PLAN_ROLES } from '../db/schema';

export type PlanRole = (typeof PLAN_ROLES)[number];
export { PLAN_ROLES };

/** What a route needs; each route of the server declares one (default: read for GET). */
export type Permission = 'read' | 'update-action' | 'record-review' | 'import' | 'administer';

const RANK: Record<PlanRole, number> = { viewer: 0, lead: 1, editor: 2, admin: 3 };

/** The lowest role that holds each permission. `update-action` is narrowed for leads to their own actions. */
const NEEDS: Record<Permission, PlanRole> = {
  read: 'viewer',
  'update-action': 'lead',
  'record-review': 'editor',
  import: 'editor',
  administer: 'admin',
};

const DOING: Record<Permission, string> = {
  read: 'reading this plan',
  'update-action': 'updating an action',
  'record-review': 'recording a review',
  import: 'importing a plan',
  administer: 'administering plans, users and tokens',
};

export function isPlanRole(value: string): value is PlanRole {
  return (PLAN_ROLES as readonly string[]).includes(value);
}

export function roleAllows(role: PlanRole, permission: Permission): boolean {
  return RANK[role] >= RANK[NEEDS[permission]];
}

/** Roles that hold a permission, lowest first, in words: "lead, editor or admin". */
export function rolesAllowed(permission: Permission): string {
  const roles = PLAN_ROLES.filter((role) => roleAllows(role, permission));
  return roles.length === 1 ? (roles[0] ?? '') : `${roles.slice(0, -1).join(', ')} or ${roles.at(-1) ?? ''}`;
}

/** The 403 detail: which plan, the caller's role there, and what the action needs. */
export function refusalReason(planId: string, role: PlanRole | undefined, permission: Permission): string {
  const needs = `${DOING[permission]} needs the role ${rolesAllowed(permission)}`;
  return role === undefined
    ? `You have no role on plan "${planId}": ${needs}.`
    : `Your role on plan "${planId}" is ${role}: ${needs}.`;
}

/** The higher of two roles (a user granted a plan twice, through two groups, gets the higher). */
export function higherRole(a: PlanRole, b: PlanRole): PlanRole {
  return RANK[a] >= RANK[b] ? a : b;
}
