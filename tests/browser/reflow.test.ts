import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { openBrowser, screenshot, type BrowserSession } from './browser';
import { pageOverflow } from './view-helpers';

/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide (1280 px zoomed to 400%) no view scrolls
 * sideways. Tables that cannot reflow sit in their own scrollable region; everything
 * else wraps or stacks. The accessibility statement promises this for every route.
 */
const baseUrl = inject('baseUrl');
const { plan, actions, measures } = demoMain;
const planPath = `/plans/${plan.id}`;
const NARROW = { width: 320, height: 640 };
const firstMeasure = measures.measures[0];
const leadKey = 'service director safeguarding and family support';

interface Route {
  name: string;
  path: string;
  /** Resolves when the view's real content is on screen. */
  ready: (page: Page) => Promise<unknown>;
}

const h1 = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 1 }).waitFor();

const ROUTES: Route[] = [
  { name: 'plan picker', path: '/', ready: h1('Choose a plan') },
  { name: 'accessibility statement', path: '/accessibility', ready: h1(/^Accessibility statement/) },
  { name: 'page not found', path: '/no-such-page', ready: h1('Page not found') },
  { name: 'plan not found', path: '/plans/no-such-plan', ready: h1('Plan not found') },
  { name: 'overview', path: planPath, ready: (page) => page.locator('.app-area-card').nth(plan.areas.length - 1).waitFor() },
  { name: 'overview as a table', path: `${planPath}?view=table`, ready: (page) => page.getByRole('table').first().waitFor() },
  {
    name: 'actions',
    path: `${planPath}/actions`,
    ready: (page) => page.getByRole('status').filter({ hasText: `of ${actions.actions.length} actions` }).waitFor(),
  },
  {
    name: 'measures',
    path: `${planPath}/measures`,
    ready: (page) => page.getByRole('status').filter({ hasText: `of ${measures.measures.length} measures` }).waitFor(),
  },
  {
    name: 'a measure',
    path: `${planPath}/measures/${firstMeasure?.id ?? ''}`,
    ready: async (page) => {
      await h1(firstMeasure?.title ?? '')(page);
      await page.locator('.app-chart-panel svg[role="img"]').waitFor();
    },
  },
  {
    name: 'an area',
    path: `${planPath}/areas/3`,
    ready: (page) => page.locator('.app-area-measures svg[role="img"]').first().waitFor(),
  },
  { name: 'since last review', path: `${planPath}/changes`, ready: (page) => page.getByRole('heading', { name: 'The plan over time', level: 2 }).waitFor() },
  { name: 'check-in', path: `${planPath}/check-in`, ready: (page) => page.getByRole('table', { name: 'Leads and what they owe' }).waitFor() },
  {
    name: 'check-in for a lead',
    path: `${planPath}/check-in?lead=${encodeURIComponent(leadKey)}`,
    ready: (page) => page.getByRole('heading', { name: /^Overdue \(\d+\)$/, level: 3 }).waitFor(),
  },
  { name: 'add an update', path: `${planPath}/actions/3.5/update`, ready: (page) => page.getByRole('button', { name: 'No change this week' }).waitFor() },
  { name: 'scrutiny briefing', path: `${planPath}/briefing`, ready: (page) => page.getByRole('heading', { name: 'Glossary', level: 2 }).waitFor() },
  { name: 'board pack', path: `${planPath}/board-pack`, ready: (page) => page.getByRole('heading', { name: 'The plan over time', level: 2 }).waitFor() },
];

describe('reflow at 320 CSS pixels (WCAG 1.4.10) in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser(NARROW);
  });
  afterAll(async () => {
    await session.close();
  });

  for (const route of ROUTES) {
    it(`${route.name}: nothing scrolls sideways`, async () => {
      const { page } = session;
      await page.goto(`${baseUrl}${route.path}`);
      await route.ready(page);
      const widths = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      const overflow = await pageOverflow(page);
      await screenshot(page, `reflow-${route.name.replace(/\s+/g, '-')}`);
      // What sticks out, and how far, is in the message when this fails.
      expect({ fits: widths.scrollWidth <= widths.clientWidth, offenders: overflow.offenders }).toEqual({ fits: true, offenders: [] });
      expect(overflow.clipped).toEqual([]);
    });
  }
});
