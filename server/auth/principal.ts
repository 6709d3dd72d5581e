/**
 * Who is calling: a signed-in person (through a session cookie) or a machine client
 * (through an API token). Built from the database on every request, so a changed
 * grant, a revoked token or a disabled user takes effect at once.
 */
import { higherRole, type PlanRole } from './roles';

export interface PlanGrant {
  role: PlanRole;
  /** For a lead: the `lead` values of the actions that are theirs. */
  leadKeys: string[];
}

export interface Principal {
  kind: 'user' | 'token';
  /** The user's or the token's id (for the audit log; never a secret). */
  id: string;
  name: string;
  /** A role on every plan, present and future (an admin, or a group mapped to "*"). */
  everyPlan: PlanGrant | undefined;
  /** Roles on named plans. */
  plans: Record<string, PlanGrant>;
}

/** The principal's grant on a plan: the higher of its every-plan and its named grant. */
export function grantOn(principal: Principal, planId: string): PlanGrant | undefined {
  const named = principal.plans[planId];
  const every = principal.everyPlan;
  if (!named) return every;
  if (!every) return named;
  return { role: higherRole(every.role, named.role), leadKeys: [...new Set([...named.leadKeys, ...every.leadKeys])] };
}
