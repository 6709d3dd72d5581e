/**
 * Recording an update end to end in Chromium, through the reference server as
 * `npm start` runs it (server/main.ts on a fresh embedded database with the demo
 * plans, the production build, demo sign-in): a lead changes a rating with a reason,
 * and finds the change in Since last review, in the action's history and in the
 * actions CSV; then two tabs race on one action (412) and the second saves on top.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDirOwner } from '../../server/storage/data-dir-lock';
import { axeViolations, openBrowser, screenshot, type BrowserSession } from './browser';
import { OUT_DIR } from './paths';
import { csvLines, download } from './view-helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const PLAN = '/plans/hfd-2022';
// Action 1.7 (fixtures/demo/hfd-2022/actions.ts): led by "Service Director (Improvement)",
// Lee Lead's role in the demo sign-in; on track now and at the December 2023 board.
const ACTION = '1.7';
const NOTE = 'Leadership team asked for a new engagement plan; launch moved to March.';
const WHY = 'Launch delayed by two months while staff engagement is redone.';

let dir: string;
let server: ChildProcess | undefined;
let baseUrl: string;
let session: BrowserSession | undefined;
const consoleErrors: string[] = [];

async function waitForUrl(dataDir: string, child: ChildProcess): Promise<string> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${String(child.exitCode)}`);
    const url = dataDirOwner(dataDir)?.url;
    if (url) return url;
    await new Promise((done) => setTimeout(done, 50));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'record-update-'));
  const dataDir = join(dir, 'data');
  // An empty data folder: the server creates the database and loads the demo plans, as on a first `npm start`.
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, DASHBOARD_DIR: OUT_DIR, SKIP_DASHBOARD_BUILD: '1', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: 'inherit' });
  baseUrl = await waitForUrl(dataDir, server);
  session = await openBrowser();
  session.page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
}, 300_000);

afterAll(async () => {
  await session?.close();
  const child = server;
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  }
  rmSync(dir, { recursive: true, force: true });
});

function opened(): BrowserSession {
  if (!session) throw new Error('the browser did not open');
  return session;
}

async function openForm(page: Page) {
  await page.goto(`${baseUrl}${PLAN}/areas/1`);
  await page.getByRole('link', { name: `Add an update to action ${ACTION}` }).click();
  await page.getByRole('heading', { name: 'Add an update', level: 1 }).waitFor();
}

describe('a lead records an update through the reference server', () => {
  it('signs in as a lead, changes a rating with a reason, and finds it in Since last review, the history and the CSVs', async () => {
    const { page } = opened();
    await page.goto(`${baseUrl}/auth/login?returnTo=${encodeURIComponent(`${PLAN}/areas/1`)}`);
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
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'record-update-form-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'record-update-form-390');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Save update' }).click();

    const banner = page.getByRole('alert').filter({ hasText: 'Success' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Update recorded for action ${ACTION}. Rating changed from On track to Some delay.`);
    expect(new URL(page.url()).pathname).toBe(`${PLAN}/areas/1`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'record-update-saved');

    // The action's history on the area page: who, what and why.
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ACTION, exact: true }) });
    await row.getByRole('button', { name: `Show history of action ${ACTION}` }).click();
    const history = page.getByRole('list', { name: `Changes to action ${ACTION}, newest first` });
    await history.waitFor();
    const latest = (await history.locator(':scope > li').first().textContent()) ?? '';
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
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'record-update-conflict-1366');
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'record-update-conflict-390');
      await page.setViewportSize({ width: 1366, height: 768 });

      await conflict.getByRole('button', { name: 'Save my update on top of theirs' }).click();
      await page.getByRole('alert').filter({ hasText: `Update recorded for action ${ACTION}.` }).waitFor();
      // Both notes are kept, theirs then yours, as the history shows them.
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ACTION, exact: true }) });
      expect(await row.textContent()).toContain('Draft plan shared with the unions.');
      await row.getByRole('button', { name: `Show history of action ${ACTION}` }).click();
      const history = page.getByRole('list', { name: `Changes to action ${ACTION}, newest first` });
      await history.waitFor();
      const entries = await history.locator(':scope > li').allTextContents();
      expect(entries[0]).toContain('Draft plan shared with the unions.');
      expect(entries[1]).toContain('Engagement sessions booked for February.');
    } finally {
      await other.close();
    }
  });
});
