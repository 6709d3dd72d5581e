import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { DEMO_VISITOR, problem } from '../../mocks/handlers';
import { demoStore, server } from '../../mocks/node';
import { renderApp } from '../support/render-app';

const PLAN = 'hfd-2022';
const AREA_3 = `/plans/${PLAN}/areas/3`;

/** Moves action 3.4's deadline (Mar 2024 in the fixture) twice through the demo API's store, as an editor would. */
function moveDeadlineTwice() {
  const first = demoStore.edit(PLAN, '3.4', 1, { deadline: '2024-06', reason: 'Waiting for the new case system.' }, 'Eddie Editor', new Date('2024-01-10T10:00:00Z'));
  const second = demoStore.edit(PLAN, '3.4', 2, { deadline: '2024-09-30', reason: 'Pilot extended.' }, 'Eddie Editor', new Date('2024-01-11T15:30:00Z'));
  expect([first.kind, second.kind]).toEqual(['saved', 'saved']);
}

/** The row of one action in the area's table. */
async function row(actionId: string) {
  const table = await screen.findByRole('table', { name: 'Actions in area 3' });
  const header = within(table).getByRole('rowheader', { name: actionId });
  const tr = header.closest('tr');
  if (!tr) throw new Error(`no row for ${actionId}`);
  return tr;
}

describe('Area page: moved deadlines and each action’s history', () => {
  it('shows a moved deadline beside the deadline, and nothing for one that never moved', async () => {
    moveDeadlineTwice();
    renderApp(AREA_3);
    const moved = await row('3.4');
    expect(within(moved).getByText('30 Sep 2024')).toBeInTheDocument();
    expect(within(moved).getByText('(moved twice, first due Mar 2024)')).toBeInTheDocument();
    const unmoved = await row('3.6');
    expect(within(unmoved).getByText('Apr 2024')).toBeInTheDocument();
    expect(within(unmoved).queryByText(/moved/)).not.toBeInTheDocument();
  });

  it('opens an action’s history by keyboard: who, when, what from and to, and why, newest first', async () => {
    moveDeadlineTwice();
    demoStore.addUpdate(PLAN, '3.4', 3, { text: 'Pilot running in two teams.', rating: 'amber', rationale: 'Pilot extended by three months.' }, 'Lee Lead', new Date('2024-01-12T08:45:00Z'));
    const { user } = renderApp(AREA_3);
    const button = within(await row('3.4')).getByRole('button', { name: 'Show history of action 3.4' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAccessibleName('Hide history of action 3.4');

    const list = await screen.findByRole('list', { name: 'Changes to action 3.4, newest first' });
    expect(within(await row('3.4')).getByText('History (3 changes)')).toBeInTheDocument();
    const changes = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(changes.map((c) => c.textContent)).toEqual([
      '12 January 2024, 8:45am · Lee LeadRating changed from ●On track to ▲Some delay. Why: Pilot extended by three months.Progress note added: Pilot running in two teams.',
      '11 January 2024, 3:30pm · Eddie EditorDeadline changed from Jun 2024 to 30 Sep 2024. Why: Pilot extended.',
      '10 January 2024, 10:00am · Eddie EditorDeadline changed from Mar 2024 to Jun 2024. Why: Waiting for the new case system.',
    ]);
    expect(await axe(await row('3.4'), { rules: { 'color-contrast': { enabled: false } } })).toHaveNoViolations();

    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Changes to action 3.4, newest first' })).not.toBeInTheDocument();
  });

  it('says so when nothing has been changed through the dashboard', async () => {
    const { user } = renderApp(AREA_3);
    await user.click(within(await row('3.6')).getByRole('button', { name: 'Show history of action 3.6' }));
    expect(await within(await row('3.6')).findByText('History (no changes yet)')).toBeInTheDocument();
    expect(within(await row('3.6')).getByText('Nothing has been changed through the dashboard yet.')).toBeInTheDocument();
  });

  it('names a failed history request with a Retry that works, and the rest of the page stays', async () => {
    let fail = true;
    server.use(
      http.get('/api/plans/:planId/actions/:actionId/history', () =>
        fail ? problem(503, 'Unavailable', 'The audit log is being backed up.') : HttpResponse.json({ entries: [] }),
      ),
    );
    const { user } = renderApp(AREA_3);
    await user.click(within(await row('3.6')).getByRole('button', { name: 'Show history of action 3.6' }));
    const alert = await within(await row('3.6')).findByRole('alert');
    expect(alert).toHaveTextContent("Could not load the action's history");
    expect(alert).toHaveTextContent('The audit log is being backed up.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: /Retry/ }));
    expect(await within(await row('3.6')).findByText('History (no changes yet)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Measures that matter/ })).toBeInTheDocument();
  });

  it('names a malformed history entry and shows the others', async () => {
    server.use(
      http.get('/api/plans/:planId/actions/:actionId/history', () =>
        HttpResponse.json({
          entries: [
            { at: 'yesterday', by: 'Someone', version: '3', change: 'edit', field: 'deadline', from: '2024-03', to: '2024-06', reason: 'r' },
            { at: '2024-01-10T10:00:00Z', by: DEMO_VISITOR, version: '2', change: 'edit', field: 'lead', from: 'Head of Service', to: 'Service Director', reason: 'Restructure.' },
          ],
        }),
      ),
    );
    const { user } = renderApp(AREA_3);
    await user.click(within(await row('3.6')).getByRole('button', { name: 'Show history of action 3.6' }));
    const cell = await row('3.6');
    expect(await within(cell).findByText('History (1 change)')).toBeInTheDocument();
    expect(within(cell).getByText('1 history entry could not be shown:')).toBeInTheDocument();
    expect(within(cell).getByText(/^History entry, field entries\[0\]\.at: /)).toBeInTheDocument();
    expect(within(cell).getByText(/Lead changed from/)).toHaveTextContent('Lead changed from Head of Service to Service Director. Why: Restructure.');
  });
});
