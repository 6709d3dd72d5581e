import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { renderApp } from '../support/render-app';

const planId = demoMain.plan.id;
const path = `/plans/${planId}/board-pack`;

async function openBoardPack() {
  const utils = renderApp(path);
  await screen.findByRole('heading', { name: demoMain.plan.title, level: 1 });
  await screen.findByRole('heading', { name: /^Since the last review: Improvement Board 14 Dec 2023 to now$/, level: 2 });
  return utils;
}

function idsUnder(headingName: RegExp): string[] {
  const heading = screen.getByRole('heading', { name: headingName, level: 3 });
  const table = heading.parentElement?.querySelector('table');
  if (!table) return [];
  return within(table)
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('.app-table__strong')?.textContent ?? '');
}

describe('board pack', () => {
  it('gives the whole plan per rating, overdue and measures not meeting their target, with the key', async () => {
    await openBoardPack();
    const counts = within(screen.getByRole('list', { name: 'Actions by rating, whole plan' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const actions = demoMain.actions.actions;
    const n = (rating: string | null) => actions.filter((a) => a.rating === rating).length;
    expect(counts).toEqual([
      `${n('blue')}✓Complete, impact to test`,
      `${n('green')}●On track`,
      `${n('amber')}▲Some delay`,
      `${n('red')}■At risk`,
      `${n('not-due')}○Not yet due`,
      `${n(null)}–Not rated`,
    ]);
    // Ten non-blue actions are overdue on 12 January 2024 (fixtures/demo/hfd-2022/actions.ts).
    expect(screen.getByText(/actions overdue$/).closest('li')).toHaveTextContent('10 actions overdue');
    // 21 of the 30 demo measures are near or off target (listed by hand in tests/features/measures.test.tsx).
    expect(screen.getByText(/of 30 measures not meeting/).closest('li')).toHaveTextContent('21 of 30 measures not meeting their target (near or off target)');
    expect(screen.getByText(demoMain.plan.ratingDefinitions?.red ?? '')).toBeInTheDocument();
    expect(screen.getByText(/^67 actions: /)).toBeInTheDocument();
  });

  it('has the actions by area and rating table with a whole-plan row that adds up', async () => {
    await openBoardPack();
    const table = screen.getByRole('table', { name: 'Actions by area and rating' });
    const bodyRows = within(table).getAllByRole('row').slice(1, -1);
    expect(bodyRows).toHaveLength(demoMain.plan.areas.length);
    const totals = bodyRows.map((row) => Number(within(row).getAllByRole('cell').at(-3)?.textContent));
    const areas = [...demoMain.plan.areas].sort((a, b) => a.number - b.number);
    expect(totals).toEqual(areas.map((area) => demoMain.actions.actions.filter((a) => a.areaId === area.id).length));
    const whole = within(table).getByRole('row', { name: /^Whole plan/ });
    expect(within(whole).getAllByRole('cell').map((c) => c.textContent).slice(-3)).toEqual(['67', '10', '21 of 30 not meeting target']);
    expect(within(table).queryAllByRole('link')).toHaveLength(0);
  });

  it('shows what changed since the last review: worse, better, overdue, complete, added, and the missing rationale', async () => {
    await openBoardPack();
    expect(idsUnder(/^Worse/)).toEqual(['3.5', '5.6', '10.5']);
    expect(idsUnder(/^Better/)).toEqual(['7.5', '8.3', '9.4']);
    expect(idsUnder(/^Other rating changes/)).toEqual(['2.3']);
    expect(idsUnder(/^Newly overdue/)).toEqual(['2.5', '7.2', '9.3']);
    expect(idsUnder(/^Newly complete/)).toEqual(['8.3', '9.4']);
    expect(idsUnder(/^Added to the plan/)).toEqual(['10.7']);
    expect(idsUnder(/^Removed from the plan/)).toEqual([]);
    expect(screen.getByText('No actions were removed.')).toBeInTheDocument();
    expect(screen.getByText(/1 change with no\s+rationale given/)).toBeInTheDocument();
    expect(screen.getAllByText('No rationale given').length).toBeGreaterThan(0);
  });

  it('lists complete actions with no evidence of impact yet, and the plan over time as a table', async () => {
    await openBoardPack();
    const heading = screen.getByRole('heading', { name: /^Complete, but no evidence of impact yet \(\d+\)$/ });
    const region = heading.closest('section');
    expect(region).not.toBeNull();
    expect(within(region as HTMLElement).getAllByText(/^2\.4$|^6\.3$|^8\.2$/).length).toBeGreaterThan(0);
    const trend = screen.getByRole('table', { name: 'Ratings at each review' });
    // Every review, then now.
    expect(within(trend).getAllByRole('row').slice(1)).toHaveLength(demoMain.reviews.reviews.length + 1);
    expect(screen.queryByRole('button', { name: /Show as (chart|table)/ })).toBeNull();
  });

  it('prints from a button left out of print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await openBoardPack();
    const button = screen.getByRole('button', { name: 'Print this board pack' });
    expect(button.closest('.app-no-print')).not.toBeNull();
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });
});
