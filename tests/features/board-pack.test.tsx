import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { expectedOverdue, expectedSummary } from '../support/demo-expectations';
import { renderApp, renderAppOnce } from '../support/render-app';

const planId = demoMain.plan.id;
const path = `/plans/${planId}/board-pack`;

async function boardPackReady() {
  await screen.findByRole('heading', { name: demoMain.plan.title, level: 1 });
  await screen.findByRole('heading', { name: /^Since the last review: Improvement Board 14 Dec 2023 to now$/, level: 2 });
}

async function openBoardPack() {
  const utils = renderApp(path);
  await boardPackReady();
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
  describe('as it opens (read only, rendered once)', () => {
    renderAppOnce(path, boardPackReady);

    it('gives the whole plan per rating, overdue and measures not meeting their target, with the key', async () => {
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
      const heading = screen.getByRole('heading', { name: /^Complete, but no evidence of impact yet \(\d+\)$/ });
      const region = heading.closest('section');
      expect(region).not.toBeNull();
      expect(within(region as HTMLElement).getAllByText(/^2\.4$|^6\.3$|^8\.2$/).length).toBeGreaterThan(0);
      const trend = screen.getByRole('table', { name: 'Ratings at each review' });
      // Every review, then now.
      expect(within(trend).getAllByRole('row').slice(1)).toHaveLength(demoMain.reviews.reviews.length + 1);
      expect(screen.queryByRole('button', { name: /Show as (chart|table)/ })).toBeNull();
    });

    it('gives each area in a sentence', async () => {
      const section = screen.getByRole('region', { name: 'Each area in a sentence' });
      for (const area of demoMain.plan.areas) {
        const heading = within(section).getByRole('heading', { name: `Area ${area.number}: ${area.shortTitle ?? area.title}`, level: 3 });
        expect(heading.closest('li')).toHaveTextContent(expectedSummary(area.id));
      }
    });

    it('lists every overdue action, not only the newly overdue, with its lead', async () => {
      const expected = expectedOverdue(demoMain.actions.actions);
      // Ten overdue on 12 January 2024; the December board saw only three of them become so.
      expect(expected).toHaveLength(10);
      expect(screen.getByRole('heading', { name: 'Overdue actions (10)', level: 2 })).toBeInTheDocument();
      const table = screen.getByRole('table', { name: 'Overdue actions' });
      const ids = within(table)
        .getAllByRole('rowheader')
        .map((th) => th.querySelector('.app-table__strong')?.textContent);
      expect([...ids].sort()).toEqual(expected.map((a) => a.id).sort());
      const first = expected.find((a) => a.id === ids[0]);
      expect(within(table).getAllByRole('row')[1]).toHaveTextContent(first?.lead ?? 'missing');
    });

    it('lists the measures not meeting their target with their latest figure and target', async () => {
      expect(screen.getByRole('heading', { name: 'Measures not meeting their target (21)', level: 2 })).toBeInTheDocument();
      const table = screen.getByRole('table', { name: 'Measures not meeting their target' });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(21);
      // Off target first: every "Off target" row comes before every "Near target" row.
      const states = rows.map((row) => (within(row).queryByText('Off target') ? 'off' : within(row).queryByText('Near target') ? 'near' : '?'));
      expect(states).toEqual([...states].sort((a, b) => (a === b ? 0 : a === 'off' ? -1 : 1)));
      expect(states).not.toContain('?');
      // m-01 (fixtures/demo/hfd-2022/measures.ts): target 60% with 5 points' tolerance, one decimal place.
      const careLeavers = rows.find((row) => row.textContent?.includes('Care-experienced young people aged 19-21'));
      expect(within(careLeavers as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent('60.0% or more (near target down to 55.0%)');
      for (const row of rows) {
        expect(within(row).getAllByRole('cell')[0]?.textContent).toMatch(/\d/);
        expect(within(row).getAllByRole('cell')[1]?.textContent).toMatch(/or more|or less|between/);
      }
    });
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
