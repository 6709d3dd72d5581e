import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_TODAY, demoMain } from '../../fixtures/demo';
import { areaSummarySentence } from '../../src/domain/area-summary';
import { rollupByArea } from '../../src/domain/rollup';
import { axeViolations, openBrowser, screenshot, type BrowserSession } from './browser';
import { RESULTS_DIR, SCREENSHOT_DIR } from './paths';

const baseUrl = inject('baseUrl');
const main = demoMain;
const planId = main.plan.id;

/** A4 at 96 dpi, less the briefing's margins (18mm top, 20mm bottom, 15mm each side). */
const MM = 96 / 25.4;
const CONTENT_WIDTH = Math.floor((210 - 30) * MM);
const CONTENT_HEIGHT = Math.floor((297 - 38) * MM);

/**
 * Pages in a PDF: page objects are `/Type /Page`; the page tree is `/Type /Pages`,
 * which must not count. Chromium (Skia) writes objects uncompressed, so the bytes
 * can be searched; `countPdfPages` is checked against PDFs of known length first.
 */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

async function openPrintable(page: Page, path: string, ready: string) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { name: ready, level: 2 }).waitFor();
}

describe('scrutiny briefing in Chromium (print)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('counts PDF pages correctly on PDFs of known length', async () => {
    const { page } = session;
    await page.emulateMedia({ media: 'print' });
    await page.setContent('<p>One page</p>');
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.setContent('<p>One</p><p style="break-before: page">Two</p><p style="break-before: page">Three</p>');
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(3);
  });

  it('passes axe on screen, with a print button and no clipped content', async () => {
    const { page } = session;
    await openPrintable(page, `/plans/${planId}/briefing`, 'Glossary');
    await page.getByRole('button', { name: 'Print this briefing' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'briefing-screen');
  });

  it('prints as A4 with no page left mostly blank: cover, the areas, glossary; small charts with target and labelled ends; header, footer and buttons left out', async () => {
    const { page } = session;
    await openPrintable(page, `/plans/${planId}/briefing`, 'Glossary');
    await page.setViewportSize({ width: CONTENT_WIDTH, height: CONTENT_HEIGHT });
    await page.emulateMedia({ media: 'print' });

    // Nothing for the screen only: no navigation, no buttons, no app header or footer.
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.app-footer').isVisible()).toBe(false);
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    // Nothing wider than the printable width (a clipped table would be).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(CONTENT_WIDTH);

    // The text of every area section, as printed.
    const rollups = rollupByArea(main.plan.areas, main.actions.actions, { today: DEMO_TODAY });
    const sections = page.locator('.app-briefing-area');
    expect(await sections.count()).toBe(main.plan.areas.length);
    for (const { area, rollup } of rollups) {
      if (!area) continue;
      const section = page.locator(`.app-briefing-area[data-area="${area.number}"]`);
      const text = (await section.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(`Area ${area.number}: ${area.shortTitle ?? area.title}`);
      expect(text).toContain(areaSummarySentence(rollup));
      for (const action of main.actions.actions.filter((a) => a.areaId === area.id)) expect(text).toContain(action.title);
    }
    expect(await page.locator('.app-briefing-actions tr').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');

    // Small charts: the target as a dashed line, the first and latest figures labelled,
    // "c" where a figure was withheld, and no chart where there is nothing to draw.
    const chartOf = (title: string) =>
      page.locator('.app-briefing-measure').filter({ has: page.getByRole('heading', { name: title, level: 4 }) }).locator('svg.app-sparkline--labelled');
    const assessmentsMeasure = main.measures.measures.find((m) => m.id === 'm-08');
    const latest = assessmentsMeasure?.points.at(-1);
    expect(latest?.periodEnd).toBe('2023-12-31');
    const assessments = chartOf(assessmentsMeasure?.title ?? '').first();
    expect(await assessments.locator('.app-sparkline__target').count()).toBe(1);
    expect(await assessments.locator('.app-sparkline__label').allTextContents()).toEqual(
      expect.arrayContaining([`${latest?.value?.toFixed(1)}%`, 'Dec 2023']),
    );
    const unregistered = chartOf('Children living in unregistered provision').first();
    expect(await unregistered.locator('.app-sparkline__suppressed').count()).toBeGreaterThan(0);
    expect(await unregistered.locator('.app-sparkline__suppressed').first().textContent()).toBe('c');
    expect(await chartOf('Family Group Conferences held').count()).toBe(0);

    // Expected pages: the areas and the glossary follow on from the cover, so the
    // document takes about its height in pages. A section forced onto a fresh page,
    // or a block moved whole, would leave pages mostly blank and add pages.
    const heights = await page.locator('.app-briefing-cover, .app-print-section').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(heights).toHaveLength(1 + main.plan.areas.length + 1);
    const total = await page.locator('.app-print').evaluate((el) => el.getBoundingClientRect().height);
    const estimate = Math.ceil(total / CONTENT_HEIGHT);

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.locator('.app-briefing-cover').screenshot({ path: join(SCREENSHOT_DIR, 'briefing-print-cover.png') });
    await page.locator('.app-briefing-area[data-area="3"]').screenshot({ path: join(SCREENSHOT_DIR, 'briefing-print-area-3.png') });
    await page.locator('.app-briefing-glossary').screenshot({ path: join(SCREENSHOT_DIR, 'briefing-print-glossary.png') });

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'briefing-hfd-2022.pdf'), pdf);
    const pages = countPdfPages(pdf);
    writeFileSync(join(RESULTS_DIR, 'briefing-hfd-2022.pages.json'), JSON.stringify({ pages, estimate, total, heights }, null, 2));
    expect(pages).toBeGreaterThanOrEqual(estimate);
    // Rows and measures kept whole push a few lines on: one page at most over the whole document.
    expect(pages).toBeLessThanOrEqual(estimate + 1);
  });

  it('prints the board pack as one document', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openPrintable(page, `/plans/${planId}/board-pack`, 'The plan over time');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'board-pack-screen');
    await page.setViewportSize({ width: CONTENT_WIDTH, height: CONTENT_HEIGHT });
    await page.emulateMedia({ media: 'print' });
    // What the board discusses, all in the printout.
    for (const heading of ['Each area in a sentence', 'Overdue actions (10)', 'Measures not meeting their target (21)']) {
      expect(await page.getByRole('heading', { name: heading, level: 2 }).isVisible()).toBe(true);
    }
    expect(await page.locator('.app-board-pack-areas__item').count()).toBe(main.plan.areas.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(CONTENT_WIDTH);

    // The sections follow on from each other, so the pages are about the content's height:
    // a table moved whole to a fresh page, or a page break per section, would add pages.
    const height = await page.locator('.app-print').evaluate((el) => el.getBoundingClientRect().height);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'board-pack-hfd-2022.pdf'), pdf);
    const pages = countPdfPages(pdf);
    const estimate = Math.ceil(height / CONTENT_HEIGHT);
    writeFileSync(join(RESULTS_DIR, 'board-pack-hfd-2022.pages.json'), JSON.stringify({ pages, estimate, height }, null, 2));
    expect(pages).toBeGreaterThanOrEqual(estimate);
    expect(pages).toBeLessThanOrEqual(estimate + 1);
  });
});
