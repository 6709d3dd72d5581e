import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';
import { SCREENSHOT_DIR } from './paths';

/**
 * The README's screenshots. In a normal run they go to test-results/ like every other
 * screenshot; `npm run screenshots` (UPDATE_DOCS_SCREENSHOTS=1) writes them to docs/,
 * so the pictures newcomers see are always of the current build.
 */
const baseUrl = inject('baseUrl');
const toDocs = process.env.UPDATE_DOCS_SCREENSHOTS === '1';
const outDir = toDocs ? resolve(import.meta.dirname, '../../docs/screenshots') : SCREENSHOT_DIR;

const SHOTS = [
  { name: 'overview', path: '/plans/hfd-2022', ready: 'Improvement areas', height: 1400 },
  { name: 'area', path: '/plans/hfd-2022/areas/3', ready: 'Measures that matter (4)', height: 1600 },
  { name: 'since-last-review', path: '/plans/hfd-2022/changes', ready: 'Worse (3)', height: 1200 },
  { name: 'measures', path: '/plans/hfd-2022/measures', ready: 'Measures that matter', height: 1100 },
] as const;

/** Polls until `isQuiet` has held for `forMs`; false if that never happens within `withinMs`. */
async function quietFor(isQuiet: () => boolean, forMs: number, withinMs: number): Promise<boolean> {
  const end = Date.now() + withinMs;
  let since = isQuiet() ? Date.now() : undefined;
  while (Date.now() < end) {
    if (since !== undefined && Date.now() - since >= forMs) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (!isQuiet()) since = undefined;
    else since ??= Date.now();
  }
  return false;
}

describe('README screenshots', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser({ width: 1280, height: 800 });
    mkdirSync(outDir, { recursive: true });
  });
  afterAll(async () => {
    await session.close();
  });

  it.each(SHOTS)('takes $name', async ({ name, path, ready, height }) => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height });
    const pending = new Set<string>();
    // The decode worker's script is left out: in demo mode the app ends the worker it
    // started at boot, and Chromium then never reports that request finished or failed
    // (why 'networkidle' timed out here at random).
    const track = (request: { url: () => string }) => {
      if (!/\/decode-worker-[^/]*\.js$/.test(request.url())) pending.add(request.url());
    };
    const done = (request: { url: () => string }) => pending.delete(request.url());
    page.on('request', track);
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { name: ready }).first().waitFor();
    // Let lazy charts and their fonts settle before the picture: no request of this page
    // in flight for half a second.
    const settled = await quietFor(() => pending.size === 0, 500, 15_000);
    page.off('request', track);
    page.off('requestfinished', done);
    page.off('requestfailed', done);
    expect(settled ? [] : [...pending], 'requests still in flight').toEqual([]);
    await page.evaluate(() => document.fonts.ready);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    // A blank or error page compresses to a few kilobytes; a real view does not.
    expect(statSync(file).size).toBeGreaterThan(40_000);
  });
});
