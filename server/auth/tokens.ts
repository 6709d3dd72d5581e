/**
 * API tokens for machine clients: shown once at creation, stored as a hash, scoped to
 * one plan and one role, and always expiring. Every use and every refused use is audited.
 */
import { asc, eq } from 'drizzle-orm';
import * as t from '../db/schema';
import type { Db } from '../storage/database';
import { auditAuth } from './audit';
import type { Principal } from './principal';
import type { PlanRole } from './roles';
import { TOKEN_PREFIX, hashSecret, newApiToken } from './secrets';

export class TokenError extends Error {
  override name = 'TokenError';
}

export interface NewToken {
  name: string;
  role: PlanRole;
  planId: string;
  expiresAt: Date;
}

export interface TokenInfo {
  id: string;
  name: string;
  role: PlanRole;
  planId: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const MAX_DAYS = 366;

/** `90d` (days, 1 to 366) from now: tokens always expire, and within a year. */
export function parseExpiry(text: string, now: Date): Date {
  const match = /^(\d{1,3})d$/.exec(text.trim());
  const days = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    throw new TokenError(`--expires must be a number of days from 1d to ${String(MAX_DAYS)}d, such as 90d (got "${text}")`);
  }
  return new Date(now.getTime() + days * 86_400_000);
}

/** Creates the token and returns it: the only time it is ever available in clear. */
export async function createToken(db: Db, token: NewToken, actorLabel: string): Promise<{ id: string; token: string }> {
  if (!/^[\w.-]{1,100}$/.test(token.name)) throw new TokenError('a token name is 1 to 100 letters, digits, dots, dashes or underscores');
  const [plan] = await db.select({ id: t.plans.id }).from(t.plans).where(eq(t.plans.id, token.planId));
  if (!plan) throw new TokenError(`there is no plan with id "${token.planId}"`);
  const [taken] = await db.select({ id: t.apiTokens.id }).from(t.apiTokens).where(eq(t.apiTokens.name, token.name));
  if (taken) throw new TokenError(`a token named "${token.name}" already exists (revoke it first, or choose another name)`);
  const secret = newApiToken();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.apiTokens)
      .values({ name: token.name, tokenHash: hashSecret(secret), role: token.role, planId: token.planId, expiresAt: token.expiresAt })
      .returning({ id: t.apiTokens.id });
    if (!row) throw new Error('the token row was not written');
    await auditAuth(tx, {
      event: 'token.created',
      tokenId: row.id,
      label: actorLabel,
      planId: token.planId,
      details: { name: token.name, role: token.role, expiresAt: token.expiresAt.toISOString() },
    });
    return { id: row.id, token: secret };
  });
}

export async function listTokens(db: Db): Promise<TokenInfo[]> {
  return db
    .select({
      id: t.apiTokens.id,
      name: t.apiTokens.name,
      role: t.apiTokens.role,
      planId: t.apiTokens.planId,
      createdAt: t.apiTokens.createdAt,
      expiresAt: t.apiTokens.expiresAt,
      lastUsedAt: t.apiTokens.lastUsedAt,
      revokedAt: t.apiTokens.revokedAt,
    })
    .from(t.apiTokens)
    .orderBy(asc(t.apiTokens.name));
}

/** Revokes the named token at once. False when there is no such token or it was already revoked. */
export async function revokeToken(db: Db, name: string, now: Date, actorLabel: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(t.apiTokens).where(eq(t.apiTokens.name, name));
    if (!row || row.revokedAt) return false;
    await tx.update(t.apiTokens).set({ revokedAt: now }).where(eq(t.apiTokens.id, row.id));
    await auditAuth(tx, { event: 'token.revoked', tokenId: row.id, label: actorLabel, planId: row.planId ?? undefined, details: { name } });
    return true;
  });
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX);
}

/**
 * The principal a presented token stands for, or undefined when it is unknown, revoked
 * or expired. Both outcomes are audited (a refused unknown token has no token id).
 */
export async function tokenPrincipal(db: Db, presented: string, now: Date, request: { method: string; path: string }): Promise<Principal | undefined> {
  const [row] = await db.select().from(t.apiTokens).where(eq(t.apiTokens.tokenHash, hashSecret(presented)));
  const refusal = !row ? 'unknown token' : row.revokedAt ? 'revoked' : row.expiresAt && row.expiresAt.getTime() <= now.getTime() ? 'expired' : undefined;
  if (!row || refusal) {
    await auditAuth(db, { event: 'token.refused', tokenId: row?.id, label: row?.name, reason: refusal, details: request });
    return undefined;
  }
  await db.update(t.apiTokens).set({ lastUsedAt: now }).where(eq(t.apiTokens.id, row.id));
  await auditAuth(db, { event: 'token.used', tokenId: row.id, label: row.name, planId: row.planId ?? undefined, details: request });
  const grant = { role: row.role, leadKeys: [] };
  return {
    kind: 'token',
    id: row.id,
    name: row.name,
    // A token made before plan scoping (no plan) is refused rather than given every plan.
    everyPlan: undefined,
    plans: row.planId ? { [row.planId]: grant } : {},
  };
}
