import { setupServer } from 'msw/node';
import { demoDatasets } from '../fixtures/demo';
import { demoHandlers } from './demo';
import { DemoPlanStore } from './plan-store';

/** The base URL every vitest test configures its API client with. */
export const TEST_API_BASE = '/api';

/** What tests change through the write endpoints; the test setup resets it after each test. */
export const demoStore = new DemoPlanStore(demoDatasets);

export const server = setupServer(...demoHandlers(TEST_API_BASE, 0, demoStore));
