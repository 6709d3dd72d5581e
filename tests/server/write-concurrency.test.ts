/**
 * No lost updates, on a real database (PGlite here; PostgreSQL with DATABASE_URL, where
 * the writers really run side by side on a pool of connections): of 50 updates sent
 * at once with the same ETag exactly one is saved; updates to different actions all are.
 */
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { withWriteServer } from './test-write-app';

const PLAN = demoMain.plan.id;
const actionUrl = (id: string) => `/api/plans/${PLAN}/actions/${id}`;

const { server } = withWriteServer();

const post = (id: string, text: string, etag: string) =>
  server().as('editor', { method: 'POST', url: `${actionUrl(id)}/updates`, headers: { 'if-match': etag }, body: { text } });

describe('concurrent updates', () => {
  it('50 updates to one action with the same ETag: exactly one 201 and 49 412s, one note written', async () => {
    const id = '7.3';
    const before = demoMain.actions.actions.find((a) => a.id === id)?.progress.length ?? 0;
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(id, `Writer ${i}`, '"1"')));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);

    const winner = responses.find((r) => r.statusCode === 201)?.json() as { progress: { text: string }[] };
    const action = (await server().as('viewer', { method: 'GET', url: actionUrl(id) })).json() as { version: string; progress: { text: string }[] };
    expect(action.version).toBe('2');
    expect(action.progress).toHaveLength(before + 1);
    expect(action.progress).toEqual(winner.progress);
    const history = (await server().as('viewer', { method: 'GET', url: `${actionUrl(id)}/history` })).json() as { entries: unknown[] };
    expect(history.entries).toHaveLength(1);
  });

  it('updates to 20 different actions at once all succeed, each with its own note and version', async () => {
    const ids = demoMain.actions.actions.slice(0, 20).map((a) => a.id);
    const responses = await Promise.all(ids.map((id) => post(id, `Update to ${id}`, '"1"')));
    expect(responses.map((r) => r.statusCode)).toEqual(ids.map(() => 201));
    const list = (await server().as('viewer', { method: 'GET', url: `/api/plans/${PLAN}/actions` })).json() as {
      actions: { id: string; version: string; progress: { text: string }[] }[];
    };
    for (const id of ids) {
      const action = list.actions.find((a) => a.id === id);
      expect(action?.version).toBe('2');
      expect(action?.progress.at(-1)?.text).toBe(`Update to ${id}`);
    }
  });

  it('updates one after another, each with the ETag the last one returned, all succeed in order', async () => {
    let etag = '"1"';
    for (let i = 0; i < 5; i += 1) {
      const response = await post('1.1', `Week ${i}`, etag);
      expect(response.statusCode).toBe(201);
      etag = String(response.headers.etag);
    }
    expect(etag).toBe('"6"');
  });
});
