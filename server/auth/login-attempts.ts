/** Sign-ins in progress: kept server-side for ten minutes, used once. */
import { eq, lt } from 'drizzle-orm';
import * as t from '../db/schema';
import type { Db } from '../storage/database';
import { hashSecret, newSecret } from './secrets';

const LIFETIME_MS = 10 * 60_000;

export interface LoginAttempt {
  state: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

/** Stores the attempt and returns the id for the browser's short-lived cookie. */
export async function saveLoginAttempt(db: Db, attempt: LoginAttempt, now: Date): Promise<string> {
  const id = newSecret();
  await db.delete(t.loginAttempts).where(lt(t.loginAttempts.expiresAt, now));
  await db.insert(t.loginAttempts).values({ idHash: hashSecret(id), ...attempt, createdAt: now, expiresAt: new Date(now.getTime() + LIFETIME_MS) });
  return id;
}

/** Takes the attempt (deleting it: a callback can be used once) when it has not expired. */
export async function takeLoginAttempt(db: Db, id: string, now: Date): Promise<LoginAttempt | undefined> {
  const [row] = await db.delete(t.loginAttempts).where(eq(t.loginAttempts.idHash, hashSecret(id))).returning();
  if (!row || row.expiresAt.getTime() <= now.getTime()) return undefined;
  return { state: row.state, codeVerifier: row.codeVerifier, nonce: row.nonce, returnTo: row.returnTo };
}

/** Only a path on this site may be returned to (no open redirect): `/plans/x?y`, never `//evil` or `https://...`. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/auth/')) return '/';
  return value.length > 2000 ? '/' : value;
}
