import { setupWorker } from 'msw/browser';
import { demoHandlers } from './demo';

/**
 * Starts the service worker that answers the API from the demo fixtures. Loaded by
 * src/main.tsx through a dynamic import() only when config.json says `"demo": true`,
 * so a production build against a real API never downloads the fixtures.
 */
export async function startDemoWorker(apiBaseUrl: string, workerUrl: string, latencyMs = 150): Promise<void> {
  const worker = setupWorker(...demoHandlers(apiBaseUrl, latencyMs));
  await worker.start({
    serviceWorker: { url: workerUrl },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
