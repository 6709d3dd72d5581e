/**
 * A memo of database reads that stays right because it is cleared on every change
 * the database reports (database-changes.ts). A read that was in flight when a change
 * arrived is returned to its caller but not kept: it may predate the change.
 * Entries are re-read after `maxAgeMs`; the oldest go first beyond `maxEntries`.
 */
export interface CacheLimits {
  maxAgeMs: number;
  maxEntries: number;
}

export class ChangeInvalidatedCache<K, V> {
  private readonly entries = new Map<K, { value: V; storedAt: number }>();
  /** Bumped by every clear or delete, so a read that started before one is not kept. */
  private generation = 0;

  constructor(private readonly limits: CacheLimits) {}

  /** The kept value while it is younger than maxAgeMs (by `nowMs`), else `load()`'s, kept unless undefined. */
  async get(key: K, nowMs: number, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.entries.get(key);
    if (hit && nowMs >= hit.storedAt && nowMs - hit.storedAt < this.limits.maxAgeMs) return hit.value;
    const generation = this.generation;
    const value = await load();
    this.entries.delete(key);
    if (value !== undefined && generation === this.generation) {
      if (this.entries.size >= this.limits.maxEntries) {
        const oldest = this.entries.keys().next();
        if (!oldest.done) this.entries.delete(oldest.value);
      }
      this.entries.set(key, { value, storedAt: nowMs });
    }
    return value;
  }

  delete(key: K): void {
    this.generation += 1;
    this.entries.delete(key);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
