import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoStore } from '../../mocks/node';
import { renderApp } from '../support/render-app';

const path = '/plans/hfd-2022/check-in';
const CD = 'corporate director children and young people';

describe('weekly check-in', () => {
  it('lists every lead with what they owe when none is chosen, once per role however it is spelt', async () => {
    renderApp(path);
    const table = await screen.findByRole('table', { name: 'Leads and what they owe' });
    const names = within(table).getAllByRole('rowheader').map((th) => th.textContent);
    expect(names.filter((n) => n?.startsWith('Corporate Director'))).toHaveLength(1);
    // The plan's alias makes the partnership written out and "HSCP" one lead.
    expect(names.filter((n) => /Independent Scrutineer$/.test(n ?? ''))).toHaveLength(1);
    // Joint leads count under each lead; a role with "&" in its own name stays whole.
    expect(names).toContain('Head of Service (Strategic Housing Manager)');
    expect(names).toContain('Detective Superintendent, West Mercia Police');
    expect(names.filter((n) => /West Mercia Police/.test(n ?? ''))).toHaveLength(1);
    expect(names).toContain('Head of Service (MASH & Assessment)');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Lead',
      'Overdue',
      'Due in 2 weeks',
      'Due in 4 weeks',
      'Other at risk or delayed',
      'Everything else',
      'All actions',
    ]);
  });

  it('counts each lead’s actions once across the columns, so they add up (demo: Head of Service (Corporate Parenting))', async () => {
    renderApp(path);
    const table = await screen.findByRole('table', { name: 'Leads and what they owe' });
    const row = within(table).getByRole('rowheader', { name: 'Head of Service (Corporate Parenting)' }).closest('tr');
    if (!row) throw new Error('no row');
    const cells = within(row).getAllByRole('cell').map((td) => Number(td.textContent));
    // By hand from fixtures/demo/hfd-2022/actions.ts: 4 actions of their own and 3.5 jointly.
    expect(cells.at(-1)).toBe(5);
    expect(cells.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(5);
    expect(screen.getAllByText(/Each action appears once, in the first group that applies/)).toHaveLength(1);
  });

  it('groups a lead’s actions and keeps the lead in the URL', async () => {
    const { user } = renderApp(path);
    const select = await screen.findByRole('combobox', { name: 'Lead' });
    const option = within(select).getByRole('option', { name: /^Corporate Director/ });
    await user.selectOptions(select, option);
    await user.click(screen.getByRole('button', { name: 'Show their actions' }));
    expect(new URLSearchParams(window.location.search).get('lead')).toBe(CD);
    expect(await screen.findByRole('heading', { name: /actions for Corporate Director/, level: 2 })).toBeInTheDocument();
    for (const group of ['Overdue', 'Due in the next 2 weeks', 'Due in 2 to 4 weeks', 'Other actions at risk or delayed', 'Everything else']) {
      expect(screen.getByRole('heading', { name: new RegExp(`^${group} \\(\\d+\\)$`), level: 3 })).toBeInTheDocument();
    }
  });

  it('opens a bookmarked lead page with their overdue actions first, each with its latest note and age', async () => {
    // Action 3.5 (overdue at 12 Jan 2024) is led jointly by two heads of service: it is under each.
    renderApp(`${path}?lead=${encodeURIComponent('head of service strategic housing manager')}`);
    const overdue = await screen.findByRole('region', { name: /^Overdue \(\d+\)$/ });
    const items = within(overdue).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toContain('3.5');
    for (const item of items) {
      expect(item).toHaveTextContent('Overdue');
      expect(item).toHaveTextContent(/Last update:?\s*(never|today|yesterday|\d+ (days|weeks|months) ago|over a year ago)/);
    }
  });

  it('shows a moved deadline with how often it moved and when it was first due', async () => {
    // Action 3.5 is due Oct 2023 in the fixture; an editor moves it to Nov 2023 (still overdue on 12 Jan 2024).
    expect(demoStore.edit('hfd-2022', '3.5', 1, { deadline: '2023-11', reason: 'Housing panel moved.' }, 'Eddie Editor', new Date('2023-10-02T09:00:00Z')).kind).toBe('saved');
    renderApp(`${path}?lead=${encodeURIComponent('head of service strategic housing manager')}`);
    const overdue = await screen.findByRole('region', { name: /^Overdue \(\d+\)$/ });
    const item = within(overdue).getByText('3.5').closest('li');
    expect(item).toHaveTextContent('Nov 2023 (moved once, first due Oct 2023)');
  });

  it('adds a second lead and removes the first', async () => {
    const { user } = renderApp(`${path}?lead=${encodeURIComponent(CD)}`);
    const add = await screen.findByRole('combobox', { name: 'Add another lead' });
    const second = within(add).getAllByRole('option')[1];
    if (!second) throw new Error('no second lead');
    await user.selectOptions(add, second);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(new URLSearchParams(window.location.search).get('lead')?.split(',')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /^Remove Corporate Director/ }));
    expect(new URLSearchParams(window.location.search).get('lead')?.split(',')).toHaveLength(1);
  });

  it('ignores a lead in the link that is not in the plan', async () => {
    renderApp(`${path}?lead=nobody`);
    expect(await screen.findByRole('table', { name: 'Leads and what they owe' })).toBeInTheDocument();
  });
});
