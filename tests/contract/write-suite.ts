/**
 * The write endpoints' contract, run against every implementation that accepts
 * changes: the MSW handlers (the demo) and the reference server (as an editor). Each
 * response is checked against api/openapi.yaml, and each case against what the
 * contract promises: versions and ETags, 428/412/422, history newest first, deadline
 * moves, recorded reviews.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { responseErrors } from './openapi';

export interface WriteReply {
  status: number;
  contentType: string | undefined;
  etag: string | undefined;
  body: unknown;
}

export interface WriteTarget {
  /** `path` relative to the API base; `headers` such as If-Match; `body` sent as JSON. */
  request(method: 'GET' | 'POST' | 'PATCH', path: string, options?: { headers?: Record<string, string>; body?: unknown }): Promise<WriteReply>;
  /** Back to the demo plans as the fixtures hold them. */
  reset(): Promise<void>;
}

const PLAN = demoMain.plan.id;
const ACTION = '7.3';
const action = `/plans/${PLAN}/actions/${ACTION}`;
const fixture = demoMain.actions.actions.find((a) => a.id === ACTION);

export function describeWriteContract(name: string, target: () => WriteTarget): void {
  describe(`API contract, writes: ${name}`, () => {
    beforeEach(async () => {
      await target().reset();
    });

    async function conforming(method: 'GET' | 'POST' | 'PATCH', path: string, options?: { headers?: Record<string, string>; body?: unknown }): Promise<WriteReply> {
      const reply = await target().request(method, path, options);
      expect(responseErrors({ method, path, status: reply.status, contentType: reply.contentType, body: reply.body }), `${method} ${path}`).toEqual([]);
      return reply;
    }

    it('serves one action with its version as its ETag, the same as in the list', async () => {
      const one = await conforming('GET', action);
      expect(one.status).toBe(200);
      const served = one.body as { version: string };
      expect(one.etag).toBe(`"${served.version}"`);
      expect(served).toEqual({ ...fixture, version: served.version });
      const list = (await conforming('GET', `/plans/${PLAN}/actions`)).body as { actions: { id: string }[] };
      expect(list.actions.find((a) => a.id === ACTION)).toEqual(served);
    });

    it('an update needs If-Match (428) and a rationale for a rating change (422 naming it)', async () => {
      const missing = await conforming('POST', `${action}/updates`, { body: { text: 'x' } });
      expect(missing.status).toBe(428);
      const etag = (await conforming('GET', action)).etag ?? '';
      const invalid = await conforming('POST', `${action}/updates`, { headers: { 'If-Match': etag }, body: { text: 'Better.', rating: 'green', extra: 1 } });
      expect(invalid.status).toBe(422);
      expect((invalid.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(['extra', 'rationale']);
    });

    it('an update is saved (201, new ETag), shows in the list and heads the history; the old ETag is then stale (412)', async () => {
      const etag = (await conforming('GET', action)).etag ?? '';
      const saved = await conforming('POST', `${action}/updates`, { headers: { 'If-Match': etag }, body: { text: 'Posts filled.', rating: 'amber', rationale: 'Two of three posts filled.' } });
      expect(saved.status).toBe(201);
      expect(saved.etag).not.toBe(etag);
      const body = saved.body as { rating: string; rationale: string; progress: { text: string }[]; version: string };
      expect(body).toMatchObject({ rating: 'amber', rationale: 'Two of three posts filled.' });
      expect(body.progress.map((n) => n.text)).toEqual([...(fixture?.progress ?? []).map((n) => n.text), 'Posts filled.']);
      expect(saved.etag).toBe(`"${body.version}"`);

      const list = (await conforming('GET', `/plans/${PLAN}/actions`)).body as { actions: { id: string }[] };
      expect(list.actions.find((a) => a.id === ACTION)).toEqual(body);
      const history = (await conforming('GET', `${action}/history`)).body as { entries: { field: string; from: string | null; to: string | null; reason: string | null }[] };
      expect(history.entries.map(({ field, from, to, reason }) => ({ field, from, to, reason }))).toEqual([
        { field: 'rating', from: 'red', to: 'amber', reason: 'Two of three posts filled.' },
        { field: 'progress', from: null, to: 'Posts filled.', reason: null },
      ]);

      const stale = await conforming('POST', `${action}/updates`, { headers: { 'If-Match': etag }, body: { text: 'Mine.' } });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ current: body, changes: history.entries });
    });

    it('a rating change shows in the summary’s counts on the next read, counted from the actions as now served', async () => {
      type Summary = { asOf: string; actions: { counts: Record<string, number>; total: number } };
      const before = (await conforming('GET', `/plans/${PLAN}/summary`)).body as Summary;
      const etag = (await conforming('GET', action)).etag ?? '';
      // 7.3 is red in the fixture.
      const saved = await conforming('POST', `${action}/updates`, { headers: { 'If-Match': etag }, body: { text: 'Done.', rating: 'blue', rationale: 'Finished.' } });
      expect(saved.status).toBe(201);
      const after = (await conforming('GET', `/plans/${PLAN}/summary`)).body as Summary;
      expect(after.actions.counts).toEqual({ ...before.actions.counts, red: (before.actions.counts.red ?? 0) - 1, blue: (before.actions.counts.blue ?? 0) + 1 });
      expect(after.actions.total).toBe(demoMain.actions.actions.length);
      // A write may move the actions' "as at" (and with it the date deadlines are judged on): the summary follows the list.
      const list = (await conforming('GET', `/plans/${PLAN}/actions`)).body as { asOf: string };
      expect(Date.parse(after.asOf)).toBe(Date.parse(list.asOf));
    });

    it('an editor moves a deadline with a reason: the action lists the move', async () => {
      const etag = (await conforming('GET', action)).etag ?? '';
      const moved = await conforming('PATCH', action, { headers: { 'If-Match': etag }, body: { deadline: '2024-06', reason: 'Recruitment restarted.' } });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ deadline: '2024-06', deadlineMoves: [{ from: fixture?.deadline, to: '2024-06', reason: 'Recruitment restarted.' }] });
    });

    it('recording the meeting’s ratings creates the latest review, with every action’s rating now', async () => {
      const recorded = await conforming('POST', `/plans/${PLAN}/reviews`, { body: { title: 'Improvement Board', date: '2024-01-11' } });
      expect(recorded.status).toBe(201);
      const review = recorded.body as { id: string; ratings: { actionId: string; rating: string | null }[] };
      expect(review.ratings.map(({ actionId, rating }) => ({ actionId, rating }))).toEqual(demoMain.actions.actions.map((a) => ({ actionId: a.id, rating: a.rating })));
      const again = await conforming('GET', `/plans/${PLAN}/reviews/${review.id}`);
      expect(again.body).toEqual(review);
      const list = (await conforming('GET', `/plans/${PLAN}/reviews`)).body as { reviews: { id: string }[] };
      expect(list.reviews.at(-1)?.id).toBe(review.id);
    });
  });
}
