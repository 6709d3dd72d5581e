/**
 * PGlite admits one process per data folder. Whoever opens the folder (the server,
 * or a command-line tool while the server is stopped) first claims it by writing
 * `server.json` there with its pid; the server adds its URL once it listens, so a
 * tool can send its work through the running server instead.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'server.json';

export interface DataDirOwner {
  pid: number;
  /** What holds the folder: `server` or a command's name. */
  command: string;
  /** The server's base URL (e.g. `http://127.0.0.1:8080`), once it listens. */
  url?: string;
  /** The key a command-line tool presents to the server (server/auth/operator.ts); the file is its owner's alone. */
  operatorKey?: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live process holding the folder, if any (a stale file from a crashed process does not count). */
export function dataDirOwner(dataDir: string): DataDirOwner | undefined {
  let owner: DataDirOwner;
  try {
    owner = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as DataDirOwner;
  } catch {
    return undefined;
  }
  return typeof owner.pid === 'number' && owner.pid !== process.pid && isAlive(owner.pid) ? owner : undefined;
}

/** Claims the folder (created when missing) for this process, or throws naming the process that holds it. */
export function claimDataDir(dataDir: string, command: string): void {
  mkdirSync(dataDir, { recursive: true });
  const owner = dataDirOwner(dataDir);
  if (owner) {
    throw new Error(
      `${dataDir} is in use by ${owner.command} (pid ${owner.pid}${owner.url ? `, ${owner.url}` : ''}): PGlite allows one process per data folder.`,
    );
  }
  writeOwner(dataDir, { pid: process.pid, command, startedAt: new Date().toISOString() });
}

/** Records the URL this process serves the folder's data on, and the key tools present to it. */
export function announceUrl(dataDir: string, url: string, operatorKey?: string): void {
  const owner = readOwn(dataDir);
  if (owner) writeOwner(dataDir, { ...owner, url, ...(operatorKey !== undefined && { operatorKey }) });
}

/** Gives the folder up, if this process holds it. */
export function releaseDataDir(dataDir: string): void {
  if (readOwn(dataDir)) rmSync(join(dataDir, LOCK_FILE), { force: true });
}

/**
 * The running server on this folder, confirmed by its health endpoint, or undefined.
 * An import uses this to decide: through the server when one runs, directly otherwise.
 */
export async function findRunningServer(dataDir: string): Promise<{ pid: number; url: string; operatorKey?: string } | undefined> {
  const owner = dataDirOwner(dataDir);
  if (!owner?.url) return undefined;
  try {
    const response = await fetch(`${owner.url}/healthz`, { signal: AbortSignal.timeout(2000) });
    return response.ok ? { pid: owner.pid, url: owner.url, ...(owner.operatorKey !== undefined && { operatorKey: owner.operatorKey }) } : undefined;
  } catch {
    return undefined;
  }
}

function readOwn(dataDir: string): DataDirOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as DataDirOwner;
    return owner.pid === process.pid ? owner : undefined;
  } catch {
    return undefined;
  }
}

function writeOwner(dataDir: string, owner: DataDirOwner): void {
  writeFileSync(join(dataDir, LOCK_FILE), `${JSON.stringify(owner, null, 2)}\n`, { mode: 0o600 });
}
