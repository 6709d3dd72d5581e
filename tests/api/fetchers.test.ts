import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { getActions, getMeasures, getPlan, getPlans, getReview, getReviews } from '../../src/api/fetchers';
import { describeProblem } from '../../src/api/problems';
import { buildAction, buildMeasure, buildPlan, buildPoint, buildReview } from '../../fixtures/builders';
import { demoDatasets } from '../../fixtures/demo';
import { server } from '../../mocks/node';

const client = createApiClient({ apiBaseUrl: '/api', requestTimeoutMs: 1000 });
const asOf = '2024-01-12T09:00:00+00:00';

function serve(path: string, body: JsonBodyType) {
  server.use(http.get(`/api/plans/p1${path}`, () => HttpResponse.json(body)));
}

describe('fetchers on the demo data', () => {
  it('return every demo record with no data problems', async () => {
    const plans = await getPlans(client);
    expect(plans.problems).toEqual([]);
    expect(plans.items.map((p) => p.id)).toEqual(Object.keys(demoDatasets));
    for (const id of Object.keys(demoDatasets)) {
      const expected = demoDatasets[id];
      if (!expected) throw new Error(id);
      const [plan, actions, reviews, measures] = await Promise.all([
        getPlan(client, id),
        getActions(client, id),
        getReviews(client, id),
        getMeasures(client, id),
      ]);
      expect(plan.problems).toEqual([]);
      expect(plan.plan.areas).toHaveLength(expected.plan.areas.length);
      // The demo accepts changes, so each action comes with its version (1: unchanged since the fixtures).
      expect(actions).toEqual({ asOf: expected.actions.asOf, items: expected.actions.actions.map((a) => ({ ...a, version: '1' })), problems: [] });
      expect(reviews.items).toHaveLength(expected.reviews.reviews.length);
      expect(reviews.problems).toEqual([]);
      for (const review of expected.reviews.reviews) {
        const one = await getReview(client, id, review.id);
        expect(one.review.ratings).toEqual(review.ratings);
        expect(one.problems).toEqual([]);
      }
      expect(measures.items).toHaveLength(expected.measures.measures.length);
      expect(measures.problems).toEqual([]);
    }
  });

  it('turns an unknown plan into a not-found error', async () => {
    await expect(getPlan(client, 'nope')).rejects.toMatchObject({ kind: 'not-found', resource: 'plan' });
  });
});

describe('record-by-record validation', () => {
  it('keeps the valid actions and names each invalid one by id, field and problem', async () => {
    serve('/actions', {
      asOf,
      actions: [
        buildAction({ id: '1.1' }),
        { ...buildAction({ id: '1.2' }), rating: 'purple' },
        { ...buildAction({ id: '1.3' }), deadline: 'March 2023' },
        buildAction({ id: '1.4' }),
        { title: 'no id at all' },
      ],
    });
    const result = await getActions(client, 'p1');
    expect(result.items.map((a) => a.id)).toEqual(['1.1', '1.4']);
    const described = result.problems.map(describeProblem);
    expect(described).toContain('Action 1.3, field deadline: must be YYYY-MM or YYYY-MM-DD');
    expect(described.some((d) => d.startsWith('Action 1.2, field rating:'))).toBe(true);
    expect(result.problems.filter((p) => p.recordId === undefined).every((p) => p.path.startsWith('[4]'))).toBe(true);
  });

  it('keeps the first of two records with the same id and reports the second', async () => {
    serve('/actions', {
      asOf,
      actions: [buildAction({ id: '2.1', title: 'first' }), buildAction({ id: '2.1', title: 'second' })],
    });
    const result = await getActions(client, 'p1');
    expect(result.items.map((a) => a.title)).toEqual(['first']);
    expect(result.problems).toEqual([
      {
        resource: 'actions',
        recordId: '2.1',
        path: 'id',
        message: 'duplicate id "2.1": the first record was kept, this one left out',
      },
    ]);
  });

  it('drops one bad point of a measure and keeps the measure', async () => {
    serve('/measures', {
      asOf,
      measures: [
        buildMeasure({
          id: 'm-1',
          points: [buildPoint({ periodEnd: '2023-01-31', value: 1 }), { periodEnd: '2023-02-31', value: 2 }],
        }),
      ],
    });
    const result = await getMeasures(client, 'p1');
    expect(result.items[0]?.points).toHaveLength(1);
    expect(result.problems.map(describeProblem)).toEqual(['Measure m-1, field points[1].periodEnd: must be a real date as YYYY-MM-DD']);
  });

  it('puts a measure’s points in period order when the server did not', async () => {
    serve('/measures', {
      asOf,
      measures: [
        buildMeasure({
          id: 'm-2',
          points: [
            buildPoint({ periodEnd: '2023-03-31', value: 3 }),
            buildPoint({ periodEnd: '2023-01-31', value: 1 }),
            buildPoint({ periodEnd: '2023-02-28', value: 2 }),
          ],
        }),
      ],
    });
    const result = await getMeasures(client, 'p1');
    expect(result.items[0]?.points.map((p) => p.value)).toEqual([1, 2, 3]);
  });

  it('drops one bad rating of a review and flags a repeated action in a review', async () => {
    serve('/reviews', {
      asOf,
      reviews: [
        {
          ...buildReview({ id: 'r1' }),
          ratings: [
            { actionId: '1.1', rating: 'green' },
            { actionId: '1.2', rating: 'grey' },
            { actionId: '1.1', rating: 'red' },
          ],
        },
      ],
    });
    const result = await getReviews(client, 'p1');
    expect(result.items[0]?.ratings).toEqual([{ actionId: '1.1', rating: 'green' }]);
    expect(result.problems.map((p) => `${p.recordId} ${p.path}`)).toEqual(['r1 ratings[1].rating', 'r1 ratings[2].actionId']);
  });

  it('flags a repeated action in a review whose ratings are otherwise all valid', async () => {
    serve('/reviews', {
      asOf,
      reviews: [
        {
          ...buildReview({ id: 'r2' }),
          ratings: [
            { actionId: '1.1', rating: 'green' },
            { actionId: '1.2', rating: 'red' },
            { actionId: '1.1', rating: 'amber' },
          ],
        },
      ],
    });
    const result = await getReviews(client, 'p1');
    expect(result.items[0]?.ratings).toEqual([
      { actionId: '1.1', rating: 'green' },
      { actionId: '1.2', rating: 'red' },
    ]);
    expect(result.problems.map((p) => `${p.recordId} ${p.path}`)).toEqual(['r2 ratings[2].actionId']);
  });

  it('reads a review list of counts without ratings (the current contract)', async () => {
    const counts = { blue: 1, green: 2, amber: 0, red: 3, 'not-due': 0, unrated: 4 };
    serve('/reviews', { asOf, reviews: [{ id: 'r1', date: '2023-12-14', forum: 'Improvement Board', counts }] });
    const result = await getReviews(client, 'p1');
    expect(result.items).toEqual([{ id: 'r1', date: '2023-12-14', forum: 'Improvement Board', counts, ratings: undefined }]);
    expect(result.problems).toEqual([]);
  });

  it('counts the ratings of a list from a server written to the first contract (ratings, no counts)', async () => {
    serve('/reviews', {
      asOf,
      reviews: [
        {
          ...buildReview({ id: 'r1' }),
          ratings: [
            { actionId: '1.1', rating: 'green' },
            { actionId: '1.2', rating: null },
            { actionId: '1.3', rating: 'green' },
          ],
        },
      ],
    });
    const result = await getReviews(client, 'p1');
    expect(result.items[0]?.counts).toEqual({ blue: 0, green: 2, amber: 0, red: 0, 'not-due': 0, unrated: 1 });
    expect(result.items[0]?.ratings).toHaveLength(3);
  });

  it('names a review in the list that has neither counts nor ratings, and keeps the others', async () => {
    const counts = { blue: 0, green: 1, amber: 0, red: 0, 'not-due': 0, unrated: 0 };
    serve('/reviews', {
      asOf,
      reviews: [
        { id: 'r1', date: '2023-11-09', forum: 'Improvement Board' },
        { id: 'r2', date: '2023-12-14', forum: 'Improvement Board', counts },
        { id: 'r3', date: '2024-01-11', forum: 'Improvement Board', counts: { ...counts, red: -1 } },
      ],
    });
    const result = await getReviews(client, 'p1');
    expect(result.items.map((r) => r.id)).toEqual(['r2']);
    expect(result.problems.map(describeProblem)).toEqual([
      'Review r1, field counts: is missing: a review in the list needs its counts (or its ratings)',
      expect.stringMatching(/^Review r3, field counts\.red: /),
    ]);
  });

  it('fetches one review with its ratings, leaving out a bad rating by name', async () => {
    server.use(
      http.get('/api/plans/p1/reviews/r%2F1', () =>
        HttpResponse.json({
          id: 'r/1',
          date: '2023-12-14',
          forum: 'Improvement Board',
          ratings: [
            { actionId: '1.1', rating: 'amber', rationale: 'Recruitment paused' },
            { actionId: '1.2', rating: 'purple' },
          ],
        }),
      ),
    );
    const result = await getReview(client, 'p1', 'r/1');
    expect(result.review.ratings).toEqual([{ actionId: '1.1', rating: 'amber', rationale: 'Recruitment paused' }]);
    expect(result.review.counts).toEqual({ blue: 0, green: 0, amber: 1, red: 0, 'not-due': 0, unrated: 0 });
    expect(result.problems.map((p) => `${p.resource} ${p.recordId} ${p.path}`)).toEqual(['review r/1 ratings[1].rating']);
  });

  it('rejects a review whose ratings are not a list', async () => {
    serve('/reviews/r1', { id: 'r1', date: '2023-12-14', forum: 'Improvement Board', ratings: 'none' });
    await expect(getReview(client, 'p1', 'r1')).rejects.toMatchObject({ kind: 'contract', resource: 'review' });
  });

  it('keeps a plan whose one area is invalid, naming the area', async () => {
    server.use(
      http.get('/api/plans/p1', () =>
        HttpResponse.json({ ...buildPlan({ id: 'p1' }), asOf, areas: [{ id: 'a1', number: 1, title: 'One' }, { id: 'a2', number: 0, title: 'Zero' }] }),
      ),
    );
    const result = await getPlan(client, 'p1');
    expect(result.plan.areas.map((a) => a.id)).toEqual(['a1']);
    expect(result.problems).toMatchObject([{ resource: 'plan', recordId: 'a2', path: 'number' }]);
  });

  it.each([
    ['an array at the top level', []],
    ['a missing list', { asOf }],
    ['a list that is not an array', { asOf, actions: { '1.1': {} } }],
    ['a missing asOf', { actions: [] }],
  ])('rejects a response that is not the contract shape: %s', async (_label, body) => {
    serve('/actions', body);
    const error = await getActions(client, 'p1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'contract', resource: 'actions' });
  });

  it('ignores fields the contract does not know', async () => {
    serve('/actions', { asOf, extra: 1, actions: [{ ...buildAction({ id: '9.9' }), internalCode: 'X' }] });
    const result = await getActions(client, 'p1');
    expect(result.problems).toEqual([]);
    expect(result.items[0]).not.toHaveProperty('internalCode');
  });
});
