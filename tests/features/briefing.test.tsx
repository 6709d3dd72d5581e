import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { expectedSummary } from '../support/demo-expectations';
import { demoStore } from '../../mocks/node';
import { renderApp, renderAppOnce } from '../support/render-app';

const planId = demoMain.plan.id;
const path = `/plans/${planId}/briefing`;
const areas = [...demoMain.plan.areas].sort((a, b) => a.number - b.number);

async function briefingReady() {
  await screen.findByRole('heading', { name: demoMain.plan.title, level: 1 });
  await screen.findByRole('heading', { name: 'Glossary', level: 2 });
}

async function openBriefing() {
  const utils = renderApp(path);
  await briefingReady();
  return utils;
}

function areaSection(number: number): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^Area ${number}: `) });
}

function measureItem(section: HTMLElement, title: string): HTMLElement {
  const heading = within(section).getByRole('heading', { name: title, level: 4 });
  const item = heading.closest('li');
  if (!item) throw new Error(`no list item for ${title}`);
  return item;
}

describe('scrutiny briefing', () => {
  describe('as it opens (read only, rendered once)', () => {
    renderAppOnce(path, briefingReady);

    it('has a cover: council, plan, reporting date, the key in the plan’s words and how to read it', async () => {
      const cover = screen.getByRole('region', { name: demoMain.plan.title });
      expect(within(cover).getByText('Scrutiny committee briefing')).toBeInTheDocument();
      expect(within(cover).getAllByText('Herefordshire Council').length).toBeGreaterThan(0);
      expect(within(cover).getByText('Data as at 12 January 2024, 9:00am')).toBeInTheDocument();
      expect(within(cover).getByRole('heading', { name: 'Key: what the ratings mean' })).toBeInTheDocument();
      expect(within(cover).getByText(demoMain.plan.ratingDefinitions?.blue ?? '')).toBeInTheDocument();
      expect(within(cover).getByText('Not rated.')).toBeInTheDocument();
      expect(within(cover).getByRole('heading', { name: 'How to read this briefing' })).toBeInTheDocument();
      expect(within(cover).getByText(/^67 actions: /)).toBeInTheDocument();
      expect(document.title).toBe(`Scrutiny briefing – ${demoMain.plan.title} – Improvement plan dashboard`);
    });

    it('has one section per area, in plan order, each with its full title and actions', async () => {
      const sections = screen.getAllByRole('region', { name: /^Area \d+: / });
      expect(sections.map((s) => s.getAttribute('data-area'))).toEqual(areas.map((a) => String(a.number)));
      for (const area of areas) {
        const section = areaSection(area.number);
        expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(`Area ${area.number}: ${area.shortTitle ?? area.title}`);
        const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
        expect(rows).toHaveLength(demoMain.actions.actions.filter((a) => a.areaId === area.id).length);
      }
    });

    it.each([1, 2, 3])('says the exact summary sentence for area %i', async (number) => {
      const area = areas.find((a) => a.number === number);
      expect(within(areaSection(number)).getByText(expectedSummary(area?.id ?? ''))).toBeInTheDocument();
    });

    it('lists actions with id, action, lead, deadline as written and rating, and marks overdue ones', async () => {
      const table = within(areaSection(3)).getByRole('table', { name: /^Actions in Area 3/ });
      const row = within(table).getByRole('row', { name: /^3\.1\b/ });
      const action = demoMain.actions.actions.find((a) => a.id === '3.1');
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      expect(cells[0]).toBe(action?.title);
      expect(cells[1]).toBe(action?.lead);
      expect(cells[2]).toBe('Jan 2022Overdue');
      expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Action', 'What will be done', 'Lead', 'Deadline', 'Rating']);
    });

    it('gives each measure in words, with earlier years and comparators', async () => {
      const m08 = demoMain.measures.measures.find((m) => m.id === 'm-08');
      const item = measureItem(areaSection(3), m08?.title ?? '');
      expect(item).toHaveTextContent(
        '86.5% in Dec 2023 (provisional), below the 90.0% target: near target. Improving since Nov 2023 (up from 84.7%); higher is better. ' +
          'Up from 64.7% a year earlier and 66.2% two years earlier (+21.8 percentage points on the year): improving. ' +
          // Like for like: the 2022-23 comparators against our March 2023, 136 of 179 (76.0%), whose
          // Wilson 95% interval is 69.2% to 81.6%: England and neighbours above it, the region inside.
          'Worse than England (82.9%, 2022-23; ours 76.0%, Mar 2023). Worse than statistical neighbours (85.1%, 2022-23; ours 76.0%, Mar 2023). ' +
          'Similar to West Midlands (80.4%, 2022-23; ours 76.0%, Mar 2023).',
      );
      expect(within(item).getByText('Near target')).toBeInTheDocument();

      const m18 = demoMain.measures.measures.find((m) => m.id === 'm-18');
      const annual = measureItem(areaSection(7), m18?.title ?? '');
      expect(annual).toHaveTextContent(
        '71.0% in 2022-23, below the 85.0% target: off target. Up from 58.0% a year earlier and 31.0% two years earlier (+13.0 percentage points on the year): improving; higher is better.',
      );
    });

    it('says "Not collected yet" for a measure with no figures', async () => {
      const m13 = demoMain.measures.measures.find((m) => m.id === 'm-13');
      expect(measureItem(areaSection(5), m13?.title ?? '')).toHaveTextContent('Not collected yet.');
    });

    it('flags the measures not in the council’s control alone, and only those', async () => {
      const flagged = demoMain.measures.measures.filter((m) => m.outsideControl);
      expect(flagged.length).toBeGreaterThan(0);
      for (const measure of demoMain.measures.measures) {
        for (const areaId of measure.areaIds) {
          const area = areas.find((a) => a.id === areaId);
          if (!area) continue;
          const item = measureItem(areaSection(area.number), measure.title);
          const flag = within(item).queryByText(/Not in the council’s control alone/);
          if (measure.outsideControl) expect(flag).toBeInTheDocument();
          else expect(flag).toBeNull();
        }
      }
    });

    it('ends with a glossary of the terms a councillor meets', async () => {
      const glossary = screen.getByRole('region', { name: 'Glossary' });
      for (const term of ['BRAG rating', 'Overdue', 'Statistical neighbours', 'Rate per 10,000', 'Suppressed (c)', 'EHCP (EHC plan)', 'PLO (Public Law Outline)']) {
        expect(within(glossary).getByText(term)).toBeInTheDocument();
      }
      const regions = screen.getAllByRole('region');
      expect(regions.at(-1)).toBe(glossary);
    });
  });

  it('shows a moved deadline in the actions table, with how often it moved and when it was first due', async () => {
    // Action 3.4 is due Mar 2024 in the fixture; an editor moves it twice.
    demoStore.edit(planId, '3.4', 1, { deadline: '2024-05', reason: 'Case system late.' }, 'Eddie Editor', new Date('2024-01-02T09:00:00Z'));
    demoStore.edit(planId, '3.4', 2, { deadline: '2024-06-30', reason: 'Pilot extended.' }, 'Eddie Editor', new Date('2024-01-09T09:00:00Z'));
    await openBriefing();
    const table = within(areaSection(3)).getByRole('table');
    const moved = within(table).getByRole('rowheader', { name: '3.4' }).closest('tr');
    const unmoved = within(table).getByRole('rowheader', { name: '3.6' }).closest('tr');
    if (!moved || !unmoved) throw new Error('rows 3.4 and 3.6 missing');
    expect(within(moved).getAllByRole('cell')[2]).toHaveTextContent(/^30 Jun 2024\(moved twice, first due Mar 2024\)$/);
    expect(within(unmoved).getAllByRole('cell')[2]).toHaveTextContent(/^Apr 2024$/);
  });

  it('prints from a button that is itself left out of print, with the plan and "data as at" in the page margins', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, container } = await openBriefing();
    const button = screen.getByRole('button', { name: 'Print this briefing' });
    expect(button.closest('.app-no-print')).not.toBeNull();
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    const css = container.querySelector('style')?.textContent ?? '';
    expect(css).toContain(`@top-left { content: "Children's Services Improvement Plan";`);
    expect(css).toContain('@top-right { content: "Data as at 12 January 2024, 9:00am";');
    expect(css).toContain('counter(pages)');
  });
});
