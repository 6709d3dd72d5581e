/**
 * GET /plans/{planId}/summary on the reference server and its real database: a small
 * plan's figures worked out by hand below, the 404 problem, ETag and 304 as for the
 * other plan resources, sign-in, and a change (through the API or straight in SQL)
 * showing on the very next read.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/api/schemas';
import { replacePlanBundle, type PlanBundle } from '../../server/storage/plan-bundle';
import { withWriteServer } from './test-write-app';

const PLAN = 'summary-test';
const URL = `/api/plans/${PLAN}/summary`;
/*
 * The actions' "as at" is later than any clock this test runs on: a write through the
 * API moves it to now only when now is later, so the reference date (15 March 2099)
 * and the figures that hang on it stay as worked out here.
 */
// Written as the server writes instants, so the summary's `asOf` compares as text.
const ACTIONS_AS_OF = '2099-03-15T10:00:00.000Z';

const action = (id: string, areaId: string, rating: PlanBundle['actions']['actions'][number]['rating'], deadline: string | null, deadlineText?: string) => ({
  id,
  areaId,
  title: `Action ${id}`,
  lead: 'Service Director (Improvement)',
  rating,
  deadline,
  ...(deadlineText !== undefined && { deadlineText }),
  progress: [],
});

const measure = (id: string, areaIds: string[], polarity: Measure['polarity'], target: Measure['target'], values: number[]): Measure => ({
  id,
  title: `Measure ${id}`,
  areaIds,
  unit: 'percent',
  polarity,
  frequency: 'monthly',
  ...(target && { target }),
  points: values.map((value, i) => ({ periodEnd: `2099-0${i + 1}-28`, value })),
});

const bundle: PlanBundle = {
  plan: {
    id: PLAN,
    title: 'Summary test plan',
    organisation: 'Test Council',
    status: 'active',
    asOf: '2099-03-01T09:00:00Z',
    // Out of number order on purpose: the summary lists areas by number.
    areas: [
      { id: 'b-2', number: 2, title: 'Workforce' },
      { id: 'b-1', number: 1, title: 'Leadership' },
      { id: 'b-3', number: 3, title: 'Front door' },
    ],
  },
  actions: {
    asOf: ACTIONS_AS_OF,
    actions: [
      action('1.1', 'b-1', 'red', '2099-03-14'), // the day before the reference date: overdue
      action('1.2', 'b-1', 'blue', '2099-01'), // long past, but blue: not overdue
      action('1.3', 'b-1', 'green', '2099-03-15'), // due on the reference date: due soon
      action('2.1', 'b-2', null, '2099-04-12'), // reference date + 28 days: due soon, unrated
      action('2.2', 'b-2', 'amber', '2099-04-13'), // + 29 days: neither
      action('2.3', 'b-2', 'not-due', null, 'Summer 2099'), // words, no date: neither
      action('2.4', 'b-2', 'amber', '2099-02-30'), // no such day: an invalid deadline
    ],
  },
  reviews: { asOf: ACTIONS_AS_OF, reviews: [] },
  measures: {
    asOf: ACTIONS_AS_OF,
    measures: [
      measure('m-1', ['b-1', 'b-2'], 'high-is-good', { value: 80, tolerance: 5 }, [70, 77]), // 77 within 5 below 80: near target, in both areas
      measure('m-2', ['b-2'], 'low-is-good', { value: 10 }, [12, 15]), // 15 above 10, no tolerance: off target
      measure('m-3', ['b-3'], 'high-is-good', { value: 50 }, []), // no figures: not collected
    ],
  },
};

const states = (near: number, off: number, notCollected: number) => ({
  'on-target': 0,
  'near-target': near,
  'off-target': off,
  'no-target': 0,
  'not-collected': notCollected,
  'no-figure': 0,
});

/** The summary of `bundle`, counted by hand from the comments above. */
const expected = {
  asOf: ACTIONS_AS_OF,
  referenceDate: '2099-03-15',
  actions: { counts: { blue: 1, green: 1, amber: 2, red: 1, 'not-due': 1, unrated: 1 }, total: 7, overdue: 1, dueSoon: 2, invalidDeadlines: 1 },
  areas: [
    { areaId: 'b-1', counts: { blue: 1, green: 1, amber: 0, red: 1, 'not-due': 0, unrated: 0 }, total: 3, overdue: 1, dueSoon: 1, invalidDeadlines: 0 },
    { areaId: 'b-2', counts: { blue: 0, green: 0, amber: 2, red: 0, 'not-due': 1, unrated: 1 }, total: 4, overdue: 0, dueSoon: 1, invalidDeadlines: 1 },
    { areaId: 'b-3', counts: { blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 }, total: 0, overdue: 0, dueSoon: 0, invalidDeadlines: 0 },
  ],
  measures: {
    total: 3,
    notMeeting: 2,
    byState: states(1, 1, 1),
    areas: [
      { areaId: 'b-1', total: 1, notMeeting: 1, byState: states(1, 0, 0) },
      { areaId: 'b-2', total: 2, notMeeting: 2, byState: states(1, 1, 0) },
      { areaId: 'b-3', total: 1, notMeeting: 0, byState: states(0, 0, 1) },
    ],
  },
};

const { server, send } = withWriteServer();

async function stored(): Promise<void> {
  await replacePlanBundle(server().database.db, bundle, { label: 'test' });
}

async function summary(): Promise<{ etag: string; body: typeof expected }> {
  const response = await send('viewer', { method: 'GET', url: URL });
  expect(response.statusCode).toBe(200);
  return { etag: String(response.headers.etag), body: response.json<typeof expected>() };
}

describe('GET /plans/{planId}/summary', () => {
  it('gives the plan’s figures as counted by hand, every area in number order, a measure in two areas in both', async () => {
    await stored();
    expect((await summary()).body).toEqual(expected);
  });

  it('answers an unknown plan with a 404 problem naming it', async () => {
    const response = await send('viewer', { method: 'GET', url: '/api/plans/no-such-plan/summary' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, detail: expect.stringContaining('no-such-plan') });
  });

  it('is private and revalidated, with an ETag; a matching If-None-Match gets 304 with no body', async () => {
    await stored();
    const first = await send('viewer', { method: 'GET', url: URL });
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await server().as('viewer', { method: 'GET', url: URL, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('asks a caller with no session to sign in', async () => {
    await stored();
    const response = await server().app.inject({ method: 'GET', url: URL });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ status: 401, signIn: '/auth/login' });
  });

  it('shows an update through the API on the very next read, with a new ETag', async () => {
    await stored();
    const before = await summary();
    // 1.1, red and overdue, is finished: blue is never overdue.
    const update = await send('editor', {
      method: 'POST',
      url: `/api/plans/${PLAN}/actions/1.1/updates`,
      headers: { 'if-match': '"1"' },
      body: { text: 'Done.', rating: 'blue', rationale: 'Finished ahead of the board.' },
    });
    expect(update.statusCode).toBe(201);
    const after = await summary();
    expect(after.etag).not.toBe(before.etag);
    expect(after.body.referenceDate).toBe('2099-03-15');
    expect(after.body.actions).toEqual({ ...expected.actions, counts: { ...expected.actions.counts, red: 0, blue: 2 }, overdue: 0 });
    expect(after.body.areas[0]).toEqual({ ...expected.areas[0], counts: { ...expected.areas[0]?.counts, red: 0, blue: 2 }, overdue: 0 });
    expect(after.body.areas.slice(1)).toEqual(expected.areas.slice(1));
  });

  it('shows an edit through the API that moves a deadline on the very next read', async () => {
    await stored();
    await summary();
    // 2.2's deadline moves into the 28 days: due soon now.
    const edit = await send('editor', {
      method: 'PATCH',
      url: `/api/plans/${PLAN}/actions/2.2`,
      headers: { 'if-match': '"1"' },
      body: { deadline: '2099-04-01', reason: 'Brought forward by the board.' },
    });
    expect(edit.statusCode).toBe(200);
    const after = await summary();
    expect(after.body.actions.dueSoon).toBe(3);
    expect(after.body.areas[1]?.dueSoon).toBe(2);
  });

  it('shows a change written straight to the database (no API call) on the very next read', async () => {
    await stored();
    await summary();
    await server().database.db.transaction(async (tx) => {
      await tx.execute(sql`update actions set rating = 'green' where plan_id = ${PLAN} and id = '2.2'`);
      await tx.execute(sql`update plans set revision = gen_random_uuid() where id = ${PLAN}`);
    });
    const after = await summary();
    expect(after.body.actions.counts).toEqual({ ...expected.actions.counts, amber: 1, green: 2 });
    expect(after.body.areas[1]?.counts).toEqual({ ...expected.areas[1]?.counts, amber: 1, green: 1 });
  });
});
