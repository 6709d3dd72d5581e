import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { demoMain } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp } from '../support/render-app';

const PLAN = 'hfd-2022';
const CHANGES = `/plans/${PLAN}/changes`;
const RECORD = 'Record this meeting’s ratings';

function signedInAs(role: 'viewer' | 'lead' | 'editor') {
  server.use(http.get('/api/me', () => HttpResponse.json({ name: 'Eddie Editor', kind: 'user', demo: true, plans: [{ planId: PLAN, role, leadKeys: [] }] })));
}

async function openChanges(url = CHANGES) {
  const utils = renderApp(url);
  await screen.findByRole('heading', { name: 'Since last review', level: 1 });
  await screen.findByRole('heading', { name: /^From .* to / });
  return utils;
}

/** The fixture's current ratings counted by a plain loop (not the function under test). */
function fixtureCounts() {
  const counts = new Map<string, number>();
  for (const action of demoMain.actions.actions) counts.set(action.rating ?? 'unrated', (counts.get(action.rating ?? 'unrated') ?? 0) + 1);
  return counts;
}

describe('Since last review: recording this meeting’s ratings', () => {
  it('is offered to editors, and not to viewers or leads', async () => {
    signedInAs('viewer');
    const { unmount } = await openChanges();
    expect(screen.queryByRole('button', { name: RECORD })).not.toBeInTheDocument();
    unmount();
    signedInAs('lead');
    const second = await openChanges();
    expect(screen.queryByRole('button', { name: RECORD })).not.toBeInTheDocument();
    second.unmount();
    signedInAs('editor');
    await openChanges();
    expect(await screen.findByRole('button', { name: RECORD })).toBeInTheDocument();
  });

  it('checks the form as GOV.UK forms do: error summary first, linked to inline errors', async () => {
    const { user } = await openChanges();
    await user.click(screen.getByRole('button', { name: RECORD }));
    const form = screen.getByRole('region', { name: RECORD });
    // Prefilled: the latest review's name and the data's "as at" date.
    expect(within(form).getByRole('textbox', { name: 'Meeting' })).toHaveValue('Improvement Board');
    const date = within(form).getByRole('group', { name: 'Date of the meeting' });
    expect(within(date).getByRole('textbox', { name: 'Day' })).toHaveValue('12');
    expect(within(date).getByRole('textbox', { name: 'Month' })).toHaveValue('1');
    expect(within(date).getByRole('textbox', { name: 'Year' })).toHaveValue('2024');

    await user.clear(within(form).getByRole('textbox', { name: 'Meeting' }));
    await user.clear(within(date).getByRole('textbox', { name: 'Month' }));
    await user.click(within(form).getByRole('button', { name: 'Continue' }));

    const summary = within(form).getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual(['Enter the meeting’s name.', 'The date of the meeting must include a month']);
    expect(within(form).getByRole('textbox', { name: 'Meeting' })).toHaveAccessibleDescription(/Error: ?Enter the meeting’s name\./);
    expect(within(form).getByRole('textbox', { name: 'Meeting' })).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Error: ?The date of the meeting must include a month/);
    expect(within(date).getByRole('textbox', { name: 'Month' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(date).getByRole('textbox', { name: 'Day' })).not.toHaveAttribute('aria-invalid');
    expect(await axe(form, { rules: { 'color-contrast': { enabled: false } } })).toHaveNoViolations();

    await user.click(within(summary).getByRole('link', { name: 'The date of the meeting must include a month' }));
    expect(within(date).getByRole('textbox', { name: 'Month' })).toHaveFocus();

    // Before the last review (14 Dec 2023): the server's own rule, in its words.
    await user.type(within(form).getByRole('textbox', { name: 'Meeting' }), 'Improvement Board');
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '12');
    await user.clear(within(date).getByRole('textbox', { name: 'Year' }));
    await user.type(within(date).getByRole('textbox', { name: 'Year' }), '2023');
    await user.click(within(form).getByRole('button', { name: 'Continue' }));
    expect(within(within(form).getByRole('alert')).getByRole('link').textContent).toBe('The meeting’s date must be on or after the last review’s (14 Dec 2023).');
    expect(screen.queryByRole('button', { name: 'Record these ratings' })).not.toBeInTheDocument();
  });

  it('by keyboard: states what will be frozen, records it, and makes it the default comparison at once', async () => {
    // A link that chose an older review: after recording, the new review is the one compared.
    const { user } = await openChanges(`${CHANGES}?from=ib-2023-06`);
    expect(screen.getByRole('heading', { name: 'From Improvement Board 29 Jun 2023 to now' })).toBeInTheDocument();
    const open = screen.getByRole('button', { name: RECORD });
    open.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: RECORD, level: 2 })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Meeting' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const check = screen.getByRole('region', { name: 'Check before you record' });
    expect(within(check).getByRole('heading', { name: 'Check before you record' })).toHaveFocus();
    expect(check).toHaveTextContent('Recording freezes the current rating of all 67 actions (data as at 12 Jan 2024) as the ratings of Improvement Board 12 Jan 2024, with their rationales');
    const counted = within(check)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('app-rating-counts__item'))
      .map((li) => li.textContent);
    const expected = fixtureCounts();
    expect(counted).toEqual(
      [
        ['blue', '✓ Complete, impact to test'],
        ['green', '● On track'],
        ['amber', '▲ Some delay'],
        ['red', '■ At risk'],
        ['not-due', '○ Not yet due'],
        ['unrated', '– Not rated'],
      ]
        .filter(([key]) => (expected.get(key ?? '') ?? 0) > 0)
        .map(([key, words]) => `${expected.get(key ?? '')} ${words}`),
    );
    expect(within(check).getByText('See each action’s rating (67)')).toBeInTheDocument();
    expect(check).toHaveTextContent('A recorded review cannot be changed or deleted.');

    await user.tab();
    await user.tab();
    expect(within(check).getByRole('button', { name: 'Record these ratings' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Improvement Board 12 Jan 2024 recorded: the ratings of 67 actions. Since last review now compares with it.')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('from')).toBeNull();
    expect(await screen.findByRole('heading', { name: 'From Improvement Board 12 Jan 2024 to now' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Compare' })).toHaveDisplayValue('Improvement Board 12 Jan 2024');
    // The meeting froze the ratings as they are now: nothing has changed since.
    expect(screen.getByRole('region', { name: 'Worse (0)' })).toHaveTextContent('No rating got worse.');
    expect(screen.getByRole('region', { name: 'Better (0)' })).toHaveTextContent('No rating got better.');
    expect(screen.getByRole('button', { name: RECORD })).toBeInTheDocument();
  });

  it('goes back to the field the server names when it refuses (a review recorded meanwhile)', async () => {
    server.use(
      http.post('/api/plans/:planId/reviews', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Invalid review', status: 422, errors: [{ field: 'date', message: 'The meeting’s date must be on or after the last review’s (15 Jan 2024).' }] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await openChanges();
    await user.click(screen.getByRole('button', { name: RECORD }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Record these ratings' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link')).toHaveTextContent('The meeting’s date must be on or after the last review’s (15 Jan 2024).');
    expect(screen.getByRole('group', { name: 'Date of the meeting' })).toHaveAccessibleDescription(/15 Jan 2024/);
  });

  it('says plainly when the server does not allow it, and records nothing', async () => {
    server.use(http.post('/api/plans/:planId/reviews', () => problem(403, 'Forbidden', 'Your role on plan "hfd-2022" is viewer: recording a review needs the role editor or admin.')));
    const { user } = await openChanges();
    await user.click(screen.getByRole('button', { name: RECORD }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Record these ratings' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('You may not record reviews for this plan');
    expect(alert).toHaveTextContent('recording a review needs the role editor or admin');
    expect(screen.getByRole('heading', { name: 'From Improvement Board 14 Dec 2023 to now' })).toBeInTheDocument();
  });
});
