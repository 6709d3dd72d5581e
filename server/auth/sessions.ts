/**
 * Server-side sessions. The cookie carries a random id; the database keeps its hash,
 * the user, when it was last used (idle expiry) and when it ends regardless of use
 * (absolute expiry). Revoking sets `revoked_at`; the row stays for the record.
 */
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import * as t from '../db/schema';
import type { Db } from '../storage/database';
import type { Principal } from './principal';
import { hashSecret, newSecret } from './secrets';
import { userPrincipal } from './users';

export interface SessionPolicy {
  /** A session unused for this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, however much it is used. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 };

/** `last_seen_at` is written at most this often, so reads do not each cost a write. */
export const TOUCH_EVERY_MS = 60_000;

/** Starts a session for the user and returns its id (for the cookie; only its hash is stored). */
export async function createSession(db: Db, userId: string, now: Date, policy: SessionPolicy): Promise<string> {
  const id = newSecret();
  await db.insert(t.sessions).values({
    idHash: hashSecret(id),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.absoluteMs),
  });
  return id;
}

/** A live session as read at some moment: who, and the limits a later use is checked against. */
export interface LiveSession {
  readonly principal: Principal;
  readonly expiresAt: Date;
  /** When it was last used (as far as this reader knows). */
  lastUsedAt: Date;
}

/** True while the session is inside both limits at `now`: not idle too long, not past its end. */
export function withinSessionLimits(session: Pick<LiveSession, 'expiresAt' | 'lastUsedAt'>, now: Date, policy: SessionPolicy): boolean {
  return session.expiresAt.getTime() > now.getTime() && session.lastUsedAt.getTime() + policy.idleMs > now.getTime();
}

/** The session when it is live at `now` (not revoked, not idle or past its end, user enabled), marked as used then. */
export async function readLiveSession(db: Db, sessionId: string, now: Date, policy: SessionPolicy): Promise<LiveSession | undefined> {
  const idHash = hashSecret(sessionId);
  const [session] = await db.select().from(t.sessions).where(eq(t.sessions.idHash, idHash));
  if (!session || session.revokedAt) return undefined;
  if (!withinSessionLimits({ expiresAt: session.expiresAt, lastUsedAt: session.lastSeenAt }, now, policy)) return undefined;
  const principal = await userPrincipal(db, session.userId);
  if (!principal) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.update(t.sessions).set({ lastSeenAt: now }).where(eq(t.sessions.idHash, idHash));
  }
  return { principal, expiresAt: session.expiresAt, lastUsedAt: now };
}

/** The session's principal when the session is live (see readLiveSession). */
export async function sessionPrincipal(db: Db, sessionId: string, now: Date, policy: SessionPolicy): Promise<Principal | undefined> {
  return (await readLiveSession(db, sessionId, now, policy))?.principal;
}

/** Ends one session (sign-out, or rotation at sign-in). Returns its user id when it was live. */
export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .update(t.sessions)
    .set({ revokedAt: now })
    .where(and(eq(t.sessions.idHash, hashSecret(sessionId)), isNull(t.sessions.revokedAt)))
    .returning({ userId: t.sessions.userId });
  return row?.userId;
}

/** Ends every session of a user (an admin removing someone's access). Returns how many. */
export async function revokeUserSessions(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(t.sessions)
    .set({ revokedAt: now })
    .where(and(eq(t.sessions.userId, userId), isNull(t.sessions.revokedAt)))
    .returning({ idHash: t.sessions.idHash });
  return rows.length;
}

/** Deletes sessions that ended before `before` (housekeeping; they can never be used again). */
export async function deleteEndedSessions(db: Db, before: Date): Promise<void> {
  await db.delete(t.sessions).where(or(lt(t.sessions.expiresAt, before), lt(t.sessions.revokedAt, before)));
}
