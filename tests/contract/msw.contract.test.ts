import { getResponse } from 'msw';
import { demoHandlers } from '../../mocks/demo';
import { describeContract, type ContractTarget } from './contract-suite';

const ORIGIN = 'http://127.0.0.1';
const handlers = demoHandlers('/api');

/** The MSW handlers answer a Request directly: no interception, no network. */
const msw: ContractTarget = {
  async request(method, path) {
    const response = await getResponse(handlers, new Request(`${ORIGIN}/api${path}`, { method }), { baseUrl: ORIGIN });
    if (!response) throw new Error(`no MSW handler for ${method} ${path}`);
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? undefined, body: text ? JSON.parse(text) : undefined };
  },
};

describeContract('MSW handlers', () => msw);
