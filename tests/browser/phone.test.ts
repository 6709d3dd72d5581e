import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { axeViolations, openBrowser, screenshot, type BrowserSession } from './browser';
import { pageOverflow } from './view-helpers';

const baseUrl = inject('baseUrl');
const { plan, actions, measures } = demoMain;
const planPath = `/plans/${plan.id}`;
const area3 = plan.areas.find((a) => a.number === 3);

/** A phone (390 x 844 CSS pixels, an iPhone 12-14's viewport). */
const PHONE = { width: 390, height: 844 };

interface PhoneView {
  name: string;
  path: string;
  /** Resolves when the view's real content is on screen. */
  ready: (page: Page) => Promise<unknown>;
  /** Set while the view is known to fail: the test is named for the bug and fails until it is fixed. */
  knownBug?: string;
}

const VIEWS: PhoneView[] = [
  {
    name: 'overview',
    path: planPath,
    ready: (page) => page.locator('.app-area-card').nth(plan.areas.length - 1).waitFor(),
  },
  {
    name: 'actions',
    path: `${planPath}/actions`,
    ready: (page) => page.getByRole('status').filter({ hasText: `${actions.actions.length} of ${actions.actions.length} actions` }).waitFor(),
  },
  {
    name: 'measures',
    path: `${planPath}/measures`,
    ready: (page) => page.getByRole('status').filter({ hasText: `${measures.measures.length} of ${measures.measures.length} measures` }).waitFor(),
  },
  {
    name: 'area-3',
    path: `${planPath}/areas/3`,
    ready: async (page) => {
      await page.getByRole('heading', { name: area3?.shortTitle ?? area3?.title ?? 'area 3', level: 1, exact: true }).waitFor();
      await page.locator('.app-area-measures svg[role="img"]').first().waitFor();
    },
  },
  {
    name: 'changes',
    path: `${planPath}/changes`,
    ready: (page) => page.getByRole('heading', { name: 'The plan over time', level: 2 }).waitFor(),
  },
  {
    name: 'briefing',
    path: `${planPath}/briefing`,
    ready: (page) => page.getByRole('heading', { name: 'Glossary', level: 2 }).waitFor(),
  },
];

describe('phone layout (390 x 844) in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser(PHONE);
  });
  afterAll(async () => {
    await session.close();
  });

  for (const view of VIEWS) {
    const title = `${view.name}: one column, no sideways scrolling, axe-clean`;
    it(view.knownBug ? `${title} (${view.knownBug})` : title, async () => {
      const { page } = session;
      await page.goto(`${baseUrl}${view.path}`);
      await view.ready(page);
      await screenshot(page, `phone-${view.name}`);

      const overflow = await pageOverflow(page);
      // The offenders are in the message when this fails: what sticks out, and how far.
      expect({ scrollWidth: overflow.scrollWidth, offenders: overflow.offenders }).toEqual({ scrollWidth: PHONE.width, offenders: [] });
      expect(overflow.clipped).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('actions: the table reads as a list of cards with the same words', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}${planPath}/actions?overdue=yes`);
    await page.getByRole('status').filter({ hasText: `10 of ${actions.actions.length} actions` }).waitFor();
    const first = page.locator('.app-actions-table__row').first();
    // Each cell labels itself on a phone (data-label shown by CSS), and the row is one column.
    const cells = first.locator('td');
    const widths = await cells.evaluateAll((tds) => tds.map((td) => Math.round(td.getBoundingClientRect().width)));
    const rowWidth = Math.round((await first.boundingBox())?.width ?? 0);
    expect(rowWidth).toBeLessThanOrEqual(PHONE.width);
    for (const width of widths) expect(width).toBeGreaterThan(rowWidth * 0.6);
    const label = await cells.first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).not.toBe('none');
  });

  it('briefing: each area’s actions table reads as cards, a line per field, not a letter per line', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}${planPath}/briefing`);
    await page.getByRole('heading', { name: 'Glossary', level: 2 }).waitFor();
    const row = page.locator('.app-briefing-actions tbody tr').first();
    const rowWidth = Math.round((await row.boundingBox())?.width ?? 0);
    const widths = await row.locator('td').evaluateAll((tds) => tds.map((td) => Math.round(td.getBoundingClientRect().width)));
    expect(widths.length).toBe(4);
    for (const width of widths) expect(width).toBeGreaterThan(rowWidth * 0.6);
  });
});
