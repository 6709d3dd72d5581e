/**
 * Recording an update end to end in Chromium, through the reference server as
 * `npm start` runs it (server/main.ts on a fresh embedded database with the demo
 * plans, the production build, demo sign-in): a lead changes a rating with a reason,
 * and finds the change in Since last review, in the action's history and in the
 * actions CSV; then two tabs race on one action (412) and the second saves on top.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './browser';
import { referenceServerInBrowser } from './reference-server-process';
import { csvLines, download } from './view-helpers';

const PLAN = '/plans/hfd-2022';
// Action 1.7 (fixtures/demo/hfd-2022/actions.ts): led by "Service Director (Improvement)",
// Lee Lead's role in the demo sign-in; on track now and at the December 2023 board.
const ACTION = '1.7';
const NOTE = 'Leadership team asked for a new engagement plan; launch moved to March.';
const WHY = 'Launch delayed by two months while staff engagement is redone.';

const consoleErrors: string[] = [];
// An empty data folder: the server creates the database and loads the demo plans, as on a first `npm start`.
const served = referenceServerInBrowser({
  prepare: async ({ page }) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  },
});
const opened = () => served().session;

/** No axe violations, then a screenshot at desktop and phone widths. */
async function checkAndShoot(page: Page, name: string) {
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Opens the history of action 1.7 on the area page; its entries, newest first. */
async function historyEntries(page: Page): Promise<string[]> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ACTION, exact: true }) });
  await row.getByRole('button', { name: `Show history of action ${ACTION}` }).click();
  const history = page.getByRole('list', { name: `Changes to action ${ACTION}, newest first` });
  await history.waitFor();
  return history.locator(':scope > li').allTextContents();
}

async function openForm(page: Page) {
  await page.goto(`${served().baseUrl}${PLAN}/areas/1`);
  await page.getByRole('link', { name: `Add an update to action ${ACTION}` }).click();
  await page.getByRole('heading', { name: 'Add an update', level: 1 }).waitFor();
}

describe('a lead records an update through the reference server', () => {
  it('signs in as a lead, changes a rating with a reason, and finds it in Since last review, the history and the CSVs', async () => {
    const { page } = opened();
    await page.goto(`${served().baseUrl}/auth/login?returnTo=${encodeURIComponent(`${PLAN}/areas/1`)}`);
    await page.getByRole('button', { name: 'Sign in as Lee Lead (lead)' }).click();
    await page.getByRole('banner').getByText('Signed in as Lee Lead (lead)').waitFor();
    // Offered on the lead's own actions only (1.8 is the Corporate Director's).
    await page.getByRole('link', { name: `Add an update to action ${ACTION}` }).waitFor();
    expect(await page.getByRole('link', { name: 'Add an update to action 1.8' }).count()).toBe(0);

    await openForm(page);
    // A failed submit first: the error summary takes focus.
    await page.getByRole('button', { name: 'Save update' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.getByRole('textbox', { name: 'Progress update' }).fill(NOTE);
    await page.getByRole('radio', { name: 'Some delay' }).check();
    await page.getByRole('textbox', { name: 'Why has the rating changed?' }).fill(WHY);
    await checkAndShoot(page, 'record-update-form');
    await page.getByRole('button', { name: 'Save update' }).click();

    const banner = page.getByRole('alert').filter({ hasText: 'Success' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Update recorded for action ${ACTION}. Rating changed from On track to Some delay.`);
    expect(new URL(page.url()).pathname).toBe(`${PLAN}/areas/1`);
    await checkAndShoot(page, 'record-update-saved');

    // The action's history on the area page: who, what and why.
    const latest = (await historyEntries(page))[0] ?? '';
    expect(latest).toContain('Lee Lead');
    expect(latest).toContain(`Rating changed from ●On track to ▲Some delay. Why: ${WHY}`);
    expect(latest).toContain(NOTE);

    // Since last review: worse than at the December board, with the reason.
    await page.getByRole('navigation', { name: 'Plan views' }).getByRole('link', { name: 'Since last review' }).click();
    const worse = page.getByRole('region', { name: /^Worse/ });
    const change = worse.getByRole('row').filter({ hasText: ACTION }).filter({ hasText: WHY });
    await change.waitFor();
    expect(await change.textContent()).toContain('On track to ▲Some delay');
    const changesCsv = await download(page, page.getByRole('button', { name: 'Download CSV of rating changes' }));
    const changeLine = csvLines(changesCsv.text).find((record) => record.startsWith(`${ACTION},`)) ?? '';
    // action_id, area_number, from, to, direction, rationale
    expect(changeLine.startsWith(`${ACTION},1,green,amber,`)).toBe(true);
    expect(changeLine.endsWith(`,${WHY}`)).toBe(true);

    // The actions explorer's CSV has the new rating.
    await page.getByRole('navigation', { name: 'Plan views' }).getByRole('link', { name: 'Actions' }).click();
    await page.getByRole('heading', { name: 'Actions', level: 1, exact: true }).waitFor();
    const actionsCsv = await download(page, page.getByRole('button', { name: 'Download CSV' }));
    const line = csvLines(actionsCsv.text).find((record) => record.startsWith(`${ACTION},`));
    expect(line).toMatch(/,amber,(yes|no)$/);
    expect(consoleErrors).toEqual([]);
  });

  it('two tabs: the second save shows who changed it and when, theirs beside yours, and saves on top', async () => {
    const { page, context } = opened();
    const other = await context.newPage();
    try {
      await openForm(page);
      await openForm(other);
      await other.getByRole('textbox', { name: 'Progress update' }).fill('Engagement sessions booked for February.');
      await other.getByRole('button', { name: 'Save update' }).click();
      await other.getByRole('alert').filter({ hasText: 'Success' }).waitFor();

      // The first tab still has the old version: its save is refused, nothing is lost.
      await page.getByRole('textbox', { name: 'Progress update' }).fill('Draft plan shared with the unions.');
      await page.getByRole('button', { name: 'Save update' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this action' });
      await conflict.waitFor();
      expect(await conflict.textContent()).toMatch(/Lee Lead changed action 1\.7 on \d{1,2} \w+ \d{4}, \d{1,2}:\d{2}(am|pm)/);
      const table = conflict.getByRole('table', { name: 'Their change and yours' });
      expect(await table.getByRole('row').filter({ hasText: 'Progress update' }).textContent()).toContain('Engagement sessions booked for February.');
      expect(await page.getByRole('textbox', { name: 'Progress update' }).inputValue()).toBe('Draft plan shared with the unions.');
      await checkAndShoot(page, 'record-update-conflict');

      await conflict.getByRole('button', { name: 'Save my update on top of theirs' }).click();
      await page.getByRole('alert').filter({ hasText: `Update recorded for action ${ACTION}.` }).waitFor();
      // Both notes are kept, theirs then yours, as the history shows them.
      const entries = await historyEntries(page);
      expect(entries[0]).toContain('Draft plan shared with the unions.');
      expect(entries[1]).toContain('Engagement sessions booked for February.');
    } finally {
      await other.close();
    }
  });
});
