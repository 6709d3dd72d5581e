import { demoDatasets, demoPlans } from '../fixtures/demo';
import { createHandlers } from './handlers';

/** The demo dataset behind the contract's endpoints, shared by dev, vitest and browser tests. */
export function demoHandlers(baseUrl: string, latencyMs = 0) {
  return createHandlers({ baseUrl, plans: demoPlans, datasets: demoDatasets, latencyMs });
}
