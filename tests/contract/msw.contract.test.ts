import { getResponse } from 'msw';
import { demoHandlers } from '../../mocks/demo';
import { describeContract, replyBody, type ContractTarget } from './contract-suite';

const ORIGIN = 'http://127.0.0.1';
const handlers = demoHandlers('/api');

/** The MSW handlers answer a Request directly: no interception, no network. */
const msw: ContractTarget = {
  async request(method, path, body) {
    const request = new Request(`${ORIGIN}/api${path}`, { method, ...(body && { headers: { 'Content-Type': body.contentType }, body: typeof body.body === 'string' ? body.body : new Uint8Array(body.body) }) });
    const response = await getResponse(handlers, request, { baseUrl: ORIGIN });
    if (!response) throw new Error(`no MSW handler for ${method} ${path}`);
    const contentType = response.headers.get('content-type') ?? undefined;
    const headers = Object.fromEntries([...response.headers.entries()]);
    return { status: response.status, contentType, body: replyBody(contentType, new Uint8Array(await response.arrayBuffer())), headers };
  },
};

describeContract('MSW handlers', () => msw);
