/**
 * Serialised plan responses, kept while the plan is unchanged. Every write to a plan
 * gives it a new `revision` (plans.revision), so an entry is valid exactly while its
 * revision is the plan's current one. On a PostgreSQL server, where other processes
 * write too, checking that costs one indexed lookup per request. On the embedded
 * database this process is the only writer and is told of every plan change at commit
 * (database-changes.ts), so the current revisions are kept in memory too, and a
 * request for an unchanged plan touches no database at all.
 *
 * Filling reads the revision and the data in one repeatable-read transaction, so a
 * body is never stored under a revision it does not belong to. Bodies are JSON unless
 * the route encodes its own (the Excel export).
 */
import { Precompressed } from '../http/precompressed';
import { ChangeInvalidatedCache } from './change-invalidated-cache';
import type { Db } from './database';
import type { DatabaseChanges } from './database-changes';
import { planRevision } from './plan-reads';

export interface CachedResponse {
  revision: string;
  body: Buffer;
  /** A weak validator: the plan's revision and the resource, so it changes when the data does. */
  etag: string;
  /** The body brotli- or gzip-compressed, made on first demand and kept with it. */
  compressed: Precompressed;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  /** Each plan's current revision, when the database reports every change (else undefined: read each time). */
  private readonly revisions: ChangeInvalidatedCache<string, string> | undefined;

  constructor(changes?: DatabaseChanges) {
    if (!changes) return;
    const revisions = new ChangeInvalidatedCache<string, string>({ maxAgeMs: Number.POSITIVE_INFINITY, maxEntries: 10_000 });
    changes.subscribe('plan_changed', () => revisions.clear());
    this.revisions = revisions;
  }

  private currentRevision(db: Db, planId: string): Promise<string | undefined> {
    return this.revisions ? this.revisions.get(planId, 0, () => planRevision(db, planId)) : planRevision(db, planId);
  }

  /**
   * The current response for one resource of a plan, from cache when the plan has not
   * changed since, else read with `read` and kept. Undefined when there is no such plan.
   */
  async get(
    db: Db,
    planId: string,
    resource: string,
    read: (db: Db, planId: string) => Promise<unknown>,
    encode: (value: unknown) => Buffer | Promise<Buffer> = (value) => Buffer.from(JSON.stringify(value)),
  ): Promise<CachedResponse | undefined> {
    const key = `${planId}\u0000${resource}`;
    const revision = await this.currentRevision(db, planId);
    if (revision === undefined) {
      this.entries.delete(key);
      return undefined;
    }
    const cached = this.entries.get(key);
    if (cached?.revision === revision) return cached;

    const fresh = await db.transaction(
      async (tx) => {
        const current = await planRevision(tx, planId);
        const value = current === undefined ? undefined : await read(tx, planId);
        return current === undefined || value === undefined ? undefined : { revision: current, value };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    if (!fresh) return undefined;
    const body = await encode(fresh.value);
    const entry = { revision: fresh.revision, body, etag: `W/"${fresh.revision}-${resource}"`, compressed: new Precompressed(body) };
    this.entries.set(key, entry);
    return entry;
  }
}
