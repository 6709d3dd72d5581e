/**
 * People and their grants. A user is keyed by the identity provider's issuer and
 * subject; at each sign-in the display name and the grants derived from the token's
 * claims replace what was stored, so a change in the provider's groups takes effect
 * at the next sign-in (and removing someone from every group removes their access).
 */
import { and, eq, isNull } from 'drizzle-orm';
import * as t from '../db/schema';
import type { Db } from '../storage/database';
import type { PlanGrant, Principal } from './principal';

export interface UserGrants {
  everyPlan: PlanGrant | undefined;
  plans: Record<string, PlanGrant>;
}

export interface SignedInUser {
  issuer: string;
  subject: string;
  displayName: string;
  grants: UserGrants;
}

/** Creates or updates the user and replaces their grants, in one transaction. Returns the user id. */
export async function upsertUser(db: Db, user: SignedInUser): Promise<string> {
  return db.transaction(async (tx) => {
    const values = {
      issuer: user.issuer,
      subject: user.subject,
      displayName: user.displayName,
      isAdmin: user.grants.everyPlan?.role === 'admin',
      everyPlanRole: user.grants.everyPlan?.role ?? null,
      everyPlanLeadKeys: user.grants.everyPlan?.leadKeys ?? [],
      updatedAt: new Date(),
    };
    const [row] = await tx
      .insert(t.users)
      .values(values)
      .onConflictDoUpdate({ target: [t.users.issuer, t.users.subject], set: values })
      .returning({ id: t.users.id });
    if (!row) throw new Error('the user row was not written');
    await tx.delete(t.planMembers).where(eq(t.planMembers.userId, row.id));
    // Grants on plans this server does not hold are dropped: plan_members refers to plans.
    const known = new Set((await tx.select({ id: t.plans.id }).from(t.plans)).map((plan) => plan.id));
    const members = Object.entries(user.grants.plans)
      .filter(([planId]) => known.has(planId))
      .map(([planId, grant]) => ({ planId, userId: row.id, role: grant.role, leadKeys: grant.leadKeys }));
    if (members.length > 0) await tx.insert(t.planMembers).values(members);
    return row.id;
  });
}

/** The principal for an enabled user, or undefined when the user is unknown or disabled. */
export async function userPrincipal(db: Db, userId: string): Promise<Principal | undefined> {
  const [user] = await db
    .select()
    .from(t.users)
    .where(and(eq(t.users.id, userId), isNull(t.users.disabledAt)));
  if (!user) return undefined;
  const members = await db.select().from(t.planMembers).where(eq(t.planMembers.userId, userId));
  const everyRole = user.isAdmin ? 'admin' : user.everyPlanRole;
  return {
    kind: 'user',
    id: user.id,
    name: user.displayName,
    everyPlan: everyRole ? { role: everyRole, leadKeys: user.everyPlanLeadKeys } : undefined,
    plans: Object.fromEntries(members.map((member) => [member.planId, { role: member.role, leadKeys: member.leadKeys }])),
  };
}
