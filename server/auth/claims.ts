/**
 * From the identity provider's claims to grants: each value of the roles-or-groups
 * claim found in the role map adds its grants; several grants on one plan keep the
 * highest role and all lead keys. Values not in the map are ignored (a user in no
 * mapped group signs in and sees no plan).
 */
import type { RoleMap } from './config';
import type { PlanGrant } from './principal';
import { higherRole } from './roles';
import type { UserGrants } from './users';

function claimValues(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((value): value is string => typeof value === 'string');
  return [];
}

function merge(current: PlanGrant | undefined, next: PlanGrant): PlanGrant {
  if (!current) return { role: next.role, leadKeys: [...new Set(next.leadKeys)] };
  return { role: higherRole(current.role, next.role), leadKeys: [...new Set([...current.leadKeys, ...next.leadKeys])] };
}

export function grantsFromClaims(claims: Record<string, unknown>, rolesClaim: string, roleMap: RoleMap): UserGrants {
  const grants: UserGrants = { everyPlan: undefined, plans: {} };
  for (const value of claimValues(claims[rolesClaim])) {
    for (const grant of roleMap[value] ?? []) {
      const next = { role: grant.role, leadKeys: grant.leadKeys ?? [] };
      if (grant.plan === '*') grants.everyPlan = merge(grants.everyPlan, next);
      else grants.plans[grant.plan] = merge(grants.plans[grant.plan], next);
    }
  }
  return grants;
}
