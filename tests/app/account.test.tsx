import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoMain, demoSecond } from '../../fixtures/demo';
import { server } from '../../mocks/node';
import { parseConfig } from '../../src/app/config-schema';
import { renderApp, testConfig } from '../support/render-app';

const MAIN = demoMain.plan.id;
const SECOND = demoSecond.plan.id;
const LEE = {
  name: 'Lee Lead',
  kind: 'user',
  demo: true,
  plans: [
    { planId: MAIN, role: 'lead', leadKeys: ['Service Director (Improvement)'] },
    { planId: SECOND, role: 'viewer', leadKeys: [] },
  ],
};
const signInRequired = () =>
  HttpResponse.json({ type: 'about:blank', title: 'Sign-in required', status: 401, signIn: '/auth/login' }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } });

const header = () => screen.getByRole('banner');

describe('the account in the header', () => {
  it('says who is signed in, with their role on the plan shown, and signs out by a post to the server', async () => {
    server.use(http.get('/api/me', () => HttpResponse.json(LEE)));
    renderApp(`/plans/${MAIN}`);
    await waitFor(() => expect(header()).toHaveTextContent('Signed in as Lee Lead (lead)·Sign out'));
    const signOut = within(header()).getByRole('button', { name: 'Sign out' });
    const form = signOut.closest('form');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', `${window.location.origin}/auth/logout`);
  });

  it('gives the role on each plan, and none outside a plan when the roles differ', async () => {
    server.use(http.get('/api/me', () => HttpResponse.json(LEE)));
    const { unmount } = renderApp(`/plans/${SECOND}/actions`);
    await waitFor(() => expect(header()).toHaveTextContent('Signed in as Lee Lead (viewer)'));
    unmount();
    renderApp('/accessibility');
    await waitFor(() => expect(header()).toHaveTextContent('Signed in as Lee Lead'));
    expect(header()).not.toHaveTextContent('(');
  });

  it('offers sign-in when the API says nobody is signed in, coming back to the same address', async () => {
    server.use(http.get('/api/me', signInRequired));
    renderApp(`/plans/${MAIN}/actions?rating=red`);
    const link = await within(header()).findByRole('link', { name: 'Sign in' });
    expect(link).toHaveAttribute('href', `${window.location.origin}/auth/login?returnTo=%2Fplans%2F${MAIN}%2Factions%3Frating%3Dred`);
  });

  it('switches to Sign in when a request meets a session that has ended', async () => {
    let meCalls = 0;
    server.use(
      http.get('/api/me', () => (++meCalls === 1 ? HttpResponse.json(LEE) : signInRequired())),
      http.get('/api/plans/:planId/actions', signInRequired),
    );
    renderApp(`/plans/${MAIN}`);
    expect(await within(header()).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(header()).not.toHaveTextContent('Signed in as');
    expect(meCalls).toBe(2);
  });

  it('shows nothing when the API has no accounts (404 for /me)', async () => {
    renderApp(`/plans/${MAIN}`);
    expect(await screen.findByRole('heading', { name: demoMain.plan.title, level: 1 })).toBeInTheDocument();
    expect(header()).not.toHaveTextContent(/Sign/);
  });

  it('never asks in demo mode', async () => {
    let asked = false;
    server.use(
      http.get('/api/me', () => {
        asked = true;
        return HttpResponse.json(LEE);
      }),
    );
    renderApp(`/plans/${MAIN}`, parseConfig({ ...testConfig, demo: true }));
    expect(await screen.findByRole('heading', { name: demoMain.plan.title, level: 1 })).toBeInTheDocument();
    expect(asked).toBe(false);
    expect(header()).not.toHaveTextContent(/Sign/);
  });
});
