/**
 * "No change this week" in one press from the weekly check-in: the note is recorded
 * against the version the page shows, the page shows it at once, a change by someone
 * else meanwhile is refused and shown, and only those who may update see the button.
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoStore, server, TEST_API_BASE } from '../../mocks/node';
import { renderApp } from '../support/render-app';

// Action 3.5 in fixtures/demo/hfd-2022/actions.ts: rated red ("At risk"), led jointly by this head of service.
const HOUSING = encodeURIComponent('head of service strategic housing manager');
const CHECK_IN = `/plans/hfd-2022/check-in?lead=${HOUSING}`;

function checkInItem(actionId: string): HTMLElement {
  const item = screen.getAllByText(actionId, { selector: 'strong' })[0]?.closest('li');
  if (!item) throw new Error(`no check-in item for ${actionId}`);
  return item;
}

describe('"No change this week" on the check-in', () => {
  it('records a dated note in one key press, stays on the check-in and shows the note', async () => {
    const { user } = renderApp(CHECK_IN);
    await screen.findByRole('link', { name: 'Add an update to action 3.5' });
    const button = await screen.findByRole('button', { name: 'No change this week for action 3.5' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(await within(checkInItem('3.5')).findByRole('status')).toHaveTextContent('Recorded: “No change this week.”');
    const saved = demoStore.action('hfd-2022', '3.5');
    expect(saved?.progress.at(-1)).toMatchObject({ text: 'No change this week.', date: new Date().toISOString().slice(0, 10) });
    expect(saved?.rating).toBe('red');
    expect(saved?.version).toBe('2');
    expect(window.location.pathname).toBe('/plans/hfd-2022/check-in');
    expect(await within(checkInItem('3.5')).findByText('No change this week.')).toBeInTheDocument();
  });

  it('refuses to go over a change made meanwhile, shows that change, and a second press records on top of it', async () => {
    const { user } = renderApp(CHECK_IN);
    const button = await screen.findByRole('button', { name: 'No change this week for action 3.5' });
    const other = demoStore.addUpdate('hfd-2022', '3.5', 1, { text: 'Escalated to the DCS.', rating: 'amber', rationale: 'Sign-off moved to February.' }, 'Priya Shah', new Date('2024-01-12T09:14:00Z'));
    expect(other.kind).toBe('saved');

    await user.click(button);
    const status = await within(checkInItem('3.5')).findByRole('status');
    expect(status).toHaveTextContent(/^Not recorded: someone else changed this action after this page was loaded; the page now shows their change/);
    expect(within(status).getByRole('link', { name: 'Open the update form for action 3.5' })).toHaveAttribute('href', expect.stringContaining('/plans/hfd-2022/actions/3.5/update'));
    expect(within(checkInItem('3.5')).getByText('Escalated to the DCS.')).toBeInTheDocument();
    expect(demoStore.action('hfd-2022', '3.5')?.progress.at(-1)?.text).toBe('Escalated to the DCS.');

    await user.click(screen.getByRole('button', { name: 'No change this week for action 3.5' }));
    expect(await within(checkInItem('3.5')).findByText(/^Recorded:/)).toBeInTheDocument();
    expect(demoStore.action('hfd-2022', '3.5')).toMatchObject({ rating: 'amber', version: '3' });
  });

  it('is not offered to a viewer', async () => {
    server.use(http.get(`${TEST_API_BASE}/me`, () => HttpResponse.json({ name: 'Val', kind: 'user', demo: true, plans: [{ planId: 'hfd-2022', role: 'viewer', leadKeys: [] }] })));
    renderApp(CHECK_IN);
    await screen.findByRole('heading', { name: 'Weekly check-in', level: 1 });
    await within(checkInItem('3.5')).findByText('3.5', { selector: 'strong' });
    expect(screen.queryByRole('button', { name: /^No change this week/ })).toBeNull();
  });
});
