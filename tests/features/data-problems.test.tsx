import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { server } from '../../mocks/node';
import { captureDownloads } from '../support/downloads';
import { renderApp } from '../support/render-app';

const main = demoMain;
const PLAN = '/plans/hfd-2022';
function first<T>(items: readonly T[]): [T, T[]] {
  const [head, ...rest] = items;
  if (head === undefined) throw new Error('fixture too small');
  return [head, rest];
}
const [firstAction, otherActions] = first(main.actions.actions);
const [firstMeasure, otherMeasures] = first(main.measures.measures);
// The latest review: the one compared with now by default, so its ratings are loaded.
const [firstReview, otherReviews] = first([...main.reviews.reviews].reverse());

/** A plan whose records are each valid but name things the plan does not have. */
function serveCrossRecordProblems() {
  const orphan = { ...firstAction, id: '99.1', areaId: 'area-ghost' };
  const linkedToGhost = { ...firstAction, measureIds: [...(firstAction.measureIds ?? []), 'm-ghost'] };
  const measure = { ...firstMeasure, areaIds: [...firstMeasure.areaIds, 'area-ghost'] };
  const review = { ...firstReview, ratings: [...firstReview.ratings, { actionId: '77.7', rating: 'red' }] };
  server.use(
    http.get(`/api${PLAN}/actions`, () => HttpResponse.json({ ...main.actions, actions: [linkedToGhost, orphan, ...otherActions] })),
    http.get(`/api${PLAN}/measures`, () => HttpResponse.json({ ...main.measures, measures: [measure, ...otherMeasures] })),
    http.get(`/api${PLAN}/reviews`, () => HttpResponse.json({ ...main.reviews, reviews: [review, ...otherReviews] })),
  );
}

/**
 * Views that run the impact check load every review's ratings, so every demo review that
 * still rates a merged action (7.4) adds a problem: counted here over the fixture itself.
 */
const demoActionIds = new Set(main.actions.actions.map((a) => a.id));
const ALL_REVIEWS_PROBLEMS =
  3 + 1 + main.reviews.reviews.flatMap((r) => r.ratings).filter((r) => !demoActionIds.has(r.actionId)).length;

const SUMMARY = `4 data problems in Action 99.1, ${firstAction.id}; Measure ${firstMeasure.id}; Review ${firstReview.id}`;

describe('cross-record data problems', () => {
  it('names every record in the summary, leaves the orphan action out and shows the rest', async () => {
    serveCrossRecordProblems();
    const { user } = renderApp(PLAN);
    // 67 demo actions: the orphan is left out, the one with a bad measure link kept.
    await screen.findByRole('heading', { name: '67 actions', level: 2 });
    const summary = await screen.findByText(SUMMARY);
    await user.click(summary);
    expect(screen.getByText('Action 99.1, field areaId: area "area-ghost" is not an area of this plan: the action was left out')).toBeVisible();
    expect(
      screen.getByText(`Review ${firstReview.id}, field ratings[${firstReview.ratings.length}].actionId: action "77.7" is not an action of this plan now: the rating was kept, shown with no area (merged or removed since?)`),
    ).toBeVisible();
  });

  it('downloads the problems as a CSV for the data owner', async () => {
    serveCrossRecordProblems();
    const downloads = captureDownloads();
    const { user } = renderApp(PLAN);
    await screen.findByText(SUMMARY);
    await user.click(screen.getByRole('button', { name: 'Download the data problems (CSV)' }));
    expect(downloads.map((d) => d.filename)).toEqual(['hfd-2022-data-problems-as-at-2024-01-12.csv']);
    const lines = (await downloads[0]?.text())?.split('\r\n') ?? [];
    expect(lines[0]).toBe('resource,record_id,field,problem');
    expect(lines).toContain('actions,99.1,areaId,"area ""area-ghost"" is not an area of this plan: the action was left out"');
    expect(lines).toContain(
      `measures,${firstMeasure.id},areaIds[${firstMeasure.areaIds.length}],"area ""area-ghost"" is not an area of this plan: the link was ignored, the measure kept"`,
    );
    expect(lines).toHaveLength(4 + 2); // header, four rows, and the empty string after the last CRLF
  });

  it.each([
    ['actions', `${PLAN}/actions`, /^2 data problems in Action 99\.1, /],
    ['check-in', `${PLAN}/check-in`, /^2 data problems in Action 99\.1, /],
    ['measures', `${PLAN}/measures`, new RegExp(`^1 data problem in Measure ${firstMeasure.id}$`)],
    ['since last review', `${PLAN}/changes`, new RegExp(`^${ALL_REVIEWS_PROBLEMS} data problems in `)],
    ['area', `${PLAN}/areas/1`, /^3 data problems in /],
    ['scrutiny briefing', `${PLAN}/briefing`, /^3 data problems in /],
    ['board pack', `${PLAN}/board-pack`, new RegExp(`^${ALL_REVIEWS_PROBLEMS} data problems in `)],
  ])('shows the count on the %s view', async (_name, path, summary) => {
    serveCrossRecordProblems();
    renderApp(path);
    expect(await screen.findByText(summary, {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('names a point out of period order and an impossible deadline', async () => {
    const [a, b, ...rest] = firstMeasure.points;
    if (!a || !b) throw new Error('fixture measure has too few points');
    server.use(
      http.get(`/api${PLAN}/actions`, () =>
        HttpResponse.json({ ...main.actions, actions: [{ ...firstAction, deadline: '2023-02-30' }, ...otherActions] }),
      ),
      http.get(`/api${PLAN}/measures`, () =>
        HttpResponse.json({ ...main.measures, measures: [{ ...firstMeasure, points: [b, a, ...rest] }, ...otherMeasures] }),
      ),
    );
    const { user } = renderApp(PLAN);
    const summary = await screen.findByText(`2 data problems in Action ${firstAction.id}; Measure ${firstMeasure.id}`);
    await user.click(summary);
    const list = within(summary.closest('details') ?? document.body).getAllByRole('listitem').map((li) => li.textContent);
    expect(list).toEqual([
      `Action ${firstAction.id}, field deadline: "2023-02-30" is not a real date (day 30 does not exist in 2023-02): the action was kept, treated as having no deadline`,
      `Measure ${firstMeasure.id}, field points[1].periodEnd: ${a.periodEnd} is listed after ${b.periodEnd} (points must be oldest first): the point was kept and shown in date order`,
    ]);
  });
});
