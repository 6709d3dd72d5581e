/**
 * The data folder's owner, for command-line tools that go through the running server
 * (PGlite admits one process per folder, so `npm run import` cannot open it while the
 * server runs). The server makes a random key at each start and writes it into the
 * folder's claim file (server.json, readable by its owner only); a tool that can read
 * that file could read the database files themselves, so trusting it as an admin of
 * every plan gives nothing away. The key dies with the server process.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Principal } from './principal';

const PREFIX = 'ipd_local_';

export function newOperatorKey(): string {
  return `${PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function isOperatorKey(presented: string, key: string | undefined): boolean {
  if (key === undefined || !presented.startsWith(PREFIX)) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const OPERATOR: Principal = {
  kind: 'token',
  id: 'local-operator',
  name: 'the data folder owner (command line)',
  everyPlan: { role: 'admin', leadKeys: [] },
  plans: {},
};
