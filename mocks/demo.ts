import { demoDatasets, demoPlans } from '../fixtures/demo';
import { createHandlers } from './handlers';
import { DemoPlanStore } from './plan-store';

/**
 * The demo dataset behind the contract's endpoints, shared by dev, vitest and browser
 * tests. Changes made through the write endpoints live in `store` (pass one to reset
 * it between tests; by default each set of handlers has its own).
 */
export function demoHandlers(baseUrl: string, latencyMs = 0, store = new DemoPlanStore(demoDatasets)) {
  return createHandlers({ baseUrl, plans: demoPlans, datasets: demoDatasets, latencyMs, store });
}
