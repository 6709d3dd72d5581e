import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LargePlan } from '../../fixtures/generate-large-plan';
import { reviewSummary } from '../../mocks/handlers';
import { summariseContract } from '../../src/api/summarise';
import { referenceDate } from '../../src/domain/as-of';
import { measureStateCounts } from '../../src/domain/measure-state';
import { rollupAll } from '../../src/domain/rollup';
import { floorPage } from './floor-page';

/**
 * The generated plan as a real API serves it (reviews as the list's counts, one
 * review's ratings on request, the figures as a summary), plus the floor page, for the build in `dist`.
 */
export function routesFor(large: LargePlan, dist: string) {
  const asOf = large.plan.asOf;
  const planId = large.plan.id;
  const json = (body: unknown) => ({ type: 'application/json', body: JSON.stringify(body) });
  const routes = new Map<string, { type: string; body: string }>([
    ['/config.json', json({ apiBaseUrl: '/api', demo: false, requestTimeoutMs: 60_000 })],
    ['/api/plans', json({ asOf, plans: [{ id: planId, title: large.plan.title, organisation: large.plan.organisation, status: large.plan.status }] })],
    [`/api/plans/${planId}`, json(large.plan)],
    [`/api/plans/${planId}/actions`, json({ asOf, actions: large.actions })],
    [`/api/plans/${planId}/reviews`, json({ asOf, reviews: large.reviews.map(reviewSummary) })],
    [`/api/plans/${planId}/measures`, json({ asOf, measures: large.measures })],
    [`/api/plans/${planId}/summary`, json(summariseContract({ plan: large.plan, actions: { asOf, actions: large.actions }, measures: { asOf, measures: large.measures } }))],
  ]);
  for (const review of large.reviews) routes.set(`/api/plans/${planId}/reviews/${review.id}`, json(review));
  const rollups = rollupAll(large.plan.areas, large.actions, { today: referenceDate(asOf) });
  const offTarget = measureStateCounts(large.measures).notMeeting;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const stylesheets = [...html.matchAll(/rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  routes.set('/floor', { type: 'text/html; charset=utf-8', body: floorPage(large.plan.title, large.plan.areas, rollups, { offTarget, total: large.measures.length }, stylesheets) });
  const bytes = (path: string) => Buffer.byteLength(routes.get(path)?.body ?? '');
  return { routes, sizes: { summary: bytes(`/api/plans/${planId}/summary`), actions: bytes(`/api/plans/${planId}/actions`), reviews: bytes(`/api/plans/${planId}/reviews`), review: bytes(`/api/plans/${planId}/reviews/${large.reviews.at(-1)?.id ?? ''}`) } };
}
