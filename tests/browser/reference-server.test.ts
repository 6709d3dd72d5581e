/**
 * The dashboard as `npm start` serves it: the production build from the reference
 * server (server/main.ts) with the API on the same origin, under the server's
 * Content-Security-Policy, not MSW. The server's database holds a plan whose title
 * exists only there, so what the page shows must have come from the server.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEMO_TODAY, demoMain } from '../../fixtures/demo';
import { openDatabase } from '../../server/storage/database';
import { replacePlanBundle } from '../../server/storage/plan-bundle';
import { axeViolations, screenshot } from './browser';
import { referenceServerInBrowser } from './reference-server-process';

const SERVED_TITLE = 'Improvement plan as stored by the reference server';

/** CSP violations and console errors, as the page reports them. */
const problems: string[] = [];

const served = referenceServerInBrowser({
  seed: async (dataDir) => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await replacePlanBundle(database.db, { ...demoMain, plan: { ...demoMain.plan, title: SERVED_TITLE } }, { label: 'test' });
    await database.close();
  },
  prepare: async ({ page }) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  },
});
/** The browser session, opened before the tests. */
const opened = () => served().session;

describe('the dashboard served by the reference server', () => {
  it('asks a signed-out visitor to sign in (the demo sign-in, under the CSP), then reads the plan from the server\'s API (not the demo worker), with the server\'s headers', async () => {
    const page = opened().page;
    await page.goto(`${served().baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to see the list of plans' }).waitFor();
    // Offered twice: in the header, and in the panel that could not load.
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await page.getByRole('alert').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Demo sign-in', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const actions = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/plans/${demoMain.plan.id}/actions`);
    await page.getByRole('button', { name: 'Sign in as Vic Viewer (viewer)' }).click();
    await page.getByRole('heading', { name: SERVED_TITLE, level: 1 }).waitFor();
    await page.getByRole('banner').getByText('Signed in as Vic Viewer (viewer)').waitFor();
    // The session is an HttpOnly cookie: no page script, URL or storage ever holds it.
    const session = (await opened().context.cookies(served().baseUrl)).find((cookie) => cookie.name === 'session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const storage = await page.evaluate(() => ({ cookie: document.cookie, local: Object.entries(localStorage), session: sessionStorage.length }));
    expect(storage).toMatchObject({ cookie: '', session: 0 });
    // Kept for the next visit: early-fetch.js's request settings (an address, no secret).
    expect(storage.local).toEqual([[expect.stringMatching(/^ipd-early-fetch:/), JSON.stringify({ apiBaseUrl: '/api', credentials: 'include', demo: false })]]);
    expect(JSON.stringify(storage.local)).not.toContain(session?.value ?? '(none)');
    expect(page.url()).not.toContain(session?.value ?? '(none)');
    expect(new URL(page.url()).pathname).toBe(`/plans/${demoMain.plan.id}`);
    const response = await actions;
    expect(response.headers()['cache-control']).toBe('private, no-cache');
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.getByRole('heading', { name: `${demoMain.actions.actions.length} actions`, level: 2 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reference-server-overview');
  });

  it('downloads the plan as an Excel workbook built by the server', async () => {
    const page = opened().page;
    await page.goto(`${served().baseUrl}/plans/${demoMain.plan.id}`);
    await page.getByRole('heading', { name: SERVED_TITLE, level: 1 }).waitFor();
    const exported = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/plans/${demoMain.plan.id}/export.xlsx`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the plan (Excel)' }).click()]);
    const response = await exported;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(download.suggestedFilename()).toBe(`${demoMain.plan.id}-plan-${DEMO_TODAY}.xlsx`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Plan', 'BRAG key']);
    // The title only the server's database holds: the file came from the server.
    expect(workbook.getWorksheet('Plan')?.getCell('A1').value).toBe(SERVED_TITLE);
  });

  it('opens deep links directly (the server falls back to the page) and runs every view under the CSP without a violation', async () => {
    const page = opened().page;
    // Signed in now: the signed-out 401 of the test above is behind us.
    problems.length = 0;
    const planPath = `/plans/${demoMain.plan.id}`;
    // The area page is headed by the short title people use (the inspection's wording follows).
    const areaThree = demoMain.plan.areas.find((a) => a.number === 3);
    const area3 = areaThree?.shortTitle ?? areaThree?.title ?? 'area 3';
    const measure = demoMain.measures.measures[0];
    const views: [string, string][] = [
      [`${planPath}/areas/3`, area3],
      [`${planPath}/actions?rating=red`, 'Actions'],
      [`${planPath}/measures`, 'Measures that matter'],
      [`${planPath}/measures/${measure?.id ?? ''}`, measure?.title ?? ''],
      [`${planPath}/changes`, 'Since last review'],
      [`${planPath}/check-in`, 'Weekly check-in'],
      // The print views are headed by the plan's title, as the server stores it.
      [`${planPath}/briefing`, SERVED_TITLE],
      [`${planPath}/board-pack`, SERVED_TITLE],
    ];
    for (const [path, heading] of views) {
      await page.goto(`${served().baseUrl}${path}`);
      await page.getByRole('heading', { name: heading, level: 1, exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
  });

  it('signs out from the header, and signing in again from a deep link comes back to it with the new role', async () => {
    const page = opened().page;
    const deepLink = `/plans/${demoMain.plan.id}/actions?rating=red`;
    await page.goto(`${served().baseUrl}${deepLink}`);
    await page.getByRole('banner').getByText('Signed in as Vic Viewer (viewer)').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${served().baseUrl}/`);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    expect((await opened().context.cookies(served().baseUrl)).find((cookie) => cookie.name === 'session')).toBeUndefined();

    await page.goto(`${served().baseUrl}${deepLink}`);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign in as Eddie Editor (editor)' }).click();
    await page.waitForURL(`${served().baseUrl}${deepLink}`);
    await page.getByRole('banner').getByText('Signed in as Eddie Editor (editor)').waitFor();
    await page.getByRole('heading', { name: 'Actions', level: 1, exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reference-server-signed-in');
  });
});
