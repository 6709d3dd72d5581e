import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_TODAY, demoMain } from '../../fixtures/demo';
import type { Measure } from '../../src/api/schemas';
import { axeViolations, openBrowser, screenshot, type BrowserSession } from './browser';
import { CHANGES_SINCE_DECEMBER } from '../support/demo-expectations';
import { csvLines, download, eventually, expectSearch, firstFields, pageOverflow } from './view-helpers';

const baseUrl = inject('baseUrl');
const { plan, actions: actionList, measures: measureList, reviews: reviewList } = demoMain;
const planId = plan.id;
const actions = actionList.actions;
const measures = measureList.measures;
const areas = plan.areas;
const today = DEMO_TODAY;
const planPath = `/plans/${planId}`;

/**
 * Expected figures, read off the demo fixture (fixtures/demo/hfd-2022) by hand, never
 * from src/domain. The overdue actions as at 12 Jan 2024: due before then, not blue.
 */
const OVERDUE_IDS = ['1.9', '2.3', '2.5', '3.1', '3.5', '5.5', '7.2', '7.3', '8.4', '9.3'];
/** Of those, the amber ones (the others are red, and 2.3 is not rated). */
const AMBER_OVERDUE_IDS = ['1.9', '3.1', '5.5', '7.2', '8.4'];
/** Amber and overdue in area 5; in areas 5 and 1. */
const AMBER_OVERDUE_AREA_5_IDS = ['5.5'];
const AMBER_OVERDUE_AREAS_5_1_IDS = ['1.9', '5.5'];
/** ... searched for "audit": 5.5's progress notes speak of audits, 1.9's text does not. */
const AUDIT_IDS = ['5.5'];
/** Amber and overdue, searched for "practice": 1.9 and 8.4 by their titles, 5.5 by its notes. */
const PRACTICE_IDS = ['1.9', '5.5', '8.4'];
/** Per area, in number order: blue, green, amber, red, not yet due, not rated, total, overdue. */
const AREA_ROWS = [
  [5, 3, 1, 0, 0, 0, 9, 1],
  [3, 1, 0, 1, 0, 1, 6, 2],
  [3, 4, 1, 1, 0, 0, 9, 2],
  [1, 3, 0, 0, 0, 1, 5, 0],
  [3, 3, 2, 0, 0, 0, 8, 1],
  [3, 2, 0, 0, 1, 0, 6, 0],
  [1, 1, 1, 1, 1, 0, 5, 2],
  [5, 0, 1, 0, 0, 0, 6, 1],
  [3, 1, 0, 1, 1, 0, 6, 1],
  [2, 1, 2, 0, 1, 1, 7, 0],
].map((row) => row.map(String));
const countText = (n: number) => `${n} of ${actions.length} actions`;

/** Opens the explorer's rating, deadline and area groups (closed until wanted) where closed. */
async function openFilterGroups(filters: Locator) {
  for (const group of [/^Rating/, /^Deadline/, /^Area/]) {
    const details = filters.locator('details.app-filter-group').filter({ has: filters.page().locator('summary', { hasText: group }) });
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }
}

function area(n: number) {
  const found = areas.find((a) => a.number === n);
  if (!found) throw new Error(`demo plan has no area ${n}`);
  return found;
}
/** The checkbox label the filters use for an area. */
const areaLabel = (n: number) => `Area ${n}: ${area(n).shortTitle ?? area(n).title}`;

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** A view as a board member first sees it: axe-clean, nothing wider than the window, saved as a screenshot. */
async function checkView(page: Page, name: string) {
  await expectAxeClean(page);
  const overflow = await pageOverflow(page);
  expect({ view: name, scrollWidth: overflow.scrollWidth, offenders: overflow.offenders }).toEqual({ view: name, scrollWidth: 1366, offenders: [] });
  await screenshot(page, `view-${name}`);
}

/**
 * A chart's switch: "Show as table" plus the measure's title in visually hidden text. The
 * hidden span is absolutely positioned, so browsers put a space before its colon.
 */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const toggleName = (verb: string, title: string) => new RegExp(`^${verb}\\s?: ${escapeRegExp(title)}$`);

/** A main-navigation link ("Plan views"). */
const navLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Plan views' }).getByRole('link', { name, exact: true });

describe('every view in Chromium at 1366x768', () => {
  let session: BrowserSession;
  let page: Page;
  beforeAll(async () => {
    session = await openBrowser({ width: 1366, height: 768 });
    page = session.page;
  });
  afterAll(async () => {
    await session.close();
  });

  it('walks the views through the navigation (one step by keyboard): picker, overview, actions, measures, a measure', async () => {
    // Plan picker.
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Choose a plan', level: 1 }).waitFor();
    await checkView(page, 'plan-picker');

    // Overview.
    await page.getByRole('link', { name: plan.title }).click();
    await page.getByRole('heading', { name: `${actions.length} actions`, level: 2 }).waitFor();
    await page.locator('.app-area-card').nth(areas.length - 1).waitFor();
    expect(new URL(page.url()).pathname).toBe(planPath);
    expect(await navLink(page, 'Overview').getAttribute('aria-current')).toBe('page');
    await checkView(page, 'overview');

    // Actions, by keyboard. Arriving on the overview put focus on its main content, so
    // the navigation is behind it: Shift+Tab back to the "Actions" link, then Enter.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    let onActionsLink = false;
    for (let i = 0; i < 30 && !onActionsLink; i += 1) {
      await page.keyboard.press('Shift+Tab');
      onActionsLink = await page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLAnchorElement && el.closest('nav[aria-label="Plan views"]') !== null && el.textContent === 'Actions';
      });
    }
    expect(onActionsLink).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Actions', level: 1 }).waitFor();
    // A keyboard navigation moves focus to the new view's main content, as a page load would.
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.getByRole('status').filter({ hasText: countText(actions.length) }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${planPath}/actions`);
    // The first 50 rows are drawn; the rest are one press away.
    expect(await page.locator('.app-actions-table__row').count()).toBe(50);
    await page.getByRole('button', { name: `Show all ${actions.length} actions` }).click();
    expect(await page.locator('.app-actions-table__row').count()).toBe(actions.length);
    expect(await navLink(page, 'Actions').getAttribute('aria-current')).toBe('page');
    await checkView(page, 'actions');

    // Measures.
    await navLink(page, 'Measures').click();
    await page.getByRole('heading', { name: 'Measures that matter', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: `${measures.length} of ${measures.length} measures` }).waitFor();
    expect(await page.locator('.app-measures-table__row').count()).toBe(measures.length);
    await checkView(page, 'measures');

    // One measure, from its row.
    const first = measures[0] as Measure;
    await page.getByRole('link', { name: first.title, exact: true }).click();
    await page.getByRole('heading', { name: first.title, level: 1 }).waitFor();
    await page.locator('.app-chart-panel svg[role="img"]').waitFor();
    expect(new URL(page.url()).pathname).toBe(`${planPath}/measures/${first.id}`);
    // "Measures" stays current on a measure's page.
    expect(await navLink(page, 'Measures').getAttribute('aria-current')).toBe('page');
    await checkView(page, 'measure');

  }, 120_000);

  it('walks on from the measure page: since last review, check-in, briefing, board pack, an area, accessibility', async () => {
    // Carries on where the previous test left off (a measure's page), unless it failed early.
    if (!new URL(page.url()).pathname.startsWith(`${planPath}/`)) await page.goto(`${baseUrl}${planPath}/measures`);

    // Since last review.
    await navLink(page, 'Since last review').click();
    await page.getByRole('heading', { name: 'From Improvement Board 14 Dec 2023 to now', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'The plan over time', level: 2 }).waitFor();
    await checkView(page, 'changes');

    // Weekly check-in.
    await navLink(page, 'Check-in').click();
    await page.getByRole('heading', { name: 'Weekly check-in', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Leads and what they owe' }).waitFor();
    await checkView(page, 'check-in');

    // Scrutiny briefing and board pack (screen view; print is briefing.test.ts's business).
    await navLink(page, 'Scrutiny briefing').click();
    await page.getByRole('heading', { name: 'Glossary', level: 2 }).waitFor();
    await checkView(page, 'briefing');

    await navLink(page, 'Board pack').click();
    await page.getByRole('heading', { name: 'The plan over time', level: 2 }).waitFor();
    await checkView(page, 'board-pack');

    // An area, from its card on the overview.
    await navLink(page, 'Overview').click();
    await page.getByRole('link', { name: `3 ${area(3).shortTitle ?? area(3).title}` }).click();
    await page.getByRole('heading', { name: area(3).shortTitle ?? area(3).title, level: 1, exact: true }).waitFor();
    await page.locator('.app-area-measures svg[role="img"]').first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`${planPath}/areas/3`);
    await checkView(page, 'area-3');

    // Accessibility statement, from the footer.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
    await page.getByRole('heading', { name: 'Accessibility statement for the improvement plan dashboard', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/accessibility');
    await checkView(page, 'accessibility');
  }, 120_000);

  it('since last review: the plan over time in the tags’ shapes, every review dated, the compared one marked', async () => {
    await page.goto(`${baseUrl}${planPath}/changes`);
    const section = page.locator('section[aria-labelledby="trend-heading"]');
    const chart = section.locator('.app-brag-trend');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    // The key is the rating tags themselves.
    expect(await chart.locator('.app-brag-trend__key .app-tag').allTextContents()).toEqual([
      '✓Complete, impact to test',
      '●On track',
      '▲Some delay',
      '■At risk',
      '○Not yet due',
      '–Not rated',
    ]);
    // Every review's date on the axis, then now; the latest review (compared by default) marked.
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const dated = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? '?'} ${iso.slice(0, 4)}`;
    const byDate = [...reviewList.reviews].sort((a, b) => (a.date < b.date ? -1 : 1));
    const expectedTicks = byDate.map((r, i) => `${dated(r.date)}${i === byDate.length - 1 ? ' (compared)' : ''}`);
    const ticks = (await chart.locator('.recharts-cartesian-axis-tick-value').allTextContents()).filter((t) => !/^\d+$/.test(t));
    expect(ticks).toEqual([...expectedTicks, 'Now']);
    // Each segment tall enough carries its shape and count: the "Now" bar's complete actions, counted from the fixture.
    const blueNow = actions.filter((a) => a.rating === 'blue').length;
    const greenNow = actions.filter((a) => a.rating === 'green').length;
    const labels = await chart.locator('.recharts-label-list text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining([`✓ ${blueNow}`, `● ${greenNow}`]));
    await screenshot(page, 'plan-over-time');
  });

  it('overview: the table view totals and the areas CSV match the fixture', async () => {
    await page.goto(`${baseUrl}${planPath}`);
    await page.getByRole('heading', { name: `${actions.length} actions`, level: 2 }).waitFor();

    await page.getByRole('button', { name: 'Show as table' }).click();
    await expectSearch(page, '?view=table');
    await page.getByRole('button', { name: 'Show as cards' }).waitFor();
    const table = page.getByRole('table', { name: 'Actions by area and rating' });
    await table.waitFor();

    // Whole-plan row: (no status), blue, green, amber, red, not yet due, not rated, total, overdue, measures.
    const whole = await table.locator('tfoot tr').first().locator('td').allTextContents();
    expect(whole).toEqual(['', '29', '19', '8', '4', '4', '3', '67', '10', '21 of 30 not meeting target']);
    // One row per area, each with the fixture's numbers.
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(rows.map((row) => row.slice(1, 9))).toEqual(AREA_ROWS);
    // Area 4, by hand: its actions on track, both its measures (m-08, m-12) missing their target.
    expect(rows[3]).toEqual(['●On track', '1', '3', '0', '0', '0', '1', '5', '0', '2 of 2 not meeting target']);
    await checkView(page, 'overview-table');

    const saved = await download(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(saved.filename).toBe(`${planId}-areas-as-at-${today}.csv`);
    expect(saved.bom).toBe(true);
    expect(csvLines(saved.text)[0]).toBe('area_number,area_title,blue,green,amber,red,not_due,unrated,total,overdue');
    expect(firstFields(saved.text)).toEqual(areas.map((a) => String(a.number)));
    // The areas add up to the whole plan's counts, read off the fixture by hand above.
    const sums = csvLines(saved.text)
      .slice(1)
      .reduce((acc, line) => acc.map((v, i) => v + Number(line.split(',').slice(-8)[i] ?? 0)), [0, 0, 0, 0, 0, 0, 0, 0]);
    expect(sums).toEqual([29, 19, 8, 4, 4, 3, 67, 10]);

    // Back to cards (the toggle is a URL state; '?view=cards' is the default spelled out).
    await page.getByRole('button', { name: 'Show as cards' }).click();
    await eventually(() => ['', '?view=cards'].includes(new URL(page.url()).search)).toBe(true);
    await page.locator('.app-area-card').first().waitFor();
  });

  it('actions explorer: filters by clicking and typing, in the URL, kept on reload and by back/forward; CSV of the filtered rows', async () => {
    await page.goto(`${baseUrl}${planPath}/actions`);
    const count = page.locator('.app-actions-explorer__count');
    await page.getByRole('status').filter({ hasText: countText(actions.length) }).waitFor();
    const filters = page.getByRole('search', { name: 'Filter actions' });
    const overdue = filters.getByRole('radio', { name: 'Overdue', exact: true });
    const amber = filters.getByRole('checkbox', { name: 'Some delay' });
    const area1 = filters.getByRole('checkbox', { name: areaLabel(1) });
    const area5 = filters.getByRole('checkbox', { name: areaLabel(5) });
    const searchBox = filters.getByRole('searchbox', { name: 'Search actions' });
    const rowIds = () => page.locator('.app-actions-table__row th[scope="row"]').allTextContents();
    // The groups are closed until wanted, so the results stay near the top.
    await openFilterGroups(filters);

    // Overdue only: exactly the ten overdue actions, in id order, and the same in the CSV.
    await overdue.click();
    await eventually(() => count.textContent()).toBe(countText(10));
    await expectSearch(page, '?overdue=yes');
    expect(await rowIds()).toEqual(OVERDUE_IDS);
    // Filtered, with one action's earlier updates open: still axe-clean.
    await page.locator('.app-actions-table__row').getByRole('button', { name: /^Show \d+ earlier updates? for action / }).first().click();
    await expectAxeClean(page);
    const overdueCsv = await download(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(overdueCsv.filename).toBe(`${planId}-actions-as-at-${today}.csv`);
    expect(overdueCsv.bom).toBe(true);
    expect(csvLines(overdueCsv.text)[0]).toBe('id,area_number,title,lead,deadline,rating,overdue');
    expect(firstFields(overdueCsv.text)).toEqual(OVERDUE_IDS);
    expect(csvLines(overdueCsv.text).slice(1).every((line) => line.endsWith(',yes'))).toBe(true);

    // A rating, then two areas.
    await amber.click();
    await eventually(() => count.textContent()).toBe(countText(AMBER_OVERDUE_IDS.length));
    await expectSearch(page, '?rating=amber&overdue=yes');
    expect(await rowIds()).toEqual(AMBER_OVERDUE_IDS);

    await area5.click();
    await eventually(() => count.textContent()).toBe(countText(AMBER_OVERDUE_AREA_5_IDS.length));
    await expectSearch(page, '?area=5&rating=amber&overdue=yes');

    await area1.click();
    await eventually(() => count.textContent()).toBe(countText(AMBER_OVERDUE_AREAS_5_1_IDS.length));
    await expectSearch(page, '?area=5%2C1&rating=amber&overdue=yes');
    expect(await rowIds()).toEqual(AMBER_OVERDUE_AREAS_5_1_IDS);

    // Back and forward step through the clicked filters.
    await page.goBack();
    await eventually(() => count.textContent()).toBe(countText(AMBER_OVERDUE_AREA_5_IDS.length));
    await expectSearch(page, '?area=5&rating=amber&overdue=yes');
    expect(await area1.isChecked()).toBe(false);
    expect(await area5.isChecked()).toBe(true);
    await page.goBack();
    await eventually(() => count.textContent()).toBe(countText(AMBER_OVERDUE_IDS.length));
    await expectSearch(page, '?rating=amber&overdue=yes');
    expect(await area5.isChecked()).toBe(false);
    expect(await amber.isChecked()).toBe(true);
    await page.goForward();
    await eventually(() => area5.isChecked()).toBe(true);
    await page.goForward();
    await eventually(() => count.textContent()).toBe(countText(AMBER_OVERDUE_AREAS_5_1_IDS.length));
    expect(await area1.isChecked()).toBe(true);

    // Typing searches as you type, kept in the URL.
    await searchBox.fill('');
    await searchBox.pressSequentially('audit');
    await eventually(() => count.textContent()).toBe(countText(AUDIT_IDS.length));
    await expectSearch(page, '?area=5%2C1&rating=amber&overdue=yes&q=audit');
    expect(await rowIds()).toEqual(AUDIT_IDS);

    // The CSV is exactly the rows on screen.
    const filteredCsv = await download(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(csvLines(filteredCsv.text)[0]).toBe('id,area_number,title,lead,deadline,rating,overdue');
    // The CSV is exactly the rows on screen, in screen order.
    expect(firstFields(filteredCsv.text)).toEqual(await rowIds());

    // Reload keeps every filter, in the tags, the controls and the list.
    await page.reload();
    await eventually(() => count.textContent()).toBe(countText(AUDIT_IDS.length));
    expect(await filters.getByRole('button', { name: /^Remove filter: / }).count()).toBe(5);
    await openFilterGroups(filters);
    expect(await overdue.isChecked()).toBe(true);
    expect(await amber.isChecked()).toBe(true);
    expect(await area1.isChecked()).toBe(true);
    expect(await area5.isChecked()).toBe(true);
    expect(await filters.getByRole('checkbox', { name: 'At risk' }).isChecked()).toBe(false);
    expect(await searchBox.inputValue()).toBe('audit');
    expect(await rowIds()).toEqual(AUDIT_IDS);
    await checkView(page, 'actions-filtered');

    // Clear filters goes back to every action.
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await eventually(() => count.textContent()).toBe(countText(actions.length));
    await expectSearch(page, '');
  });

  it('measures: the off-target filter counts and links; a measure page switches its chart to a table of the series', async () => {
    // By hand from the fixture (as in tests/features/measures.test.tsx): near or off target.
    const NOT_MEETING = ['m-01', 'm-03', 'm-05', 'm-06', 'm-07', 'm-08', 'm-10', 'm-11', 'm-12', 'm-14', 'm-15', 'm-17', 'm-18', 'm-19', 'm-21', 'm-23', 'm-24', 'm-25', 'm-27', 'm-29', 'm-30'];
    const offTarget = NOT_MEETING.map((id) => measures.find((m) => m.id === id) as Measure);
    await page.goto(`${baseUrl}${planPath}/measures`);
    const status = page.getByRole('status').filter({ hasText: /of \d+ measures?/ });
    await eventually(() => status.textContent()).toBe(`${measures.length} of ${measures.length} measures`);

    await page.getByRole('checkbox', { name: 'Not meeting the target (near or off target)' }).click();
    await eventually(() => status.textContent()).toBe(`${offTarget.length} of ${measures.length} measures`);
    await expectSearch(page, '?show=off-target');
    const titles = await page.locator('.app-measures-table__title').allTextContents();
    expect(titles).toEqual(offTarget.map((m) => m.title));

    // The overview's "N of 30 measures off target" link opens the same list.
    await page.goto(`${baseUrl}${planPath}`);
    const glanceLink = page.locator(`.app-glance a[href="${planPath}/measures?show=off-target"]`);
    expect((await glanceLink.textContent()) ?? '').toMatch(new RegExp(`^${offTarget.length} of ${measures.length} measures`));
    await glanceLink.click();
    await eventually(() => status.textContent()).toBe(`${offTarget.length} of ${measures.length} measures`);
    await expectSearch(page, '?show=off-target');

    // Open a measure; its trend chart switches to a table with every period of the series.
    const measure = measures.find((m) => m.id === 'm-08') as Measure;
    await page.getByRole('link', { name: measure.title, exact: true }).click();
    await page.getByRole('heading', { name: measure.title, level: 1 }).waitFor();
    const panel = page.locator('.app-chart-panel');
    await panel.locator('svg[role="img"]').waitFor();
    // The one sentence builder, by hand: England's 2022-23 figure against our own March 2023 (136 of 179).
    expect(await panel.locator('svg[role="img"]').getAttribute('aria-label')).toBe(
      '86.5% in Dec 2023 (provisional), below the 90.0% target: near target. Improving since Nov 2023 (up from 84.7%); higher is better. ' +
        'Up from 64.7% a year earlier and 66.2% two years earlier (+21.8 percentage points on the year): improving. ' +
        'Worse than England (82.9%, 2022-23; ours 76.0%, Mar 2023). Worse than statistical neighbours (85.1%, 2022-23; ours 76.0%, Mar 2023). ' +
        'Similar to West Midlands (80.4%, 2022-23; ours 76.0%, Mar 2023).',
    );

    const toggle = panel.getByRole('button', { name: toggleName('Show as table', measure.title) });
    await toggle.click();
    const table = panel.getByRole('table');
    await table.waitFor();
    expect(await panel.locator('svg[role="img"]').count()).toBe(0);
    // One row per period of the council's series (m-08: 36 months, Jan 2021 to Dec 2023).
    expect(measure.points.length).toBe(36);
    expect(await table.locator('tbody tr').count()).toBe(measure.points.length);
    await checkView(page, 'measure-table');

    // And back to the chart (the choice is remembered per chart, so leave it as found).
    await panel.getByRole('button', { name: toggleName('Show as chart', measure.title) }).click();
    await panel.locator('svg[role="img"]').waitFor();
  });

  it('area page: earlier updates open under an action; a measure chart renders and switches to a table', async () => {
    await page.goto(`${baseUrl}${planPath}/areas/3`);
    await page.getByRole('heading', { name: area(3).shortTitle ?? area(3).title, level: 1, exact: true }).waitFor();
    // The inspection's wording under the short title; the summary and the way to the
    // measures in the first screenful, not 2,000 pixels down.
    expect(await page.locator('.app-area-full-title').textContent()).toBe(area(3).title);
    const areaMeasureCount = measures.filter((m) => m.areaIds.includes(area(3).id)).length;
    const jump = page.getByRole('link', { name: `Is it getting better? See the area’s measures (${areaMeasureCount})` });
    await jump.waitFor();
    expect((await jump.boundingBox())?.y ?? Infinity).toBeLessThan(768);
    expect((await page.locator('.app-area-summary__sentence').boundingBox())?.y ?? Infinity).toBeLessThan(768);
    const areaActions = actions.filter((a) => a.areaId === area(3).id);
    await page.getByRole('heading', { name: `Actions (${areaActions.length})`, level: 2 }).waitFor();

    // The first action with earlier notes.
    const withHistory = areaActions.find((a) => a.progress.length > 1);
    if (!withHistory) throw new Error('area 3 has no action with earlier updates');
    const earlier = withHistory.progress.length - 1;
    const noun = earlier === 1 ? 'earlier update' : 'earlier updates';
    const button = page.getByRole('button', { name: `Show ${earlier} ${noun} for action ${withHistory.id}` });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    const hide = page.getByRole('button', { name: `Hide ${earlier} ${noun} for action ${withHistory.id}` });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    const list = page.getByRole('list', { name: `Earlier updates for action ${withHistory.id}, oldest first` });
    expect(await list.getByRole('listitem').count()).toBe(earlier);
    expect(await hide.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
    const firstNote = withHistory.progress[0];
    expect((await list.getByRole('listitem').first().textContent()) ?? '').toContain(firstNote?.text ?? '');

    // A measure card's chart and its table view.
    const areaMeasures = measures.filter((m) => m.areaIds.includes(area(3).id));
    const measure = areaMeasures[0] as Measure;
    const card = page.locator('.app-measure-card').filter({ has: page.getByRole('heading', { name: measure.title }) });
    const chart = card.locator('svg[role="img"]');
    await chart.waitFor();
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    // Lines are drawn (the council's series at least).
    expect(await chart.locator('path.recharts-curve').count()).toBeGreaterThan(0);
    await card.getByRole('button', { name: toggleName('Show as table', measure.title) }).click();
    const table = card.getByRole('table');
    await table.waitFor();
    expect(await chart.count()).toBe(0);
    // One row per period of the council's series.
    expect(await table.locator('tbody tr').count()).toBe(measure.points.length);
    await checkView(page, 'area-3-expanded');
    await card.getByRole('button', { name: toggleName('Show as chart', measure.title) }).click();
    await chart.waitFor();
  });

  it('since last review: the default comparison and its CSV match the fixture', async () => {
    const latest = [...reviewList.reviews].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
    if (!latest) throw new Error('no reviews in the demo');

    await page.goto(`${baseUrl}${planPath}/changes`);
    await page.getByRole('heading', { name: 'From Improvement Board 14 Dec 2023 to now', level: 2 }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Compare' }).inputValue()).toBe(latest.id);
    expect(await page.getByRole('combobox', { name: 'with' }).inputValue()).toBe('now');

    const saved = await download(page, page.getByRole('button', { name: 'Download CSV of rating changes' }));
    expect(saved.filename).toBe(`${planId}-changes-${latest.date}-to-${today}-as-at-${today}.csv`);
    expect(saved.bom).toBe(true);
    expect(csvLines(saved.text)[0]).toBe('action_id,area_number,from,to,direction,rationale');
    expect(csvLines(saved.text).slice(1).map((line) => line.split(',').slice(0, 5).join(','))).toEqual(CHANGES_SINCE_DECEMBER);
    expect(firstFields(saved.text)).toEqual(['2.3', '3.5', '5.6', '7.5', '8.3', '9.4', '10.5']);

    // The section counts, from the list above: worse 3.5, 5.6, 10.5; better 7.5, 8.3, 9.4;
    // newly overdue since 14 Dec 2023 (due between then and 12 Jan 2024, not blue): 2.5, 7.2, 9.3.
    await page.getByRole('heading', { name: 'Worse (3)', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Better (3)', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Newly overdue (3)', level: 2 }).waitFor();
  });

  it('check-in: a lead chosen by keyboard goes into the URL and their actions appear in groups', async () => {
    await page.goto(`${baseUrl}${planPath}/check-in`);
    await page.getByRole('heading', { name: 'Weekly check-in', level: 1 }).waitFor();
    // The first lead in the list (alphabetical): the Chief Executive, who leads one action, 1.5 (blue).
    const lead = { key: 'chief executive', displayName: 'Chief Executive' };

    const select = page.getByRole('combobox', { name: 'Lead' });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe(lead.key);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show their actions');
    await page.keyboard.press('Enter');

    await eventually(() => new URL(page.url()).searchParams.get('lead')).toBe(lead.key);
    expect([...new URL(page.url()).searchParams.keys()]).toEqual(['lead']);
    await page.getByRole('heading', { name: `1 action for ${lead.displayName}`, level: 2 }).waitFor();
    // Blue and long past its deadline: neither overdue, due soon nor at risk.
    const groups: [string, string, string[]][] = [
      ['overdue', 'Overdue', []],
      ['due-2-weeks', 'Due in the next 2 weeks', []],
      ['due-4-weeks', 'Due in 2 to 4 weeks', []],
      ['red-or-amber', 'Other actions at risk or delayed', []],
      ['other', 'Everything else', ['1.5']],
    ];
    for (const [id, label, ids] of groups) {
      const heading = page.getByRole('heading', { name: `${label} (${ids.length})`, level: 3 });
      expect(await heading.count()).toBe(1);
      expect(await page.locator(`section#${id} .app-check-in-item__title strong`).allTextContents()).toEqual(ids);
    }
    expect(await page.getByRole('list', { name: 'Chosen leads' }).getByRole('listitem').count()).toBe(1);
    await checkView(page, 'check-in-lead');
  });

  // A search is one history entry: the first keystroke adds it, later ones replace it.
  it('actions explorer: Back after typing a search returns to the filters chosen just before typing', async () => {
    await page.goto(`${baseUrl}${planPath}/actions`);
    const count = page.locator('.app-actions-explorer__count');
    await page.getByRole('status').filter({ hasText: countText(actions.length) }).waitFor();
    const filters = page.getByRole('search', { name: 'Filter actions' });
    await openFilterGroups(filters);
    await filters.getByRole('checkbox', { name: 'Some delay' }).click();
    await expectSearch(page, '?rating=amber');
    await filters.getByRole('radio', { name: 'Overdue', exact: true }).click();
    await expectSearch(page, '?rating=amber&overdue=yes');
    await eventually(() => count.textContent()).toBe(countText(AMBER_OVERDUE_IDS.length));

    await filters.getByRole('searchbox', { name: 'Search actions' }).pressSequentially('practice');
    await eventually(() => count.textContent()).toBe(countText(PRACTICE_IDS.length));
    expect(await page.locator('.app-actions-table__row th[scope="row"]').allTextContents()).toEqual(PRACTICE_IDS);
    await expectSearch(page, '?rating=amber&overdue=yes&q=practice');

    // One Back undoes the whole search (one entry for it, not one per keystroke) ...
    await page.goBack();
    // ... and lands on the filters as they were before typing, not one step earlier
    // (today: '?rating=amber', 8 actions; the "Overdue" choice is lost from history).
    // The list settles within a few frames; a short wait keeps this known failure cheap.
    await eventually(async () => ({ search: new URL(page.url()).search, count: await count.textContent() }), 3_000).toEqual({
      search: '?rating=amber&overdue=yes',
      count: countText(AMBER_OVERDUE_IDS.length),
    });
  });
});
