import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { decodeText } from '../../src/api/decode';
import { ApiError } from '../../src/api/errors';
import type { DataProblem } from '../../src/api/problems';
import {
  actionsCsv,
  checkActionAreas,
  checkActionMeasures,
  checkMeasureAreas,
  checkReviewActions,
  compareSnapshots,
  indexActions,
  referenceDate,
  rollupAll,
  snapshotFromActions,
  snapshotsFromReviews,
  summariseMeasure,
} from '../../src/domain';
import { server } from '../../mocks/node';
import { renderApp } from '../support/render-app';
import { HOSTILE, type HostilePayload, type HostileResource } from './corpus';

const PLAN_ID = 'hfd-2022';
const main = demoMain;

/** Each resource's body as text on the wire: the payload for its resource, the demo for the rest. */
function wireFor(payload: HostilePayload): Record<HostileResource, string> {
  const bodies: Record<HostileResource, unknown> = { plan: main.plan, actions: main.actions, measures: main.measures, reviews: main.reviews };
  bodies[payload.resource] = payload.body();
  return {
    plan: JSON.stringify(bodies.plan),
    actions: JSON.stringify(bodies.actions),
    measures: JSON.stringify(bodies.measures),
    reviews: JSON.stringify(bodies.reviews),
  };
}

/** Parsing and the domain, as the views run them: every problem found, nothing thrown. */
function throughTheDomain(payload: HostilePayload): DataProblem[] {
  const wire = wireFor(payload);
  // The decoders the fetchers run (on the main thread or in the worker).
  const plan = decodeText('plan', wire.plan);
  const actions = decodeText('actions', wire.actions);
  const measures = decodeText('measures', wire.measures);
  const reviews = decodeText('reviews', wire.reviews);
  const areas = plan.plan.areas;
  const known = (records: readonly { id: string }[], problems: readonly DataProblem[]) =>
    new Set([...records.map((r) => r.id), ...problems.flatMap((p) => (p.recordId ? [p.recordId] : []))]);
  const inAreas = checkActionAreas(actions.items, known(areas, plan.problems));
  const linked = checkActionMeasures(inAreas.records, known(measures.items, measures.problems));
  const measuresChecked = checkMeasureAreas(measures.items, known(areas, plan.problems));
  // The changes view compares the latest review (by date) with now and checks that
  // review's ratings; a list in the first contract's shape carries them.
  const latest = [...reviews.items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
  const compared = latest?.ratings ? [{ ...latest, ratings: latest.ratings }] : [];
  const reviewsChecked = checkReviewActions(compared, known(actions.items, actions.problems));

  const today = referenceDate(actions.asOf);
  const rollups = rollupAll(areas, linked.records, { today });
  expect(rollups.plan.total).toBe(linked.records.length);
  for (const measure of measuresChecked.records) summariseMeasure(measure);
  const now = snapshotFromActions(linked.records, today, 'Now');
  const index = indexActions(linked.records);
  for (const snapshot of snapshotsFromReviews(reviewsChecked.records)) compareSnapshots(snapshot, now, index);
  // Formula-like text never starts a CSV cell.
  expect(actionsCsv(linked.records, areas, today)).not.toMatch(/(^|,)"?[=+@\t]/m);

  return [
    ...plan.problems,
    ...actions.problems,
    ...measures.problems,
    ...reviews.problems,
    ...inAreas.problems,
    ...linked.problems,
    ...measuresChecked.problems,
    ...reviewsChecked.problems,
  ];
}

const VIEWS: Record<HostileResource, { path: string; ready: () => Promise<unknown> }> = {
  plan: { path: `/plans/${PLAN_ID}`, ready: () => screen.findByRole('heading', { name: '67 actions', level: 2 }, { timeout: 15_000 }) },
  actions: { path: `/plans/${PLAN_ID}/actions`, ready: () => screen.findByRole('heading', { name: 'Actions', level: 1 }, { timeout: 15_000 }) },
  measures: { path: `/plans/${PLAN_ID}/measures`, ready: () => screen.findByRole('heading', { name: 'Measures that matter', level: 1 }, { timeout: 15_000 }) },
  reviews: { path: `/plans/${PLAN_ID}/changes`, ready: () => screen.findByRole('heading', { name: 'Since last review', level: 1 }, { timeout: 15_000 }) },
};
const ENDPOINT: Record<HostileResource, string> = {
  plan: `/api/plans/${PLAN_ID}`,
  actions: `/api/plans/${PLAN_ID}/actions`,
  measures: `/api/plans/${PLAN_ID}/measures`,
  reviews: `/api/plans/${PLAN_ID}/reviews`,
};

const ran = () => (window as { __hostile?: unknown }).__hostile;

const EMBEDDING = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'base']);
const ADDRESSES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);
/**
 * What plan text must never become on the page: an element that runs or embeds code, an
 * inline event handler, a `javascript:` address. One walk over the elements: the same
 * question as a CSS selector costs jsdom five times as long on a whole page.
 */
function activeMarkup(root: Element): string[] {
  const found: string[] = [];
  for (const element of root.getElementsByTagName('*')) {
    const tag = element.localName;
    if (EMBEDDING.has(tag)) found.push(tag);
    for (const name of element.getAttributeNames()) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      else if (ADDRESSES.has(name) && /^\s*javascript:/i.test(element.getAttribute(name) ?? '')) found.push(`${tag}[${name}="${element.getAttribute(name) ?? ''}"]`);
    }
  }
  return found;
}

afterEach(() => {
  delete (window as { __hostile?: unknown }).__hostile;
});

describe(`hostile corpus (${HOSTILE.length} payloads)`, () => {
  it('has at least 50 payloads', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  });

  it.each(HOSTILE.map((payload) => [payload.name, payload] as const))('%s', { timeout: 60_000 }, async (_name, payload) => {
    // Parsing and the domain.
    if (payload.refused) {
      expect(() => throughTheDomain(payload)).toThrow(ApiError);
      expect(() => throughTheDomain(payload)).toThrow(expect.objectContaining({ kind: 'contract' }));
    } else {
      const problems = throughTheDomain(payload);
      expect(new Set(problems.map((p) => p.recordId ?? p.path))).toEqual(new Set([...(payload.named ?? []), ...(payload.namedWhenCompared ?? [])]));
      for (const problem of problems) expect(problem.message).not.toBe('');
    }

    // Rendering: the view that shows this resource.
    const json = JSON.stringify(payload.body());
    server.use(http.get(ENDPOINT[payload.resource], () => new HttpResponse(json, { headers: { 'Content-Type': 'application/json' } })));
    const view = VIEWS[payload.resource];
    const { container } = renderApp(view.path);
    if (payload.refused) {
      expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(/not in the expected format/);
    } else {
      await view.ready();
      for (const id of payload.named ?? []) {
        await waitFor(() => expect(screen.getByText(/data problems? in /)).toHaveTextContent(id));
      }
      if (payload.shows) expect((await screen.findAllByText(payload.shows, {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    }
    expect(ran()).toBeUndefined();
    expect(activeMarkup(container)).toEqual([]);
  });
});
