import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadDecoders, startDecodeWorker, stopDecodeWorker } from './api/decode-off-thread';
import { App } from './app/app';
import { loadConfig, type AppConfig } from './app/config';
import { ConfigErrorPage } from './app/config-error-page';
import { startFirstView } from './app/first-view';
import { applyAccent } from './app/theme';
import './app/styles.css';

async function startDemo(config: AppConfig): Promise<void> {
  // The only import of mocks/ from src/: dynamic, behind the runtime switch, so a
  // build pointed at a real API never loads the demo data or MSW.
  const { startDemoWorker } = await import('../mocks/browser');
  await startDemoWorker(config.apiBaseUrl, `${import.meta.env.BASE_URL}mockServiceWorker.js`);
}

async function boot(): Promise<ReactNode> {
  void preloadDecoders();
  startDecodeWorker();
  try {
    const config = await loadConfig(`${import.meta.env.BASE_URL}config.json`);
    if (config.demo) {
      stopDecodeWorker();
      await startDemo(config);
    }
    applyAccent(config.accentColour);
    const { queryClient, queries } = await startFirstView(config);
    return <App config={config} queryClient={queryClient} queries={queries} />;
  } catch (error) {
    return <ConfigErrorPage error={error} />;
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
void boot().then((tree) => root.render(<StrictMode>{tree}</StrictMode>));
