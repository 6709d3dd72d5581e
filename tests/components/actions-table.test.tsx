import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { buildAction } from '../../fixtures/builders';
import { generateLargePlan } from '../../fixtures/generate-large-plan';
import type { Action, Area } from '../../src/api/schemas';
import { ActionsTable, type ActionsTableProps } from '../../src/components/actions/actions-table';

const TODAY = '2024-01-12';
const AREAS: Area[] = [
  { id: 'area-1', number: 1, title: 'Corporate responsibility' },
  { id: 'area-3', number: 3, title: 'Response to risk' },
];

const ACTIONS: Action[] = [
  buildAction({
    id: '1.1',
    title: 'Put extra corporate resources behind the plan',
    lead: 'Director of Programme Management Office & Performance',
    deadline: '2023-03',
    rating: 'red',
    progress: [
      { date: '2022-10-21', text: 'Workstream leads named.' },
      { date: '2022-11-14', text: 'Improvement Director in post.' },
      { text: 'Undated note from the draft.' },
      { date: '2023-11-20', text: 'Highlight report goes to every board.' },
    ],
  }),
  buildAction({ id: '3.1', areaId: 'area-3', title: 'Review the front door', deadline: '2024-01-19', rating: 'blue', progress: [] }),
  buildAction({
    id: '3.2',
    areaId: 'area-3',
    title: 'Worded deadline',
    deadline: null,
    deadlineText: 'Spring 2024',
    rating: null,
    progress: [
      { date: '2023-06-01', text: 'Scoping started.' },
      { date: '2023-12-01', text: 'Scope agreed.' },
    ],
  }),
  buildAction({ id: '9.9', areaId: 'area-ghost', title: 'Blue but overdue date', deadline: '2023-01', rating: 'blue', lead: ' ' }),
];

function renderTable(props: Partial<ActionsTableProps> = {}) {
  const user = userEvent.setup();
  const utils = render(<ActionsTable actions={ACTIONS} areas={AREAS} today={TODAY} caption="Actions in this area" {...props} />);
  return { user, ...utils };
}

function row(id: string): HTMLElement {
  const cell = screen.getByRole('rowheader', { name: id });
  const tr = cell.closest('tr');
  if (!tr) throw new Error(`no row for ${id}`);
  return tr;
}

function cells(id: string): string[] {
  return [within(row(id)).getByRole('rowheader'), ...within(row(id)).getAllByRole('cell')].map((c) => c.textContent);
}

describe('ActionsTable', () => {
  it('shows id, action, lead, deadline as written, rating and the latest note', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Actions in this area' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'ID',
      'Action',
      'Lead',
      'Deadline',
      'Rating',
      'Latest progress',
    ]);
    expect(cells('1.1')).toEqual([
      '1.1',
      'Put extra corporate resources behind the plan',
      'Director of Programme Management Office & Performance',
      'Mar 2023!Overdue',
      '■At risk',
      'Latest (Nov 2023): Highlight report goes to every board.▸Show 3 earlier updates for action 1.1',
    ]);
    expect(cells('3.1')).toEqual(['3.1', 'Review the front door', 'Service Director (Improvement)', '19 Jan 2024', '✓Complete, impact to test', 'No progress recorded']);
    expect(cells('3.2')[3]).toBe('Spring 2024');
    expect(cells('3.2')[4]).toBe('–Not rated');
    expect(cells('3.2')[5]).toBe('Latest (Dec 2023): Scope agreed.▸Show 1 earlier update for action 3.2');
  });

  it('says "Overdue" in words (not colour alone), never for blue or undated actions', () => {
    renderTable();
    expect(within(row('1.1')).getByText('Overdue')).toBeInTheDocument();
    for (const id of ['3.1', '3.2', '9.9']) expect(within(row(id)).queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('names a blank lead instead of leaving the cell empty', () => {
    renderTable();
    expect(cells('9.9')[2]).toBe('No lead named');
  });

  it('expands the earlier notes, oldest first with their dates, and collapses them', async () => {
    const { user } = renderTable();
    const toggle = within(row('1.1')).getByRole('button', { name: 'Show 3 earlier updates for action 1.1' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Drawn only when asked for: nothing in the DOM until then.
    expect(within(row('1.1')).queryByRole('list')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = within(row('1.1')).getByRole('list', { name: 'Earlier updates for action 1.1, oldest first' });
    expect(toggle).toHaveAttribute('aria-controls', list.id);
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '21 Oct 2022: Workstream leads named.',
      '14 Nov 2022: Improvement Director in post.',
      'Date not recorded: Undated note from the draft.',
    ]);
    await user.click(within(row('1.1')).getByRole('button', { name: 'Hide 3 earlier updates for action 1.1' }));
    expect(within(row('1.1')).queryByRole('list')).not.toBeInTheDocument();
  });

  it('adds an Area column with links when asked, and says when the area is unknown', () => {
    renderTable({ showArea: true, areaHref: (n) => `/plans/p/areas/${n}` });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain('Area');
    expect(within(row('3.1')).getByRole('link', { name: 'Area 3' })).toHaveAttribute('href', '/plans/p/areas/3');
    expect(cells('9.9')[1]).toBe('Unknown area');
  });

  it('has plain headers without a sort config', () => {
    renderTable();
    expect(screen.queryAllByRole('button', { name: /^(ID|Lead|Deadline|Rating)/ })).toHaveLength(0);
    for (const h of screen.getAllByRole('columnheader')) expect(h).not.toHaveAttribute('aria-sort');
  });

  it('sorts from header buttons and marks the sorted column with aria-sort', async () => {
    const onSort = vi.fn();
    const { user, rerender } = renderTable({ showArea: true, sort: { key: 'deadline', direction: 'asc', onSort } });
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    expect(header('Deadline')).toHaveAttribute('aria-sort', 'ascending');
    for (const name of ['ID', 'Area', 'Lead', 'Rating']) expect(header(name)).toHaveAttribute('aria-sort', 'none');
    expect(header('Action')).not.toHaveAttribute('aria-sort');
    expect(header('Latest progress')).not.toHaveAttribute('aria-sort');

    await user.click(within(header('Rating')).getByRole('button', { name: /^Rating/ }));
    expect(onSort).toHaveBeenCalledWith('rating');
    within(header('Area')).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(onSort).toHaveBeenLastCalledWith('area');

    rerender(
      <ActionsTable actions={ACTIONS} areas={AREAS} today={TODAY} caption="Actions in this area" showArea sort={{ key: 'rating', direction: 'desc', onSort }} />,
    );
    expect(header('Rating')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Deadline')).toHaveAttribute('aria-sort', 'none');
  });

  it('shows rows in the order given', () => {
    renderTable({ actions: [...ACTIONS].reverse() });
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['9.9', '3.2', '3.1', '1.1']);
  });

  it('can hide its caption visually and keep the name', () => {
    renderTable({ captionHidden: true });
    expect(screen.getByRole('table', { name: 'Actions in this area' })).toBeInTheDocument();
    expect(screen.getByText('Actions in this area')).toHaveClass('app-visually-hidden');
  });

  it('keeps 5,000 actions cheap: one batch drawn, the rest on request', { timeout: 20_000 }, async () => {
    const large = generateLargePlan({ actions: 5000, measures: 0, reviews: 0 });
    const user = userEvent.setup();
    const { container } = render(
      <ActionsTable actions={large.actions} areas={large.plan.areas} today={large.today} caption="All actions" batchSize={200} />,
    );
    // Counting with a selector: role queries over hundreds of rows are slow in jsdom.
    const bodyRows = () => container.querySelectorAll('tbody tr').length;
    expect(bodyRows()).toBe(200);
    expect(screen.getByText('Showing 200 of 5,000 actions.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 200 more' }));
    expect(bodyRows()).toBe(400);
    expect(screen.getByRole('button', { name: 'Show all 5,000 actions' })).toBeInTheDocument();
  });

  it('goes back to one batch when the list changes', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 30 }, (_, i) => buildAction({ id: `1.${i + 1}` }));
    const { rerender } = render(<ActionsTable actions={many} areas={AREAS} today={TODAY} caption="Actions" batchSize={10} />);
    await user.click(screen.getByRole('button', { name: 'Show all 30 actions' }));
    expect(screen.getAllByRole('row')).toHaveLength(31);
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
    rerender(<ActionsTable actions={many.slice(0, 25)} areas={AREAS} today={TODAY} caption="Actions" batchSize={10} />);
    expect(screen.getAllByRole('row')).toHaveLength(11);
  });

  it('has no detectable accessibility problems, collapsed or expanded', { timeout: 15_000 }, async () => {
    const onSort = vi.fn();
    const { container, user } = renderTable({ showArea: true, areaHref: (n) => `/a/${n}`, sort: { key: 'id', direction: 'asc', onSort } });
    const options = { rules: { 'color-contrast': { enabled: false } } };
    expect(await axe(container, options)).toHaveNoViolations();
    await user.click(within(row('1.1')).getByRole('button', { name: /^Show 3 earlier updates/ }));
    expect(await axe(container, options)).toHaveNoViolations();
  });
});
