/**
 * Random secrets and their stored form. Only a SHA-256 hash of a session id or an API
 * token is ever written to the database, so a copy of the database (or a backup) does
 * not let anyone sign in. A secret is 32 random bytes: hashing needs no salt or slow KDF.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** API tokens start with this, so secret scanners and the log scan can recognise one. */
export const TOKEN_PREFIX = 'ipd_';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newApiToken(): string {
  return `${TOKEN_PREFIX}${newSecret()}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of two strings (used for PKCE state checks). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
