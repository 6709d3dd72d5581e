import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { demoDatasets, demoPlans } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp } from '../support/render-app';

const main = demoDatasets['hfd-2022'];
if (!main) throw new Error('demo plan hfd-2022 missing');

describe('plan picker', () => {
  it('lists every plan the user may see and opens one', async () => {
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Choose a plan', level: 1 })).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: /plan|statement/i }).filter((l) => l.closest('.app-card'));
    expect(links.map((l) => l.textContent)).toEqual(demoPlans.plans.map((p) => p.title));
    await user.click(screen.getByRole('link', { name: main.plan.title }));
    expect(await screen.findByRole('heading', { name: main.plan.title, level: 1 })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/plans/hfd-2022');
  });

  it('goes straight to the plan when there is only one', async () => {
    server.use(http.get('/api/plans', () => HttpResponse.json({ asOf: demoPlans.asOf, plans: [demoPlans.plans[0]] })));
    renderApp('/');
    expect(await screen.findByRole('heading', { name: main.plan.title, level: 1 })).toBeInTheDocument();
  });

  it('says so when there are no plans', async () => {
    server.use(http.get('/api/plans', () => HttpResponse.json({ asOf: demoPlans.asOf, plans: [] })));
    renderApp('/');
    expect(await screen.findByText(/There are no plans you can see yet/)).toBeInTheDocument();
  });

  it('tells a signed-out user to sign in, with the server detail', async () => {
    server.use(http.get('/api/plans', () => problem(401, 'Unauthorized', 'Your session has ended.')));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Sign in to see the list of plans' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Your session has ended.');
  });
});

describe('first screen: the plan overview', () => {
  it('shows the title, "data as at" and every area with its action count', async () => {
    const { container } = renderApp('/plans/hfd-2022');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the plan');
    expect(await screen.findByRole('heading', { name: main.plan.title, level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/^Data as at 12 January 2024, 9:00am/)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Improvement areas and their actions' });
    await within(table).findAllByText((_, el) => el?.tagName === 'TD' && /^\d+$/.test(el.textContent));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(main.plan.areas.length);
    for (const area of main.plan.areas) {
      const expected = main.actions.actions.filter((a) => a.areaId === area.id).length;
      const row = rows.find((r) => within(r).queryByText(area.title));
      if (!row) throw new Error(`no row for ${area.id}`);
      expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([String(area.number), String(expected)]);
    }
    expect(await axe(container, { rules: { 'color-contrast': { enabled: false } } })).toHaveNoViolations();
  });

  it('shows the failure, the problem detail and a Retry that recovers', async () => {
    let calls = 0;
    server.use(
      http.get('/api/plans/hfd-2022', () => {
        calls += 1;
        return calls === 1 ? problem(503, 'Service Unavailable', 'The performance system is being updated.') : undefined;
      }),
    );
    const { user } = renderApp('/plans/hfd-2022');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the plan and its areas' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The performance system is being updated.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: main.plan.title, level: 1 })).toBeInTheDocument();
  });

  it('still shows the areas when the actions fail, with a Retry for the actions', async () => {
    server.use(http.get('/api/plans/hfd-2022/actions', () => problem(500, 'Internal Server Error', 'Database timeout.')));
    renderApp('/plans/hfd-2022');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the actions' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Improvement areas and their actions' })).toBeInTheDocument();
  });

  it('shows the valid actions and names the invalid ones', async () => {
    const [first, second, ...rest] = main.actions.actions;
    if (!first || !second) throw new Error('fixture too small');
    server.use(
      http.get('/api/plans/hfd-2022/actions', () =>
        HttpResponse.json({ ...main.actions, actions: [first, { ...second, rating: 'purple' }, ...rest] }),
      ),
    );
    const { user } = renderApp('/plans/hfd-2022');
    const summary = await screen.findByText('1 data problem: some records could not be shown');
    await user.click(summary);
    expect(screen.getByText(new RegExp(`^Action ${second.id.replace('.', '\\.')}, field rating:`))).toBeVisible();
  });

  it('shows a not-found message for an unknown plan', async () => {
    renderApp('/plans/nope');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There is no plan with id "nope".');
  });

  it('keeps showing loading while the server is slow', async () => {
    server.use(
      http.get('/api/plans/hfd-2022', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderApp('/plans/hfd-2022');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the plan');
  });
});

describe('unknown routes', () => {
  it('shows a page-not-found page with a way back', async () => {
    renderApp('/nowhere');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your plans' })).toHaveAttribute('href', '/');
  });
});
