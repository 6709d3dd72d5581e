import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers';
import { demoStore, server } from '../mocks/node';
import { useSuccessNotice } from '../src/state/success-notice';
import { useViewPreferences } from '../src/state/view-preferences';
import { pageHeld } from './support/held-page';

expect.extend(axeMatchers);

// Views are loaded the way users get them, through the routes and their lazy chunks;
// the first load of a chunk can take seconds on a busy two-core machine. findBy* and
// waitFor give it that long (they return as soon as the page is ready).
configure({ asyncUtilTimeout: 5000 });


// recharts' ResponsiveContainer measures its parent with ResizeObserver; jsdom has no
// layout, so report a fixed size or charts render nothing.
class FixedSizeResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element): void {
    const rect = { x: 0, y: 0, top: 0, left: 0, width: 800, height: 300, right: 800, bottom: 300 };
    const entry = { target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

// Unhandled requests fail the test: every request must be described by a handler.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Nothing a test saves in the browser (chart-or-table choices) reaches the next test:
// clear the storage and put the store that persists there back to its first state.
afterEach(() => {
  // A render-once block keeps its page (and address) for its next test; it cleans up itself.
  if (!pageHeld()) {
    cleanup();
    // Files share one jsdom (no per-file isolation): the next test starts at the site root.
    window.history.replaceState(null, '', '/');
  }
  server.resetHandlers();
  demoStore.reset();
  localStorage.clear();
  sessionStorage.clear();
  useViewPreferences.setState(useViewPreferences.getInitialState(), true);
  // A success banner belongs to the test that saved something.
  useSuccessNotice.setState(useSuccessNotice.getInitialState(), true);
});
afterAll(() => server.close());
