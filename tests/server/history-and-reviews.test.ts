/**
 * History nobody can rewrite and the board's recorded ratings, on a real database
 * (PGlite here; PostgreSQL with DATABASE_URL): the database itself refuses UPDATE and
 * DELETE of audit rows and any change to a recorded review; recording a review keeps
 * every action's current rating and rationale.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import type { PlanRole } from '../../server/auth/roles';
import { withWriteServer } from './test-write-app';

const PLAN = demoMain.plan.id;
const { server, send } = withWriteServer();


/** The database's answer to a statement: undefined when it ran, else its error message. */
async function refusal(statement: string): Promise<string | undefined> {
  try {
    await server().database.db.execute(sql.raw(statement));
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
}

describe('the audit log', () => {
  it('the database refuses UPDATE and DELETE of its rows; INSERT still works', async () => {
    const saved = await send('lead', { method: 'POST', url: `/api/plans/${PLAN}/actions/7.3/updates`, headers: { 'if-match': '"1"' }, body: { text: 'A note.' } });
    expect(saved.statusCode).toBe(201);
    expect(await refusal(`update audit_log set reason = 'rewritten' where action_id = '7.3'`)).toMatch(/audit_log is append-only: UPDATE refused/);
    expect(await refusal(`delete from audit_log where action_id = '7.3'`)).toMatch(/audit_log is append-only: DELETE refused/);
    expect(await refusal(`insert into audit_log (event, actor_label) values ('test.appended', 'test')`)).toBeUndefined();
    const history = (await send('viewer', { method: 'GET', url: `/api/plans/${PLAN}/actions/7.3/history` })).json() as { entries: { to: string }[] };
    expect(history.entries.map((e) => e.to)).toEqual(['A note.']);
  });
});

describe('recording the board’s ratings', () => {
  const record = (role: PlanRole, body: unknown) => send(role, { method: 'POST', url: `/api/plans/${PLAN}/reviews`, body });

  it('keeps every action’s current rating, with the rationale of a rating changed since, and becomes the latest review', async () => {
    const changed = await send('lead', {
      method: 'POST',
      url: `/api/plans/${PLAN}/actions/7.3/updates`,
      headers: { 'if-match': '"1"' },
      body: { text: 'Posts filled.', rating: 'amber', rationale: 'Two of three posts filled.' },
    });
    expect(changed.statusCode).toBe(201);

    const response = await record('editor', { title: 'Improvement Board', date: '2024-01-11' });
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toBe(`/api/plans/${PLAN}/reviews/review-2024-01-11`);
    const review = response.json() as { id: string; forum: string; date: string; ratings: { actionId: string; rating: string | null; rationale?: string }[]; counts: Record<string, number> };
    expect(review).toMatchObject({ id: 'review-2024-01-11', forum: 'Improvement Board', date: '2024-01-11' });
    // One line per action, in plan order, each with the action's rating now.
    const expected = demoMain.actions.actions.map((a) => ({ actionId: a.id, rating: a.id === '7.3' ? 'amber' : a.rating }));
    expect(review.ratings.map(({ actionId, rating }) => ({ actionId, rating }))).toEqual(expected);
    expect(review.ratings.find((r) => r.actionId === '7.3')?.rationale).toBe('Two of three posts filled.');
    const counted: Record<string, number> = { blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 };
    for (const { rating } of expected) counted[rating ?? 'unrated'] = (counted[rating ?? 'unrated'] ?? 0) + 1;
    expect(review.counts).toEqual(counted);

    const list = (await send('viewer', { method: 'GET', url: `/api/plans/${PLAN}/reviews` })).json() as { reviews: { id: string }[] };
    expect(list.reviews.at(-1)?.id).toBe('review-2024-01-11');
    expect(list.reviews).toHaveLength(demoMain.reviews.reviews.length + 1);

    // A second meeting the same day gets its own id.
    expect((await record('editor', { title: 'Extraordinary Board', date: '2024-01-11' })).json()).toMatchObject({ id: 'review-2024-01-11-2' });
  });

  it('refuses an empty title, an impossible date, an unknown field, or a date before the last review (422 naming each)', async () => {
    const invalid = await record('editor', { title: ' ', date: '2024-02-30', room: 'A' });
    expect(invalid.statusCode).toBe(422);
    expect((invalid.json() as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(['date', 'room', 'title']);
    const lastDate = demoMain.reviews.reviews.at(-1)?.date ?? '';
    const early = await record('editor', { title: 'Board', date: '2023-01-01' });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ errors: [{ field: 'date', message: expect.stringContaining(lastDate.slice(0, 4)) }] });
  });

  it('the database refuses to change or delete a recorded review or its ratings; imported reviews stay editable by import', async () => {
    expect((await record('editor', { title: 'Improvement Board', date: '2024-01-11' })).statusCode).toBe(201);
    const id = 'review-2024-01-11';
    expect(await refusal(`update review_ratings set rating = 'blue' where review_id = '${id}' and action_id = '7.3'`)).toMatch(/recorded by the board/);
    expect(await refusal(`delete from review_ratings where review_id = '${id}'`)).toMatch(/recorded by the board/);
    expect(await refusal(`update reviews set forum = 'Other' where id = '${id}'`)).toMatch(/recorded by the board/);
    expect(await refusal(`delete from reviews where id = '${id}'`)).toMatch(/recorded by the board/);
    const imported = demoMain.reviews.reviews[0]?.id ?? '';
    expect(await refusal(`update review_ratings set rationale = 'corrected' where review_id = '${imported}' and position = 0`)).toBeUndefined();
  });
});
