import { setupServer } from 'msw/node';
import { demoHandlers } from './demo';

/** The base URL every vitest test configures its API client with. */
export const TEST_API_BASE = '/api';

export const server = setupServer(...demoHandlers(TEST_API_BASE));
