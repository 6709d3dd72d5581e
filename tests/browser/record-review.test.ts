/**
 * The board's meeting through the reference server, in Chromium: an editor signs in
 * with the demo sign-in, an action's deadline is moved twice (PATCH through the API,
 * as setup), then the editor records this meeting's ratings on Since last review. The
 * new review is the default comparison (also after a reload: the server stored it),
 * and the moved deadline and the action's history show on the area page and in the
 * briefing. axe runs on each screen.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { axeViolations } from './browser';
import { SCREENSHOT_DIR } from './paths';
import { referenceServerInBrowser } from './reference-server-process';

const PLAN = demoMain.plan.id;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const consoleErrors: string[] = [];
// An empty data folder: the server creates the database and loads the demo plans, as on a first `npm start`.
const served = referenceServerInBrowser({
  prepare: async ({ page }) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  },
});
const opened = () => ({ page: served().session.page, baseUrl: served().baseUrl });

/** A screenshot of one part of the page (the whole page is too tall to look at). */
async function shoot(part: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await part.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Each step drives a production build and a real server on a shared two-core machine. */
const SLOW = 240_000;

/** Today's date as the server stamps the data's "as at" after a change (UTC), in the dashboard's short form. */
function todayShort(): string {
  const [year, month, day] = new Date().toISOString().slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

describe('recording a meeting’s ratings, and an action’s history, through the reference server', () => {
  it('signs in as an editor and moves a deadline twice through the API', async () => {
    const { page, baseUrl } = opened();
    await page.goto(`${baseUrl}/auth/login?returnTo=${encodeURIComponent(`/plans/${PLAN}`)}`);
    await page.getByRole('button', { name: 'Sign in as Eddie Editor (editor)' }).click();
    await page.getByRole('banner').getByText('Signed in as Eddie Editor (editor)').waitFor();

    // Setup, as an editor's own client would do it: read the ETag, PATCH with If-Match.
    const statuses = await page.evaluate(async ({ plan, moves }) => {
      const url = `/api/plans/${plan}/actions/3.4`;
      const answers: number[] = [];
      for (const body of moves) {
        const current = await fetch(url, { credentials: 'include' });
        const response = await fetch(url, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag') ?? '' },
          body: JSON.stringify(body),
        });
        answers.push(response.status);
      }
      return answers;
    }, { plan: PLAN, moves: [{ deadline: '2024-06', reason: 'Waiting for the new case system.' }, { deadline: '2024-09-30', reason: 'Pilot extended by three months.' }] });
    expect(statuses).toEqual([200, 200]);
    // Signed in now: the signed-out visitor's 401 is behind us.
    consoleErrors.length = 0;
  }, SLOW);

  it('shows the moved deadline and the action’s history on the area page, by keyboard', async () => {
    const { page, baseUrl } = opened();
    await page.goto(`${baseUrl}/plans/${PLAN}/areas/3`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3.4', exact: true }) });
    await row.getByText('(moved twice, first due Mar 2024)').waitFor();
    await expect(row.getByText('30 Sep 2024', { exact: true }).count()).resolves.toBe(1);

    const show = row.getByRole('button', { name: 'Show history of action 3.4' });
    await show.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: 'Changes to action 3.4, newest first' });
    await list.waitFor();
    await row.getByText('History (2 changes)').waitFor();
    const changes = await list.locator(':scope > li').allInnerTexts();
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatch(/Eddie Editor\s+Deadline changed from Jun 2024 to 30 Sep 2024\. Why: Pilot extended by three months\./);
    expect(changes[1]).toMatch(/Eddie Editor\s+Deadline changed from Mar 2024 to Jun 2024\. Why: Waiting for the new case system\./);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(row, 'area-history-1366');
  }, SLOW);

  it('records this meeting’s ratings, which become the default comparison at once and after a reload', async () => {
    const { page, baseUrl } = opened();
    // A link that chose an older board: the new review takes over once recorded.
    await page.goto(`${baseUrl}/plans/${PLAN}/changes?from=ib-2023-06`);
    await page.getByRole('heading', { name: 'From Improvement Board 29 Jun 2023 to now' }).waitFor();
    await page.getByRole('button', { name: 'Record this meeting’s ratings' }).click();
    const form = page.getByRole('region', { name: 'Record this meeting’s ratings' });
    await expect(form.getByRole('textbox', { name: 'Meeting' }).inputValue()).resolves.toBe('Improvement Board');
    // An impossible date first: the error summary takes focus and links to the box.
    await form.getByRole('textbox', { name: 'Day' }).fill('31');
    await form.getByRole('textbox', { name: 'Month' }).fill('2');
    await form.getByRole('button', { name: 'Continue' }).click();
    const summary = form.getByRole('alert');
    await summary.getByRole('link', { name: 'The date of the meeting must be a real date' }).waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(form, 'record-review-errors-1366');

    const [year, month, day] = new Date().toISOString().slice(0, 10).split('-');
    await form.getByRole('textbox', { name: 'Day' }).fill(String(Number(day)));
    await form.getByRole('textbox', { name: 'Month' }).fill(String(Number(month)));
    await form.getByRole('textbox', { name: 'Year' }).fill(year ?? '');
    await form.getByRole('button', { name: 'Continue' }).click();
    const check = page.getByRole('region', { name: 'Check before you record' });
    await check.getByText(`all ${demoMain.actions.actions.length} actions`, { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shoot(check, 'record-review-check-1366');
    await check.getByRole('button', { name: 'Record these ratings' }).click();

    const label = `Improvement Board ${todayShort()}`;
    await page.getByText(`${label} recorded: the ratings of ${demoMain.actions.actions.length} actions. Since last review now compares with it.`).waitFor();
    await page.getByRole('heading', { name: `From ${label} to now` }).waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page.getByRole('main'), 'record-review-recorded-1366');

    await page.reload();
    await page.getByRole('heading', { name: `From ${label} to now` }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Compare' }).inputValue()).resolves.toMatch(/^review-\d{4}-\d{2}-\d{2}$/);

  }, SLOW);

  it('fits a phone (390 px): the form and the history', async () => {
    const { page, baseUrl } = opened();
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${baseUrl}/plans/${PLAN}/changes`);
      await page.getByRole('button', { name: 'Record this meeting’s ratings' }).click();
      const form = page.getByRole('region', { name: 'Record this meeting’s ratings' });
      await form.waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);
      await shoot(form, 'record-review-form-390');
      await page.goto(`${baseUrl}/plans/${PLAN}/areas/3`);
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3.4', exact: true }) });
      await row.getByRole('button', { name: 'Show history of action 3.4' }).click();
      await row.getByText('History (2 changes)').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shoot(row, 'area-history-390');
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  }, SLOW);

  it('prints the moved deadline in the briefing', async () => {
    const { page, baseUrl } = opened();
    await page.goto(`${baseUrl}/plans/${PLAN}/briefing`);
    await page.getByRole('heading', { name: 'Glossary', level: 2 }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const area3 = page.getByRole('region', { name: /^Area 3: / });
    const row = area3.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3.4', exact: true }) });
    await expect(row.getByRole('cell').nth(2).innerText()).resolves.toMatch(/^30 Sep 2024\s*\(moved twice, first due Mar 2024\)/);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(area3.getByRole('table'), 'briefing-print-moved-deadline');
    await page.emulateMedia({ media: 'screen' });
    expect(consoleErrors).toEqual([]);
  }, SLOW);
});
