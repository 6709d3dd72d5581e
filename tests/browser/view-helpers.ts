import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Shared steps for the view tests (views, phone, keyboard): downloads, URL checks,
 * overflow and focus-style probes. Everything waits on the page, never on a timer.
 */

/**
 * expect.poll with room for a busy two-core machine (its default gives up after 1s).
 * The page usually settles in a few milliseconds; this only bounds the wait.
 */
export function eventually<T>(read: () => T | Promise<T>, timeout = 15_000) {
  return expect.poll(read, { timeout, interval: 50 });
}

export interface SavedDownload {
  filename: string;
  /** The file's text, without the byte-order mark. */
  text: string;
  /** The file starts with the UTF-8 byte-order mark. */
  bom: boolean;
}

/** Presses `trigger` and reads the file the page saves, as Chromium wrote it to disk. */
export async function download(page: Page, trigger: Locator): Promise<SavedDownload> {
  const [saved] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = await saved.path();
  const bytes = readFileSync(path);
  // Every CSV starts with the UTF-8 byte-order mark (EF BB BF); the text is given without it.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { filename: saved.suggestedFilename(), text: bytes.subarray(bom ? 3 : 0).toString('utf8'), bom };
}

/** The records of a CRLF CSV (the dashboard's exports end every record, the last too, with CRLF). */
export function csvLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

/** The first field of each data record (an id or number: never quoted in our exports). */
export function firstFields(text: string): string[] {
  return csvLines(text)
    .slice(1)
    .map((line) => line.split(',')[0] ?? '');
}

/** The page's path and parsed query, once the URL has settled on `pathname`. */
export async function urlOf(page: Page, pathname: string) {
  await eventually(() => new URL(page.url()).pathname).toBe(pathname);
  const url = new URL(page.url());
  return { pathname: url.pathname, search: url.search, params: Object.fromEntries(url.searchParams) };
}

/** Waits until the query string is exactly `search` (e.g. '?overdue=yes', or '' for none). */
export async function expectSearch(page: Page, search: string) {
  await eventually(() => new URL(page.url()).search).toBe(search);
}

export interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** Elements reaching past the viewport's right edge, not inside any box that scrolls or clips. */
  offenders: string[];
  /** Elements past the right edge inside a box with overflow hidden or clip: cut off, not scrollable. */
  clipped: string[];
}

/**
 * Horizontal overflow of the whole page. Elements inside a box with overflow-x auto
 * or scroll (a table in a scrollable region) may be wider than the screen; anything
 * else past the right edge makes the page scroll sideways (or, in a box that hides
 * overflow, is cut off).
 */
export async function pageOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls} (right ${Math.round(el.getBoundingClientRect().right)}px) "${text}"`;
    };
    /** The nearest ancestor whose overflow-x is not visible, and that value. */
    const container = (el: Element): string | null => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o !== 'visible') return o;
      }
      return null;
    };
    const past = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 1 && rect.height > 0 && rect.right > innerWidth + 0.5 && rect.left > -1000;
    };
    const offenders: string[] = [];
    const clipped: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!past(el)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      const box = container(el);
      if (box === 'auto' || box === 'scroll') continue;
      // Report the outermost element only: its children overflow because it does.
      const parent = el.parentElement;
      if (parent && parent !== document.body && past(parent) && container(parent) === box) continue;
      (box === null ? offenders : clipped).push(describe(el));
    }
    return { scrollWidth, innerWidth, offenders, clipped };
  });
}

/** The computed properties a focus indicator can change. */
const FOCUS_PROPERTIES = [
  'outline-style',
  'outline-width',
  'outline-color',
  'box-shadow',
  'background-color',
  'color',
  'border-top-color',
  'border-bottom-color',
  'text-decoration-line',
] as const;
export type FocusStyle = Record<(typeof FOCUS_PROPERTIES)[number], string>;

export interface TabStop {
  /** Index of the tab stop, from the top of the page. */
  index: number;
  /** tag, role-ish description and text, for messages. */
  label: string;
  focused: FocusStyle;
  unfocused: FocusStyle;
}

/**
 * Presses Tab from wherever focus is `max` times (or until focus leaves the page)
 * and records, for each element reached, its style while focused and once focus
 * has moved on. Elements are marked with data-tab-stop so they can be found again.
 */
export async function tabThrough(page: Page, max: number): Promise<TabStop[]> {
  const props = [...FOCUS_PROPERTIES];
  const focused: { index: number; label: string; style: FocusStyle }[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(
      ({ index, props: names }) => {
        const el = document.activeElement;
        if (!el || el === document.body || el.hasAttribute('data-tab-stop')) return null;
        el.setAttribute('data-tab-stop', String(index));
        const style = getComputedStyle(el);
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
        const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
        return {
          label: `${el.tagName.toLowerCase()}${type} "${text}"`,
          style: Object.fromEntries(names.map((n) => [n, style.getPropertyValue(n)])) as FocusStyle,
        };
      },
      { index: i, props },
    );
    if (stop === null) break;
    focused.push({ index: i, ...stop });
  }
  // Move focus off the last element without a mouse: focus the main landmark by script.
  await page.evaluate(() => document.getElementById('main-content')?.focus());
  const unfocused = await page.evaluate((names) => {
    const out: Record<string, Record<string, string>> = {};
    for (const el of Array.from(document.querySelectorAll('[data-tab-stop]'))) {
      const style = getComputedStyle(el);
      out[el.getAttribute('data-tab-stop') ?? ''] = Object.fromEntries(names.map((n) => [n, style.getPropertyValue(n)]));
    }
    return out;
  }, props);
  return focused.map((f) => ({
    index: f.index,
    label: f.label,
    focused: f.style,
    unfocused: (unfocused[String(f.index)] ?? {}) as FocusStyle,
  }));
}

/**
 * Whether the focused style differs visibly from the unfocused one: an outline of
 * at least 2px that is not transparent, a new box-shadow, or a changed background,
 * border or text colour / decoration. Returns what changed (empty: nothing visible).
 */
export function visibleFocusChanges(stop: TabStop): string[] {
  const { focused: f, unfocused: u } = stop;
  const changes: string[] = [];
  const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
  if (f['outline-style'] !== 'none' && parseFloat(f['outline-width']) >= 2 && !transparent(f['outline-color'])) {
    if (f['outline-style'] !== u['outline-style'] || f['outline-width'] !== u['outline-width'] || f['outline-color'] !== u['outline-color']) {
      changes.push(`outline ${f['outline-width']} ${f['outline-style']} ${f['outline-color']}`);
    }
  }
  if (f['box-shadow'] !== u['box-shadow'] && f['box-shadow'] !== 'none') changes.push(`box-shadow ${f['box-shadow']}`);
  if (f['background-color'] !== u['background-color'] && !transparent(f['background-color'])) changes.push(`background ${f['background-color']}`);
  if (f['border-top-color'] !== u['border-top-color'] || f['border-bottom-color'] !== u['border-bottom-color']) changes.push('border colour');
  if (f.color !== u.color) changes.push(`colour ${f.color}`);
  if (f['text-decoration-line'] !== u['text-decoration-line']) changes.push(`text-decoration ${f['text-decoration-line']}`);
  return changes;
}
