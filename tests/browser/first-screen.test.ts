import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoDatasets, demoMain } from '../../fixtures/demo';
import { axeViolations, openBrowser, screenshot, type BrowserSession } from './browser';

const baseUrl = inject('baseUrl');
const main = demoMain;

describe('first screen in Chromium (production build, demo mode)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('picks the demo plan and shows its title, "data as at" and areas with action counts', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Choose a plan', level: 1 }).waitFor();
    await page.getByRole('link', { name: main.plan.title }).click();
    await page.getByRole('heading', { name: main.plan.title, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/plans/hfd-2022');
    await expect.poll(() => page.getByText(/^Data as at 12 January 2024, 9:00am/).count()).toBe(1);

    await page.getByRole('heading', { name: `${main.actions.actions.length} actions`, level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Show as table' }).click();
    const table = page.getByRole('table', { name: 'Actions by area and rating' });
    // The "Total" column, found by its header (more columns follow it).
    const totalColumn = await table.locator('thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent.trim() === 'Total'));
    const rows = await table.locator('tbody tr').evaluateAll(
      (trs, column) => trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent)[column]),
      totalColumn,
    );
    const expected = [...main.plan.areas]
      .sort((a, b) => a.number - b.number)
      .map((area) => String(main.actions.actions.filter((a) => a.areaId === area.id).length));
    expect(rows).toEqual(expected);
    expect(new URL(page.url()).search).toBe('?view=table');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'first-screen-overview');
  });

  it('opens a deep link directly (reload keeps the view)', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/plans/send-wsoa`);
    const title = demoDatasets['send-wsoa']?.plan.title ?? '';
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('actions explorer at 1366x900: the first result is in the first screenful, even with filters chosen', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 900 });
    try {
      for (const search of ['', '?rating=red,amber,green&area=3,5&overdue=yes']) {
        await page.goto(`${baseUrl}/plans/${main.plan.id}/actions${search}`);
        await page.getByRole('status').filter({ hasText: ` of ${main.actions.actions.length} actions` }).waitFor();
        const row = page.locator('.app-actions-table__row').first();
        await row.waitFor();
        const box = await row.boundingBox();
        // The row's top and its first line of text are above the fold.
        expect(box?.y ?? Infinity).toBeLessThan(900 - 40);
      }
      await screenshot(page, 'actions-first-screenful');
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });

  it('passes axe on the plan picker', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Choose a plan', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-picker');
  });

  it('downloads the plan as an Excel workbook in demo mode, loading the spreadsheet code only then', async () => {
    const { page } = session;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${baseUrl}/plans/hfd-2022`);
    await page.getByRole('heading', { name: `${main.actions.actions.length} actions`, level: 2 }).waitFor();
    expect(scripts.filter((url) => url.includes('plan-workbook'))).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the plan (Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe('hfd-2022-plan-2024-01-12.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
    const firstCells: string[] = [];
    workbook.getWorksheet('Plan')?.eachRow((row) => firstCells.push(String(row.getCell(1).value)));
    expect(firstCells.filter((text) => /^Area \d+: /.test(text))).toHaveLength(main.plan.areas.length);
    expect(workbook.getWorksheet('BRAG key')).toBeDefined();
  });
});
