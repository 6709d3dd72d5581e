import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoMain, demoPlans } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp } from '../support/render-app';

const main = demoMain;

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

  it('offers the server\'s sign-in on a 401 that names it, coming back to the same address', async () => {
    server.use(http.get('/api/plans', () => HttpResponse.json({ type: 'about:blank', title: 'Sign-in required', status: 401, signIn: '/auth/login' }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } })));
    renderApp('/?from=mail');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', `${window.location.origin}/auth/login?returnTo=%2F%3Ffrom%3Dmail`);
    // Trying again cannot help until the user signs in.
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});

describe('unknown routes', () => {
  it('shows a page-not-found page with a way back', async () => {
    renderApp('/nowhere');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your plans' })).toHaveAttribute('href', '/');
  });
});
