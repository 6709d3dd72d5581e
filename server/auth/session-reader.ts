/**
 * The sessions the auth plugin checks on every /api request. On the embedded database
 * a live session is kept in memory, so a request costs no database read: the database
 * reports every revocation, disabled user and changed grant at commit (the
 * auth_changed channel, database-changes.ts) and the whole cache is dropped then, and
 * this process's own sign-out forgets the session before it answers. The idle and
 * absolute limits are checked on every use against the kept times. An entry is
 * re-read after RECHECK_MS, which also keeps `last_seen_at` written (sessions.ts).
 *
 * On a PostgreSQL server (no change reports: other processes write) every request
 * reads the session, so a sign-out anywhere takes effect at once everywhere.
 */
import { ChangeInvalidatedCache } from '../storage/change-invalidated-cache';
import type { Db } from '../storage/database';
import type { DatabaseChanges } from '../storage/database-changes';
import type { Principal } from './principal';
import { hashSecret } from './secrets';
import { readLiveSession, withinSessionLimits, type LiveSession, type SessionPolicy } from './sessions';

/** How long a kept session is used before it is read again. */
export const RECHECK_MS = 10_000;

export class SessionReader {
  private readonly kept: ChangeInvalidatedCache<string, LiveSession> | undefined;

  constructor(
    private readonly db: Db,
    private readonly policy: SessionPolicy,
    changes: DatabaseChanges | undefined,
  ) {
    if (!changes) return;
    const kept = new ChangeInvalidatedCache<string, LiveSession>({ maxAgeMs: RECHECK_MS, maxEntries: 10_000 });
    changes.subscribe('auth_changed', () => kept.clear());
    this.kept = kept;
  }

  /** The principal of a live session, or undefined (unknown, revoked, idle, past its end, user disabled). */
  async principal(sessionId: string, now: Date): Promise<Principal | undefined> {
    if (!this.kept) return (await readLiveSession(this.db, sessionId, now, this.policy))?.principal;
    // Keyed by the hash, as in the database: the cookie's secret is not kept.
    const key = hashSecret(sessionId);
    const session = await this.kept.get(key, now.getTime(), () => readLiveSession(this.db, sessionId, now, this.policy));
    if (!session) return undefined;
    if (!withinSessionLimits(session, now, this.policy)) {
      this.kept.delete(key);
      return undefined;
    }
    if (now > session.lastUsedAt) session.lastUsedAt = now;
    return session.principal;
  }

  /** Drops a session this process has just revoked (sign-out, rotation at sign-in). */
  forget(sessionId: string): void {
    this.kept?.delete(hashSecret(sessionId));
  }
}
