/** Audit rows for sign-in and token events. Details never hold a secret or a session id. */
import * as t from '../db/schema';
import type { Db } from '../storage/database';

export type AuthEvent =
  | 'sign-in'
  | 'sign-in.failed'
  | 'sign-out'
  | 'session.revoked'
  | 'token.created'
  | 'token.revoked'
  | 'token.used'
  | 'token.refused';

export interface AuthAuditEntry {
  event: AuthEvent;
  userId?: string | undefined;
  tokenId?: string | undefined;
  /** A name for people reading the log: the user's display name, the token's name, `cli`. */
  label?: string | undefined;
  planId?: string | undefined;
  reason?: string | undefined;
  details?: Record<string, unknown> | undefined;
}

export async function auditAuth(db: Db, entry: AuthAuditEntry): Promise<void> {
  await db.insert(t.auditLog).values({
    event: entry.event,
    actorUserId: entry.userId ?? null,
    actorTokenId: entry.tokenId ?? null,
    actorLabel: entry.label ?? null,
    planId: entry.planId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? null,
  });
}
