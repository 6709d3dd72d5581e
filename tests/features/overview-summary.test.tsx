import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp } from '../support/render-app';

const PLAN = '/api/plans/hfd-2022';
const never = async () => {
  await delay('infinite');
  return HttpResponse.json({});
};

/** The demo plan's figures, counted by hand from fixtures/demo (as overview.test.tsx checks them). */
const RATING_LINKS = ['29 Complete, impact to test', '19 On track', '8 Some delay', '4 At risk', '4 Not yet due', '3 Not rated'];

async function glance() {
  return within(await screen.findByRole('region', { name: '67 actions' }));
}

/** Every request's path, in the order MSW saw them start, and the moment the summary was answered. */
function recordRequests() {
  const log: string[] = [];
  const onStart = ({ request }: { request: Request }) => log.push(`start ${new URL(request.url).pathname}`);
  const onEnd = ({ request }: { request: Request }) => log.push(`end ${new URL(request.url).pathname}`);
  server.events.on('request:start', onStart);
  server.events.on('response:mocked', onEnd);
  return {
    log,
    stop: () => {
      server.events.removeListener('request:start', onStart);
      server.events.removeListener('response:mocked', onEnd);
    },
  };
}

describe('the overview of a plan whose server sums up the figures (GET /plans/{id}/summary)', () => {
  it('shows every figure from the summary while the actions and measures are still on their way', async () => {
    server.use(http.get(`${PLAN}/actions`, never), http.get(`${PLAN}/measures`, never));
    renderApp('/plans/hfd-2022');
    const figures = await glance();
    for (const name of RATING_LINKS) expect(figures.getByRole('link', { name })).toBeInTheDocument();
    expect(figures.getByRole('link', { name: '10 overdue' })).toHaveAttribute('href', '/plans/hfd-2022/actions?overdue=yes');
    expect(figures.getByRole('link', { name: /^21 of 30 measures not meeting their target$/ })).toBeInTheDocument();
    expect(screen.queryByText('Loading the actions…')).not.toBeInTheDocument();
    const cards = within(screen.getByRole('region', { name: 'Improvement areas' })).getAllByRole('listitem').filter((li) => li.classList.contains('app-area-card'));
    expect(cards).toHaveLength(10);
    const area1 = demoMain.actions.actions.filter((a) => a.areaId === 'area-1');
    expect(within(cards[0] as HTMLElement).getByText(`${area1.length} actions:`)).toBeInTheDocument();
  });

  it('asks for the actions and measures only once the summary’s figures are on screen', async () => {
    const requests = recordRequests();
    try {
      renderApp('/plans/hfd-2022');
      await glance();
      await waitFor(() => expect(requests.log).toContain(`start ${PLAN}/actions`));
      await waitFor(() => expect(requests.log).toContain(`start ${PLAN}/measures`));
      const summaryAnswered = requests.log.indexOf(`end ${PLAN}/summary`);
      expect(summaryAnswered).toBeGreaterThanOrEqual(0);
      expect(requests.log.indexOf(`start ${PLAN}/actions`)).toBeGreaterThan(summaryAnswered);
      expect(requests.log.indexOf(`start ${PLAN}/measures`)).toBeGreaterThan(summaryAnswered);
    } finally {
      requests.stop();
    }
  });

  it('then counts the actions itself: its own figures replace the summary’s, and the records’ problems are named', async () => {
    const [first, ...rest] = demoMain.actions.actions;
    if (!first) throw new Error('fixture too small');
    // The actions now hold one action fewer, with a rating the contract does not have: 65 valid actions.
    const [second, ...others] = rest;
    if (!second) throw new Error('fixture too small');
    server.use(http.get(`${PLAN}/actions`, () => HttpResponse.json({ ...demoMain.actions, actions: [{ ...second, rating: 'purple' }, ...others] })));
    renderApp('/plans/hfd-2022');
    await glance();
    expect(await screen.findByRole('heading', { name: '65 actions', level: 2 })).toBeInTheDocument();
    expect(await screen.findByText(new RegExp(`Action ${second.id}, field rating`))).toBeInTheDocument();
  });

  it('writes counts over 999 with commas: a summary of a 12,500-action plan', async () => {
    server.use(
      http.get(`${PLAN}/actions`, never),
      http.get(`${PLAN}/measures`, never),
      http.get(`${PLAN}/summary`, () => {
        const figures = { counts: { blue: 4000, green: 3000, amber: 2000, red: 1500, 'not-due': 1000, unrated: 1000 }, total: 12_500, overdue: 2565, dueSoon: 10, invalidDeadlines: 0 };
        const measures = { total: 1200, notMeeting: 1001, byState: { 'on-target': 199, 'near-target': 0, 'off-target': 1001, 'no-target': 0, 'not-collected': 0, 'no-figure': 0 } };
        return HttpResponse.json({
          asOf: demoMain.plan.asOf,
          referenceDate: demoMain.plan.asOf.slice(0, 10),
          actions: figures,
          areas: demoMain.plan.areas.map((area, index) => ({ areaId: area.id, ...(index === 0 ? figures : { ...figures, counts: { ...figures.counts, blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 }, total: 0, overdue: 0, dueSoon: 0 }) })),
          measures: { ...measures, areas: [] },
        });
      }),
    );
    renderApp('/plans/hfd-2022');
    const figures = within(await screen.findByRole('region', { name: '12,500 actions' }));
    expect(figures.getByRole('link', { name: '4,000 Complete, impact to test' })).toBeInTheDocument();
    expect(figures.getByRole('link', { name: '2,565 overdue' })).toBeInTheDocument();
    expect(figures.getByRole('link', { name: /^1,001 of 1,200 measures not meeting their target$/ })).toBeInTheDocument();
    const cards = within(screen.getByRole('region', { name: 'Improvement areas' })).getAllByRole('listitem').filter((li) => li.classList.contains('app-area-card'));
    expect(within(cards[0] as HTMLElement).getByText('12,500 actions:')).toBeInTheDocument();
  });

  it('counts the actions itself, with no message, when the summary fails', async () => {
    server.use(http.get(`${PLAN}/summary`, () => problem(500, 'Internal Server Error', 'Summary broke.')));
    renderApp('/plans/hfd-2022');
    const figures = await glance();
    expect(figures.getByRole('link', { name: '10 overdue' })).toBeInTheDocument();
    expect(await figures.findByRole('link', { name: /^21 of 30 measures not meeting their target$/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/Summary broke/)).not.toBeInTheDocument();
  });

  it('counts the actions itself when the summary does not match the contract', async () => {
    server.use(http.get(`${PLAN}/summary`, () => HttpResponse.json({ asOf: '2024-01-12T09:00:00+00:00', actions: 'lots' })));
    renderApp('/plans/hfd-2022');
    const figures = await glance();
    expect(figures.getByRole('link', { name: '10 overdue' })).toBeInTheDocument();
  });
});
