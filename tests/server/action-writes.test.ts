/**
 * The write path on a real database (PGlite here; PostgreSQL when DATABASE_URL is set,
 * as CI runs it): one action with its ETag, progress updates with If-Match (428, 412,
 * 422 naming each field, 201), editors' changes, the history, role rules, and every
 * response checked against api/openapi.yaml.
 */
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import type { PlanRole } from '../../server/auth/roles';
import { withWriteServer } from './test-write-app';

const PLAN = demoMain.plan.id;
/** Led by "Service Director (Improvement)", one of the demo lead's own; rated red in the fixture. */
const OWN = '7.3';
/** Led by "Service Director (Safeguarding and Family Support)": not the demo lead's. */
const OTHERS = '3.1';
const actionUrl = (id: string) => `/api/plans/${PLAN}/actions/${id}`;
const today = () => new Date().toISOString().slice(0, 10);

const { server, send } = withWriteServer();


const update = (role: PlanRole, id: string, body: unknown, etag?: string) =>
  send(role, { method: 'POST', url: `${actionUrl(id)}/updates`, headers: etag === undefined ? {} : { 'if-match': etag }, body });

async function etagOf(id: string): Promise<string> {
  const response = await send('viewer', { method: 'GET', url: actionUrl(id) });
  return String(response.headers.etag);
}

describe('one action', () => {
  it('is served with its version as a strong ETag, and 304 when the client has it', async () => {
    const response = await send('viewer', { method: 'GET', url: actionUrl(OWN) });
    expect(response.statusCode).toBe(200);
    const fixture = demoMain.actions.actions.find((a) => a.id === OWN);
    expect(response.json()).toEqual({ ...fixture, version: '1' });
    expect(response.headers.etag).toBe('"1"');
    const again = await send('viewer', { method: 'GET', url: actionUrl(OWN), headers: { 'if-none-match': '"1"' } });
    expect(again.statusCode).toBe(304);
  });

  it('every action in the list carries its version', async () => {
    const response = await send('viewer', { method: 'GET', url: `/api/plans/${PLAN}/actions` });
    const actions = (response.json() as { actions: { version?: string }[] }).actions;
    expect(actions).toHaveLength(demoMain.actions.actions.length);
    expect(actions.every((a) => a.version === '1')).toBe(true);
  });

  it('an unknown action or plan is a 404 naming it', async () => {
    const action = await send('viewer', { method: 'GET', url: actionUrl('99.9') });
    expect(action.statusCode).toBe(404);
    expect(action.json()).toMatchObject({ detail: expect.stringContaining('"99.9"') });
    const plan = await send('viewer', { method: 'GET', url: '/api/plans/no-such-plan/actions/1.1' });
    expect(plan.statusCode).toBe(404);
    expect(plan.json()).toMatchObject({ detail: expect.stringContaining('"no-such-plan"') });
  });
});

describe('a progress update', () => {
  it('without If-Match is refused with 428, and nothing is written', async () => {
    const response = await update('lead', OWN, { text: 'Recruited.' });
    expect(response.statusCode).toBe(428);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 428, detail: expect.stringContaining('If-Match') });
    expect(await etagOf(OWN)).toBe('"1"');
  });

  it('records a dated note and a rating change with its rationale: 201, the new ETag, the history', async () => {
    const response = await update('lead', OWN, { text: '  Both posts filled.  ', rating: 'amber', rationale: 'Posts filled; backlog remains.' }, '"1"');
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"2"');
    expect(response.headers.location).toBe(actionUrl(OWN));
    const action = response.json() as { rating: string; ratedOn: string; rationale: string; version: string; progress: { date?: string; text: string; by?: string }[] };
    expect(action).toMatchObject({ rating: 'amber', ratedOn: today(), rationale: 'Posts filled; backlog remains.', version: '2' });
    const fixtureNotes = demoMain.actions.actions.find((a) => a.id === OWN)?.progress ?? [];
    expect(action.progress).toEqual([...fixtureNotes, { date: today(), text: 'Both posts filled.', by: 'Lee Lead' }]);

    // Every view reads the list: it shows the new state at once (its cache follows the plan's revision).
    const list = await send('viewer', { method: 'GET', url: `/api/plans/${PLAN}/actions` });
    expect((list.json() as { actions: { id: string }[] }).actions.find((a) => a.id === OWN)).toEqual(action);

    const history = await send('viewer', { method: 'GET', url: `${actionUrl(OWN)}/history` });
    expect(history.json()).toEqual({
      entries: [
        { at: expect.any(String), by: 'Lee Lead', version: '2', change: 'update', field: 'rating', from: 'red', to: 'amber', reason: 'Posts filled; backlog remains.' },
        { at: expect.any(String), by: 'Lee Lead', version: '2', change: 'update', field: 'progress', from: null, to: 'Both posts filled.', reason: null },
      ],
    });
  });

  it('"no change this week": a note alone, and a rating equal to the current one needs no rationale', async () => {
    const response = await update('lead', OWN, { text: 'No change this week.', rating: 'red' }, '"1"');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ rating: 'red', version: '2' });
    expect(response.json()).not.toHaveProperty('rationale');
    const history = (await send('viewer', { method: 'GET', url: `${actionUrl(OWN)}/history` })).json() as { entries: { field: string }[] };
    expect(history.entries.map((e) => e.field)).toEqual(['progress']);
  });

  it('422 names each field: no rationale for a rating change, empty or over-long text, an unknown field; nothing is written', async () => {
    const cases: [unknown, string[]][] = [
      [{ text: 'Better.', rating: 'green' }, ['rationale']],
      [{ text: '   ' }, ['text']],
      [{ text: 'x'.repeat(2001) }, ['text']],
      [{ text: 'Fine.', rationale: 'y'.repeat(1001), rating: 'green' }, ['rationale']],
      [{ text: 'Fine.', colour: 'green', rating: 'purple' }, ['colour', 'rating']],
      [{}, ['text']],
    ];
    for (const [body, fields] of cases) {
      const response = await update('lead', OWN, body, '"1"');
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
      const problem = response.json() as { errors: { field: string; message: string }[] };
      expect(problem.errors.map((e) => e.field).sort()).toEqual(fields);
    }
    expect((await send('viewer', { method: 'GET', url: actionUrl(OWN) })).json()).toMatchObject({ rating: 'red', version: '1' });
    expect((await send('viewer', { method: 'GET', url: `${actionUrl(OWN)}/history` })).json()).toEqual({ entries: [] });
  });

  it('a stale If-Match gets 412 with the action as it is now and who changed it; nothing is written', async () => {
    await update('editor', OWN, { text: 'Escalated.', rating: 'amber', rationale: 'Agency staff in post.' }, '"1"');
    const response = await update('lead', OWN, { text: 'My note.' }, '"1"');
    expect(response.statusCode).toBe(412);
    const problem = response.json() as { detail: string; current: { version: string; rating: string }; changes: { by: string; field: string }[] };
    expect(problem.detail).toContain('Eddie Editor');
    expect(problem.current).toMatchObject({ version: '2', rating: 'amber' });
    expect(problem.changes.map((c) => [c.by, c.field])).toEqual([
      ['Eddie Editor', 'rating'],
      ['Eddie Editor', 'progress'],
    ]);
    // A weak or malformed tag never matches (If-Match compares strongly).
    expect((await update('lead', OWN, { text: 'x' }, 'W/"2"')).statusCode).toBe(412);
    expect((await update('lead', OWN, { text: 'x' }, 'banana')).statusCode).toBe(412);
    expect(await etagOf(OWN)).toBe('"2"');
  });
});

describe('an editor’s change', () => {
  const patch = (role: PlanRole, id: string, body: unknown, etag?: string) =>
    send(role, { method: 'PATCH', url: actionUrl(id), headers: etag === undefined ? {} : { 'if-match': etag }, body });

  it('moves a deadline with a reason: the move shows on the action and in the list, and in the history', async () => {
    const first = await patch('editor', OTHERS, { deadline: '2024-06', reason: 'New system goes live in May.' }, '"1"');
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const second = await patch('editor', OTHERS, { deadline: null, deadlineText: 'Autumn 2024', reason: 'Depends on the partnership.' }, '"2"');
    expect(second.statusCode).toBe(200);
    const action = second.json() as { deadline: string | null; deadlineText: string; deadlineMoves: { from: string | null; to: string | null; by: string; reason: string }[] };
    expect(action.deadline).toBeNull();
    expect(action.deadlineText).toBe('Autumn 2024');
    // The fixture's deadline for 3.1 is 2022-01.
    expect(action.deadlineMoves.map(({ from, to, by, reason }) => ({ from, to, by, reason }))).toEqual([
      { from: '2022-01', to: '2024-06', by: 'Eddie Editor', reason: 'New system goes live in May.' },
      { from: '2024-06', to: 'Autumn 2024', by: 'Eddie Editor', reason: 'Depends on the partnership.' },
    ]);
    const list = (await send('viewer', { method: 'GET', url: `/api/plans/${PLAN}/actions` })).json() as { actions: { id: string; deadlineMoves?: unknown[] }[] };
    expect(list.actions.find((a) => a.id === OTHERS)?.deadlineMoves).toHaveLength(2);
    expect(list.actions.filter((a) => a.deadlineMoves !== undefined).map((a) => a.id)).toEqual([OTHERS]);
    const history = (await send('viewer', { method: 'GET', url: `${actionUrl(OTHERS)}/history` })).json() as { entries: { field: string; from: string | null; to: string | null; change: string }[] };
    expect(history.entries.map((e) => [e.change, e.field, e.from, e.to])).toEqual([
      ['edit', 'deadline', '2024-06', null],
      ['edit', 'deadlineText', null, 'Autumn 2024'],
      ['edit', 'deadline', '2022-01', '2024-06'],
    ]);
  });

  it('needs a reason and real fields (422 naming each), If-Match (428), and the current version (412)', async () => {
    const invalid = await patch('editor', OTHERS, { deadline: '2024-02-30', owner: 'me' }, '"1"');
    expect(invalid.statusCode).toBe(422);
    expect((invalid.json() as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(['deadline', 'owner', 'reason']);
    expect((await patch('editor', OTHERS, { title: 'New', reason: 'Clearer.' })).statusCode).toBe(428);
    expect((await patch('editor', OTHERS, { title: 'New', reason: 'Clearer.' }, '"9"')).statusCode).toBe(412);
    expect(await etagOf(OTHERS)).toBe('"1"');
  });
});

describe('who may write', () => {
  it('a viewer may not update; a lead only the actions they lead; an editor any', async () => {
    const viewer = await update('viewer', OWN, { text: 'x' }, '"1"');
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json()).toMatchObject({ detail: expect.stringContaining('viewer') });
    const notTheirs = await update('lead', OTHERS, { text: 'x' }, '"1"');
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json()).toMatchObject({ detail: expect.stringContaining('Service Director (Safeguarding and Family Support)') });
    expect((await update('lead', OWN, { text: 'Mine.' }, '"1"')).statusCode).toBe(201);
    expect((await update('editor', OTHERS, { text: 'Any.' }, '"1"')).statusCode).toBe(201);
    expect((await update('admin', OTHERS, { text: 'Any.' }, '"2"')).statusCode).toBe(201);
  });

  it('only editors and admins change deadlines, leads and titles, or record a review', async () => {
    const body = { title: 'Renamed', reason: 'Clearer.' };
    for (const role of ['viewer', 'lead'] as const) {
      expect((await send(role, { method: 'PATCH', url: actionUrl(OWN), headers: { 'if-match': '"1"' }, body })).statusCode).toBe(403);
      expect((await send(role, { method: 'POST', url: `/api/plans/${PLAN}/reviews`, body: { title: 'Board', date: '2024-01-11' } })).statusCode).toBe(403);
    }
    expect((await send('admin', { method: 'PATCH', url: actionUrl(OWN), headers: { 'if-match': '"1"' }, body })).statusCode).toBe(200);
  });

  it('nobody signed in writes nothing (401)', async () => {
    const response = await server().app.inject({ method: 'POST', url: `${actionUrl(OWN)}/updates`, headers: { 'if-match': '"1"' }, payload: { text: 'x' } });
    expect(response.statusCode).toBe(401);
    expect(await etagOf(OWN)).toBe('"1"');
  });
});
