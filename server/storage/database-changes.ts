/**
 * What the database tells this process about committed changes, for the in-memory
 * caches (plan revisions in response-cache.ts, sessions in auth/session-reader.ts).
 * Triggers (migration 0005) NOTIFY a channel at commit; a rolled-back write notifies nobody.
 *
 * Only the embedded database (PGlite) offers this: one process holds the data folder,
 * so every write goes through this process, and PGlite runs a listener while it reads
 * the COMMIT's answer, before the writer's own code resumes. A cache cleared by these
 * notifications is therefore never behind a write that has returned. On a PostgreSQL
 * server other processes write too and a notification arrives later on another
 * connection, so there the server keeps reading per request (see the README).
 */
import type { PGlite } from '@electric-sql/pglite';

export const CHANGE_CHANNELS = ['plan_changed', 'auth_changed'] as const;
export type ChangeChannel = (typeof CHANGE_CHANNELS)[number];

export interface DatabaseChanges {
  /**
   * Calls `listener` for every committed change on the channel (payload: plan_changed
   * carries the plan id, or '' when every plan went). Returns the unsubscribe function.
   */
  subscribe(channel: ChangeChannel, listener: (payload: string) => void): () => void;
}

/** LISTENs on every channel of a PGlite database and fans each notification out to the subscribers. */
export async function listenToPglite(client: PGlite): Promise<DatabaseChanges> {
  const listeners = new Map<ChangeChannel, Set<(payload: string) => void>>(CHANGE_CHANNELS.map((channel) => [channel, new Set()]));
  for (const channel of CHANGE_CHANNELS) {
    await client.listen(channel, (payload) => {
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    });
  }
  return {
    subscribe(channel, listener) {
      const subscribers = listeners.get(channel);
      subscribers?.add(listener);
      return () => subscribers?.delete(listener);
    },
  };
}
