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
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { name: ready }).first().waitFor();
    // Let lazy charts and their fonts settle before the picture.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    // A blank or error page compresses to a few kilobytes; a real view does not.
    expect(statSync(file).size).toBeGreaterThan(40_000);
  });
});
