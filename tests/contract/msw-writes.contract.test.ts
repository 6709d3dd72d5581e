import { getResponse } from 'msw';
import { demoDatasets } from '../../fixtures/demo';
import { demoHandlers } from '../../mocks/demo';
import { DemoPlanStore } from '../../mocks/plan-store';
import { describeWriteContract, type WriteTarget } from './write-suite';

const ORIGIN = 'http://127.0.0.1';
const store = new DemoPlanStore(demoDatasets);
const handlers = demoHandlers('/api', 0, store);

/** The demo's handlers answer a Request directly: no interception, no network. */
const msw: WriteTarget = {
  async request(method, path, { headers = {}, body } = {}) {
    const request = new Request(`${ORIGIN}/api${path}`, {
      method,
      headers: { ...headers, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const response = await getResponse(handlers, request, { baseUrl: ORIGIN });
    if (!response) throw new Error(`no MSW handler for ${method} ${path}`);
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? undefined, etag: response.headers.get('etag') ?? undefined, body: text ? JSON.parse(text) : undefined };
  },
  async reset() {
    store.reset();
  },
};

describeWriteContract('MSW handlers', () => msw);
