import { resolve } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
/** Git-ignored: the build under test and what the tests save (screenshots, PDFs). */
export const RESULTS_DIR = resolve(root, 'test-results');
export const OUT_DIR = resolve(RESULTS_DIR, 'dist');
export const SCREENSHOT_DIR = resolve(RESULTS_DIR, 'screenshots');
