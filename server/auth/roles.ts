/**
 * Roles per plan in the server's words: the table itself is src/domain/roles.ts
 * (shared with the dashboard); here, how a refusal is explained.
 */
import { roleAllows, PLAN_ROLES, type Permission, type PlanRole } from '../../src/domain/roles';

export { higherRole, isPlanRole, PLAN_ROLES, roleAllows, type Permission, type PlanRole } from '../../src/domain/roles';

const DOING: Record<Permission, string> = {
  read: 'reading this plan',
  'update-action': 'updating an action',
  'edit-action': "changing an action's deadline, lead or title",
  'record-review': 'recording a review',
  import: 'importing a plan',
  administer: 'administering plans, users and tokens',
};

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

