import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { problem } from '../../mocks/handlers';
import { demoStore, server, TEST_API_BASE } from '../../mocks/node';
import { renderApp } from '../support/render-app';

// Action 3.5 in fixtures/demo/hfd-2022/actions.ts: rated red ("At risk"), in area 3,
// amber ("Some delay") at the December 2023 board.
const FORM = '/plans/hfd-2022/actions/3.5/update';
const AREA = '/plans/hfd-2022/areas/3';
const UPDATES = `${TEST_API_BASE}/plans/:planId/actions/:actionId/updates`;

async function openForm(path = FORM) {
  const utils = renderApp(path);
  await screen.findByRole('heading', { name: 'Add an update', level: 1 });
  return utils;
}

const noteField = () => screen.getByRole('textbox', { name: 'Progress update' });
const rationaleField = () => screen.queryByRole('textbox', { name: 'Why has the rating changed?' });
const summary = () => screen.getByRole('alert', { name: 'There is a problem' });

// A lead of 3.5 (jointly), as the check-in's address writes it.
const HOUSING = encodeURIComponent('head of service strategic housing manager');

function checkInItem(actionId: string): HTMLElement {
  const item = screen.getAllByText(actionId, { selector: 'strong' })[0]?.closest('li');
  if (!item) throw new Error(`no check-in item for ${actionId}`);
  return item;
}

describe('Add an update: validation in GOV.UK patterns', () => {
  it('an empty submit puts an error summary first, focused, linking to the field, with the same words inline', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    const box = summary();
    expect(box).toHaveFocus();
    expect(document.title).toMatch(/^Error: Add an update to action 3\.5/);
    const link = within(box).getByRole('link', { name: 'Enter a progress update.' });
    expect(noteField()).toHaveAccessibleDescription(/Error: Enter a progress update\./);
    await user.click(link);
    expect(noteField()).toHaveFocus();
  });

  it('asks why only when the rating changes, and the server’s words name both ratings', async () => {
    const { user } = await openForm();
    const ratings = screen.getByRole('group', { name: 'Rating' });
    // Each choice is the tag shown everywhere: its word and its symbol.
    const now = within(ratings).getByRole<HTMLInputElement>('radio', { name: 'At risk (now)' });
    expect(now).toBeChecked();
    expect(now.labels?.[0]?.textContent).toBe('■At risk (now)');
    expect(within(ratings).getAllByRole('radio')).toHaveLength(5);
    expect(rationaleField()).toBeNull();

    await user.type(noteField(), 'Protocol signed by both directors.');
    await user.click(within(ratings).getByRole('radio', { name: /On track/ }));
    expect(rationaleField()).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(within(summary()).getByRole('link', { name: 'Say why the rating changed from at risk to on track.' })).toBeInTheDocument();
    expect(rationaleField()).toHaveAccessibleDescription(/Error: Say why the rating changed from at risk to on track\./);

    // Back to the current rating: the question goes, and so does its error on the next submit.
    await user.click(within(ratings).getByRole('radio', { name: /At risk/ }));
    expect(rationaleField()).toBeNull();
  });

  it('counts characters as the server does and refuses more than the limit', async () => {
    const { user } = await openForm();
    await user.type(noteField(), '  Ten chars   ');
    expect(screen.getByText('You have 1,991 characters remaining')).toBeInTheDocument();
    await user.clear(noteField());
    await user.click(noteField());
    await user.paste('x'.repeat(2001));
    expect(screen.getByText('You have 1 character too many')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(within(summary()).getByRole('link', { name: 'Progress update must be 2,000 characters or fewer.' })).toBeInTheDocument();
    // Nothing was sent: the action is as it was.
    expect(demoStore.action('hfd-2022', '3.5')?.version).toBe('1');
  });

  it('shows a 422 from the server on the same fields, and a problem with no field in the summary alone', async () => {
    server.use(
      http.post(UPDATES, () =>
        problem(422, 'Some answers need changing', '2 problems', {
          errors: [
            { field: 'text', message: 'Progress update must not repeat the last one.' },
            { field: 'colour', message: '"colour" is not a field of an update.' },
          ],
        }),
      ),
    );
    const { user } = await openForm();
    await user.type(noteField(), 'Same as before.');
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    const box = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(within(box).getByRole('link', { name: 'Progress update must not repeat the last one.' })).toBeInTheDocument();
    expect(within(box).getByText('"colour" is not a field of an update.')).toBeInTheDocument();
    expect(noteField()).toHaveAccessibleDescription(/Error: Progress update must not repeat the last one\./);
    expect(noteField()).toHaveValue('Same as before.');
  });

  it('has no axe violations, with and without errors', async () => {
    const { user, container } = await openForm();
    expect(await axe(container, { rules: { 'color-contrast': { enabled: false } } })).toHaveNoViolations();
    await user.click(screen.getByRole('radio', { name: /Some delay/ }));
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(await axe(container, { rules: { 'color-contrast': { enabled: false } } })).toHaveNoViolations();
  });
});

describe('Add an update: recording it', () => {
  it('can be completed by keyboard alone, from the check-in and back to it showing the change', async () => {
    const { user } = renderApp(`/plans/hfd-2022/check-in?lead=${HOUSING}`);
    const link = await screen.findByRole('link', { name: 'Add an update to action 3.5' });
    link.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Add an update', level: 1 });
    // The move to a new view puts focus on the main content, a frame after it renders.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    screen.getByRole('link', { name: 'Back' }).focus();

    await user.tab();
    expect(noteField()).toHaveFocus();
    await user.keyboard('Protocol signed by both directors on 11 January.');
    await user.tab();
    expect(screen.getByRole('radio', { name: /At risk/ })).toHaveFocus();
    // Up from "At risk" past "Some delay" to "On track".
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('radio', { name: /On track/ })).toBeChecked();
    await user.tab();
    expect(rationaleField()).toHaveFocus();
    await user.keyboard('Signed off; the protocol is live.');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save update' })).toHaveFocus();
    await user.keyboard('{Enter}');

    // Back on the check-in, which says what was recorded and shows it.
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Update recorded for action 3.5. Rating changed from At risk to On track.');
    expect(window.location.search).toBe(`?lead=${HOUSING}`);
    const item = checkInItem('3.5');
    expect(within(item).getByText('On track')).toBeInTheDocument();
    expect(within(item).getByText('Protocol signed by both directors on 11 January.')).toBeInTheDocument();
  });

  it('Since last review lists the change with its rationale as soon as it is saved', async () => {
    const { user } = await openForm(`${FORM}?from=${encodeURIComponent('/plans/hfd-2022/changes')}`);
    await user.type(noteField(), 'Protocol signed.');
    await user.click(screen.getByRole('radio', { name: /On track/ }));
    await user.type(rationaleField() ?? document.body, 'Signed off; the protocol is live.');
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Rating changed from At risk to On track.');
    // Amber at the December board, so now better, with the reason given.
    const better = within(await screen.findByRole('region', { name: /^Better/ }));
    const change = better.getByRole('row', { name: /^3\.5/ });
    expect(change).toHaveTextContent('Some delay to ●On track');
    expect(change).toHaveTextContent('Signed off; the protocol is live.');
    // The banner belongs to the page it was shown on.
    await user.click(screen.getByRole('link', { name: 'Check-in' }));
    await screen.findByRole('heading', { name: 'Weekly check-in', level: 1 });
    expect(screen.queryByRole('alert', { name: 'Success' })).toBeNull();
  });

  it('"No change this week" records a dated note in one step and returns to the check-in', async () => {
    const { user } = renderApp(`/plans/hfd-2022/check-in?lead=${HOUSING}`);
    await user.click(await screen.findByRole('link', { name: 'Add an update to action 3.5' }));
    await user.click(await screen.findByRole('button', { name: 'No change this week' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('“No change this week” recorded for action 3.5.');
    expect(window.location.search).toBe(`?lead=${HOUSING}`);
    const saved = demoStore.action('hfd-2022', '3.5');
    expect(saved?.progress.at(-1)).toMatchObject({ text: 'No change this week.', date: new Date().toISOString().slice(0, 10) });
    expect(saved?.rating).toBe('red');
    expect(within(checkInItem('3.5')).getByText('No change this week.')).toBeInTheDocument();
  });

  it('"No change this week" will not throw away an update already started', async () => {
    const { user } = await openForm();
    await user.type(noteField(), 'Half written');
    await user.click(screen.getByRole('button', { name: 'No change this week' }));
    expect(within(summary()).getByRole('link', { name: /You have started an update/ })).toBeInTheDocument();
    expect(noteField()).toHaveValue('Half written');
    expect(demoStore.action('hfd-2022', '3.5')?.version).toBe('1');
  });
});

describe('Add an update: when the server refuses', () => {
  it('412: shows who changed it and when, theirs beside yours, and saves yours on top without losing a word', async () => {
    const { user } = await openForm();
    await user.type(noteField(), 'Housing signed today.');
    await user.click(screen.getByRole('radio', { name: /On track/ }));
    await user.type(rationaleField() ?? document.body, 'Both directors signed.');
    // Meanwhile, someone else records an update from another tab.
    const other = demoStore.addUpdate('hfd-2022', '3.5', 1, { text: 'Escalated to the DCS.', rating: 'amber', rationale: 'Sign-off moved to February.' }, 'Priya Shah', new Date('2024-01-12T09:14:00Z'));
    expect(other.kind).toBe('saved');

    await user.click(screen.getByRole('button', { name: 'Save update' }));
    const conflict = await screen.findByRole('alert', { name: 'Someone else changed this action' });
    await waitFor(() => expect(conflict).toHaveFocus());
    expect(conflict).toHaveTextContent('Priya Shah changed action 3.5 on 12 January 2024, 9:14am');
    const table = within(conflict).getByRole('table', { name: 'Their change and yours' });
    const note = within(table).getByRole('row', { name: /^Progress update/ });
    expect(within(note).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Escalated to the DCS.', 'Housing signed today.']);
    const why = within(table).getByRole('row', { name: /^Why the rating changed/ });
    expect(within(why).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Sign-off moved to February.', 'Both directors signed.']);
    // The form keeps everything typed; its "now" is their rating.
    expect(noteField()).toHaveValue('Housing signed today.');
    expect(rationaleField()).toHaveValue('Both directors signed.');
    expect(screen.getByRole('radio', { name: /Some delay \(now\)/ })).not.toBeChecked();

    await user.click(within(conflict).getByRole('button', { name: 'Save my update on top of theirs' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Rating changed from Some delay to On track.');
    const saved = demoStore.action('hfd-2022', '3.5');
    expect(saved?.progress.slice(-2).map((n) => n.text)).toEqual(['Escalated to the DCS.', 'Housing signed today.']);
    expect(saved).toMatchObject({ rating: 'green', rationale: 'Both directors signed.', version: '3' });
  });

  it('412 with the rating left alone: the rating follows theirs, so saving on top never undoes their change', async () => {
    const { user } = await openForm();
    await user.type(noteField(), 'Chasing housing.');
    demoStore.addUpdate('hfd-2022', '3.5', 1, { text: 'Escalated.', rating: 'amber', rationale: 'Moved to February.' }, 'Priya Shah', new Date('2024-01-12T09:14:00Z'));
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    const conflict = await screen.findByRole('alert', { name: 'Someone else changed this action' });
    expect(screen.getByRole('radio', { name: /Some delay \(now\)/ })).toBeChecked();
    expect(rationaleField()).toBeNull();
    await user.click(within(conflict).getByRole('button', { name: 'Save my update on top of theirs' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent(/^SuccessUpdate recorded for action 3\.5\.$/);
    expect(demoStore.action('hfd-2022', '3.5')).toMatchObject({ rating: 'amber', rationale: 'Moved to February.' });
  });

  it('412 from a server that sends no details: reads the action as it is now and still saves on top', async () => {
    const { user } = await openForm();
    await user.type(noteField(), 'Mine.');
    // Someone else's update, then a bare 412 (no current action, no changes) for the stale version.
    demoStore.addUpdate('hfd-2022', '3.5', 1, { text: 'Theirs.' }, 'Priya Shah', new Date('2024-01-12T09:14:00Z'));
    server.use(http.post(UPDATES, () => problem(412, 'Precondition failed'), { once: true }));
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    const conflict = await screen.findByRole('alert', { name: 'Someone else changed this action' });
    expect(conflict).toHaveTextContent('Someone changed action 3.5, after you opened this form.');
    const note = within(within(conflict).getByRole('table', { name: 'Their change and yours' })).getByRole('row', { name: /^Progress update/ });
    expect(within(note).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Theirs.', 'Mine.']);
    await user.click(within(conflict).getByRole('button', { name: 'Save my update on top of theirs' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Update recorded for action 3.5.');
    expect(demoStore.action('hfd-2022', '3.5')?.progress.slice(-2).map((n) => n.text)).toEqual(['Theirs.', 'Mine.']);
  });

  it('401: says so, offers sign-in in a new tab, and keeps the form as it was', async () => {
    server.use(http.post(UPDATES, () => problem(401, 'Sign-in required', 'Your session has ended.', { signIn: '/auth/login' })));
    const { user } = await openForm();
    await user.type(noteField(), 'Written before the session ended.');
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    const panel = await screen.findByRole('alert', { name: 'You have been signed out' });
    const signIn = within(panel).getByRole('link', { name: 'Sign in again (opens in a new tab)' });
    expect(signIn).toHaveAttribute('target', '_blank');
    expect(new URL(signIn.getAttribute('href') ?? '').searchParams.get('returnTo')).toBe(FORM);
    expect(noteField()).toHaveValue('Written before the session ended.');
  });

  it('403: says the user may not update this action, with the server’s reason, and keeps the form', async () => {
    server.use(http.post(UPDATES, () => problem(403, 'Forbidden', 'Your role on plan "hfd-2022" is viewer: updating an action needs the role lead, editor or admin.')));
    const { user } = await openForm();
    await user.type(noteField(), 'Mine to keep.');
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    const panel = await screen.findByRole('alert', { name: 'You do not have permission to update action 3.5' });
    expect(panel).toHaveTextContent('Your role on plan "hfd-2022" is viewer');
    expect(noteField()).toHaveValue('Mine to keep.');
  });

  it('a network failure says what failed and the form can be sent again', async () => {
    server.use(http.post(UPDATES, () => HttpResponse.error(), { once: true }));
    const { user } = await openForm();
    await user.type(noteField(), 'Try again.');
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(await screen.findByRole('alert', { name: 'Your update could not be saved' })).toHaveTextContent(/Could not reach the API/);
    await user.click(screen.getByRole('button', { name: 'Save update' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Update recorded for action 3.5.');
  });
});

describe('who is offered "Add an update"', () => {
  const signedInAs = (role: string, leadKeys: string[]) =>
    server.use(http.get(`${TEST_API_BASE}/me`, () => HttpResponse.json({ name: 'Lee', kind: 'user', demo: true, plans: [{ planId: 'hfd-2022', role, leadKeys }] })));

  it('a lead on their own actions only', async () => {
    signedInAs('lead', ['Head of Service (Strategic Housing Manager)']);
    renderApp(AREA);
    expect(await screen.findByRole('link', { name: 'Add an update to action 3.5' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Add an update/ }).map((a) => a.textContent)).toEqual(
      // By hand: the actions in area 3 led (alone or jointly) by that head of service.
      ['Add an update to action 3.5'],
    );
  });

  it('nobody with the viewer role, and the form itself says why', async () => {
    signedInAs('viewer', []);
    renderApp(AREA);
    await screen.findByRole('table', { name: 'Actions in area 3' });
    expect(screen.queryByRole('link', { name: /^Add an update/ })).toBeNull();
    renderApp(FORM);
    expect(await screen.findByText(/You cannot update this action: updates need the role lead/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
