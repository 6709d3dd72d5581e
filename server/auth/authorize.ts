/**
 * The access rules every /api route goes through, as functions a route can call too:
 * the auth plugin checks the plan in the route's path before the route runs; a route
 * whose plans come from its query or body (POST /imports) calls `requireOnPlan` for
 * each plan it touches. A refusal is a 403 problem naming the plan and why.
 */
import { HttpProblem } from '../plugins/app/problems';
import { grantOn, type PlanGrant, type Principal } from './principal';
import { PLAN_ROLES, refusalReason, rolesAllowed, roleAllows, type Permission } from './roles';

/** The caller's grant on the plan, when it allows the permission; otherwise a 403 problem naming the plan. */
export function requireOnPlan(principal: Principal, planId: string, permission: Permission): PlanGrant {
  const grant = grantOn(principal, planId);
  if (!grant || !roleAllows(grant.role, permission)) {
    throw new HttpProblem(403, 'Not allowed on this plan', refusalReason(planId, grant?.role, permission), { planId, role: grant?.role ?? null });
  }
  return grant;
}

/** A permission on every plan, present and future (creating plans, managing users and tokens). */
export function requireOnEveryPlan(principal: Principal, permission: Permission): void {
  if (!(principal.everyPlan && roleAllows(principal.everyPlan.role, permission))) {
    throw new HttpProblem(403, 'Not allowed', `This needs the role ${rolesAllowed(permission)} on every plan; yours is ${principal.everyPlan?.role ?? 'none'}.`, {
      role: principal.everyPlan?.role ?? null,
    });
  }
}

/** A permission on at least one plan (the route then checks each plan it touches). */
export function requireOnSomePlan(principal: Principal, permission: Permission): void {
  const roles = [principal.everyPlan, ...Object.values(principal.plans)].flatMap((grant) => (grant ? [grant.role] : []));
  if (!roles.some((role) => roleAllows(role, permission))) {
    const highest = PLAN_ROLES.filter((role) => roles.includes(role)).at(-1);
    throw new HttpProblem(403, 'Not allowed', `This needs the role ${rolesAllowed(permission)} on a plan; your highest role is ${highest ?? 'none'}.`, { role: highest ?? null });
  }
}

/** The plans the caller holds a role on, with that role, in the order given. */
export function grantedPlans<T extends { id: string }>(principal: Principal, plans: readonly T[]): { plan: T; grant: PlanGrant }[] {
  return plans.flatMap((plan) => {
    const grant = grantOn(principal, plan.id);
    return grant ? [{ plan, grant }] : [];
  });
}
