/**
 * One contract suite, run against every implementation of the API: the MSW handlers
 * (the dashboard's demo and test API) and the reference server. Each case checks the
 * response against api/openapi.yaml and against the demo fixtures, which both
 * implementations serve.
 */
import { describe, expect, it } from 'vitest';
import { demoDatasets, demoPlans } from '../../fixtures/demo';
import { responseErrors } from './openapi';
import { sameInstants } from './same-instants';

export interface ContractReply {
  status: number;
  contentType: string | undefined;
  body: unknown;
}

/** An API under test: answers a request for a path relative to its base (`/plans`). */
export interface ContractTarget {
  request(method: string, path: string): Promise<ContractReply>;
}

/** Sends a request and fails the test unless the reply conforms to the contract. */
async function conforming(target: ContractTarget, method: string, path: string): Promise<ContractReply> {
  const reply = await target.request(method, path);
  expect(responseErrors({ method, path, ...reply }), `${method} ${path}`).toEqual([]);
  return reply;
}

const RESOURCES = ['actions', 'reviews', 'measures'] as const;

/** The counts a review list must carry, worked out here by hand from the fixture's ratings. */
function expectedCounts(ratings: readonly { actionId: string; rating: string | null }[]) {
  const counts: Record<string, number> = { blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 };
  const last = new Map(ratings.map((r) => [r.actionId, r.rating ?? 'unrated']));
  for (const key of last.values()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

export function describeContract(name: string, target: () => ContractTarget): void {
  describe(`API contract: ${name}`, () => {
    it('lists the demo plans', async () => {
      const reply = await conforming(target(), 'GET', '/plans');
      expect(reply.status).toBe(200);
      expect(sameInstants(reply.body)).toEqual(sameInstants(demoPlans));
    });

    for (const [planId, dataset] of Object.entries(demoDatasets)) {
      it(`serves plan ${planId} with its areas`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}`);
        expect(reply.status).toBe(200);
        expect(sameInstants(reply.body)).toEqual(sameInstants(dataset.plan));
      });

      for (const resource of ['actions', 'measures'] as const) {
        it(`serves the ${resource} of plan ${planId}`, async () => {
          const reply = await conforming(target(), 'GET', `/plans/${planId}/${resource}`);
          expect(reply.status).toBe(200);
          expect(sameInstants(reply.body)).toEqual(sameInstants(dataset[resource]));
        });
      }

      it(`lists the reviews of plan ${planId} with their counts (ratings may be left out)`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}/reviews`);
        expect(reply.status).toBe(200);
        const expected = dataset.reviews.reviews.map(({ id, date, forum, ratings }) => ({ id, date, forum, counts: expectedCounts(ratings) }));
        expect(sameInstants(reply.body)).toMatchObject(sameInstants({ asOf: dataset.reviews.asOf, reviews: expected }));
      });

      it(`serves each review of plan ${planId} with its ratings and counts`, async () => {
        for (const review of dataset.reviews.reviews) {
          const reply = await conforming(target(), 'GET', `/plans/${planId}/reviews/${review.id}`);
          expect(reply.status).toBe(200);
          expect(reply.body).toEqual({ ...review, counts: expectedCounts(review.ratings) });
        }
      });

      it(`answers an unknown review of plan ${planId} with a 404 problem naming it`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}/reviews/no-such-review`);
        expect(reply.status).toBe(404);
        expect(reply.contentType).toMatch(/^application\/problem\+json/);
        expect(reply.body).toMatchObject({ status: 404, detail: expect.stringContaining('no-such-review') });
      });
    }

    for (const suffix of ['', ...RESOURCES.map((r) => `/${r}`)]) {
      it(`answers an unknown plan${suffix ? `'s ${suffix.slice(1)}` : ''} with a 404 problem naming it`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/no-such-plan${suffix}`);
        expect(reply.status).toBe(404);
        expect(reply.contentType).toMatch(/^application\/problem\+json/);
        expect(reply.body).toMatchObject({ status: 404, detail: expect.stringContaining('no-such-plan') });
      });
    }
  });
}
