import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { axeViolations, openBrowser, screenshot, type BrowserSession } from './browser';
import { eventually, tabThrough, type TabStop, visibleFocusChanges } from './view-helpers';

const baseUrl = inject('baseUrl');
const { plan, actions } = demoMain;
const planPath = `/plans/${plan.id}`;

async function openOverview(page: Page) {
  await page.goto(`${baseUrl}${planPath}`);
  await page.getByRole('heading', { name: `${actions.actions.length} actions`, level: 2 }).waitFor();
  await page.locator('.app-area-card').nth(plan.areas.length - 1).waitFor();
  // Measures and reviews load separately: wait for the last line of the summary strip.
  await page.locator('.app-glance__attention li').nth(2).waitFor();
}

/** WCAG relative luminance contrast of two computed `rgb()`/`rgba()` colours (alpha ignored). */
function contrast(a: string, b: string): number {
  const lum = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
const opaque = (colour: string) => colour.startsWith('rgb(') || /rgba\(.*,\s*1\)$/.test(colour);

/** Every tab stop whose focused style shows no visible change, with what was compared. */
function invisible(stops: TabStop[]) {
  return stops.filter((stop) => visibleFocusChanges(stop).length === 0).map((stop) => ({ stop: stop.label, focused: stop.focused }));
}

describe('keyboard use in Chromium (1366 x 768)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('the first Tab reaches the skip link, shown on focus, and Enter moves focus to main', async () => {
    const { page } = session;
    await openOverview(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    // Off screen until focused, then on screen at the top.
    const box = await skip.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 999).toBeLessThan(100);
    await screenshot(page, 'keyboard-skip-link');
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(new URL(page.url()).hash).toBe('#main-content');
    // The next Tab goes into main, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('overview: every element reached by Tab shows a visible focus style', async () => {
    const { page } = session;
    await openOverview(page);
    const stops = await tabThrough(page, 80);
    // Skip link, plan link, 8 navigation links, 6 rating links, 3 summary links, the two
    // buttons, 10 area links and the footer at least.
    expect(stops.length).toBeGreaterThanOrEqual(30);
    const labels = stops.map((s) => s.label);
    expect(labels[0]).toBe('a "Skip to main content"');
    expect(labels.some((l) => l.startsWith('button "Show as table'))).toBe(true);
    expect(labels.some((l) => l.startsWith('button "Download CSV'))).toBe(true);
    expect(labels.some((l) => l.includes('Accessibility statement'))).toBe(true);
    expect(invisible(stops)).toEqual([]);
  });

  it('actions explorer: filters, sort buttons and row controls show a visible focus style', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}${planPath}/actions?overdue=yes`);
    await page.getByRole('status').filter({ hasText: `10 of ${actions.actions.length} actions` }).waitFor();
    // Open two of the closed filter groups, so their checkboxes and radios are tab stops.
    for (const group of [/^Rating/, /^Deadline/]) await page.locator('summary', { hasText: group }).click();
    await page.getByRole('heading', { name: 'Actions', level: 1 }).click();
    const stops = await tabThrough(page, 70);
    const labels = stops.map((s) => s.label);
    for (const kind of ['input[type=search]', 'summary', 'input[type=checkbox]', 'input[type=radio]', 'select', 'button']) {
      expect(labels.some((l) => l.includes(kind))).toBe(true);
    }
    expect(invisible(stops)).toEqual([]);
  });

  // The header's white link text must give way to dark text on the yellow focus colour.
  it('focused header links keep dark text on the yellow focus colour (contrast 4.5:1, axe clean)', async () => {
    const { page } = session;
    await openOverview(page);
    const stops = await tabThrough(page, 12);
    const poor = stops
      .filter((s) => opaque(s.focused['background-color']))
      .map((s) => ({ stop: s.label, ratio: Math.round(contrast(s.focused.color, s.focused['background-color']) * 10) / 10 }))
      .filter((s) => s.ratio < 4.5);
    // And axe, with a navigation link focused as a keyboard user leaves it.
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await screenshot(page, 'keyboard-nav-link-focused');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('app-nav__link'))).toBe(true);
    const violations = (await axeViolations(page)).filter((v) => v.id === 'color-contrast');
    expect({ poor, violations }).toEqual({ poor: [], violations: [] });
  });
});
