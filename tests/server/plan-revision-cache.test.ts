/**
 * The plan lists the API serves are kept in memory by plan revision, and on the
 * embedded database the revisions themselves too (response-cache.ts): a write must
 * show on the very next read, however it was made, and a read in flight while a plan
 * changes must not leave the old body in place. On PostgreSQL (DATABASE_URL) the same
 * tests check the per-request revision lookup.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { demoSessionCookie, withWriteServer } from './test-write-app';

const PLAN = demoMain.plan.id;
const LIST = `/api/plans/${PLAN}/actions`;
const { server, send } = withWriteServer();

interface ServedList {
  actions: { id: string; title: string; version: string; progress: { text: string }[] }[];
}

async function list(): Promise<{ etag: string; body: ServedList }> {
  const response = await send('viewer', { method: 'GET', url: LIST });
  expect(response.statusCode).toBe(200);
  return { etag: String(response.headers.etag), body: response.json<ServedList>() };
}

const served = (body: ServedList, id: string) => body.actions.find((action) => action.id === id);

describe('the actions list kept in memory', () => {
  it('shows each update through the API on the very next read, with a new ETag', async () => {
    const id = demoMain.actions.actions[0]?.id ?? '';
    let etag = '"1"';
    const seen = new Set([(await list()).etag]);
    for (let n = 1; n <= 5; n += 1) {
      const update = await send('editor', { method: 'POST', url: `${LIST}/${id}/updates`, headers: { 'if-match': etag }, body: { text: `Update ${n}` } });
      expect(update.statusCode).toBe(201);
      etag = String(update.headers.etag);
      const after = await list();
      expect(served(after.body, id)?.progress.at(-1)?.text).toBe(`Update ${n}`);
      expect(served(after.body, id)?.version).toBe(String(n + 1));
      expect(seen.has(after.etag)).toBe(false);
      seen.add(after.etag);
    }
  });

  it('shows a change written straight to the database (no API call) on the very next read', async () => {
    const id = demoMain.actions.actions[1]?.id ?? '';
    await list();
    await server().database.db.transaction(async (tx) => {
      await tx.execute(sql`update actions set title = 'Retitled in SQL' where plan_id = ${PLAN} and id = ${id}`);
      await tx.execute(sql`update plans set revision = gen_random_uuid() where id = ${PLAN}`);
    });
    expect(served((await list()).body, id)?.title).toBe('Retitled in SQL');
  });

  it('keeps serving the same body and ETag after a write that was rolled back', async () => {
    const before = await list();
    await expect(
      server().database.db.transaction(async (tx) => {
        await tx.execute(sql`update plans set revision = gen_random_uuid() where id = ${PLAN}`);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    const after = await list();
    expect(after.etag).toBe(before.etag);
    expect(after.body).toEqual(before.body);
  });

  it('a read in flight while an update commits never hides the update from the next read', async () => {
    const ids = demoMain.actions.actions.slice(0, 10).map((action) => action.id);
    await list();
    for (const [n, id] of ids.entries()) {
      // The read and the write race on the one database; whichever wins, the read after both sees the write.
      const [, update] = await Promise.all([
        server().as('viewer', { method: 'GET', url: LIST }),
        server().as('editor', { method: 'POST', url: `${LIST}/${id}/updates`, headers: { 'if-match': '"1"' }, body: { text: `Raced ${n}` } }),
      ]);
      expect(update.statusCode).toBe(201);
      expect(served((await list()).body, id)?.progress.at(-1)?.text).toBe(`Raced ${n}`);
    }
  });

  it('answers 404 at once for a plan that is gone, and serves it again once it is back', async () => {
    await list();
    await server().database.reset();
    // Emptying the tables ended the sessions too: a fresh one, made in the database.
    const cookie = await demoSessionCookie(server().database.db, 'viewer');
    const gone = await server().app.inject({ method: 'GET', url: LIST, headers: { cookie } });
    expect(gone.statusCode).toBe(404);
    await server().reset();
    expect((await list()).body.actions).toHaveLength(demoMain.actions.actions.length);
  });
});
