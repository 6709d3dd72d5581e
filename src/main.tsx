import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadDecoders, startDecodeWorker } from './api/decode-off-thread';
import { App } from './app/app';
import { loadConfig, type AppConfig } from './app/config';
import { ConfigErrorPage } from './app/config-error-page';
import { appPath, firstViewReadsRecords, startFirstView } from './app/first-view';
import { applyAccent } from './app/theme';
import './app/styles.css';

async function startDemo(config: AppConfig): Promise<void> {
  // The only import of mocks/ from src/: dynamic, behind the runtime switch, so a
  // build pointed at a real API never loads the demo data or MSW.
  const { startDemoWorker } = await import('../mocks/browser');
  await startDemoWorker(config.apiBaseUrl, `${import.meta.env.BASE_URL}mockServiceWorker.js`);
}

/** The page to render, and whether the decode worker is still to start (once the page is painted). */
async function boot(): Promise<{ tree: ReactNode; workerAfterPaint: boolean }> {
  void preloadDecoders();
  try {
    const config = await loadConfig(`${import.meta.env.BASE_URL}config.json`);
    // The demo's data is small: decoded on the main thread, so no thread is kept waiting.
    if (config.demo) await startDemo(config);
    applyAccent(config.accentColour);
    // A view that reads the actions first needs the worker as soon as they arrive; the
    // overview (its figures from a small summary) starts it once painted.
    const workerNow = !config.demo && firstViewReadsRecords(appPath());
    if (workerNow) startDecodeWorker();
    const { queryClient, queries } = await startFirstView(config);
    return { tree: <App config={config} queryClient={queryClient} queries={queries} />, workerAfterPaint: !config.demo && !workerNow };
  } catch (error) {
    return { tree: <ConfigErrorPage error={error} />, workerAfterPaint: false };
  }
}

/**
 * Runs `task` after the next frame is painted. The decode worker starts there when the
 * first view does not read the actions: its script compiling on the second of two
 * cores competed with the first render. A large response that arrives sooner starts
 * the worker itself (decode-off-thread.ts).
 */
function afterNextFrame(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(task, 0);
  requestAnimationFrame(() => setTimeout(task, 0));
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
void boot().then(({ tree, workerAfterPaint }) => {
  root.render(<StrictMode>{tree}</StrictMode>);
  if (workerAfterPaint) afterNextFrame(startDecodeWorker);
});
