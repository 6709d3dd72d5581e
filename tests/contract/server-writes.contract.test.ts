import { afterAll, beforeAll } from 'vitest';
import { startWriteServer, type TestWriteServer } from '../server/test-write-app';
import { describeWriteContract, type WriteTarget } from './write-suite';

let server: TestWriteServer;
beforeAll(async () => {
  server = await startWriteServer();
});
afterAll(async () => {
  await server.close();
});

/** The reference server through inject(), signed in as the demo editor. */
const referenceServer: WriteTarget = {
  async request(method, path, { headers = {}, body } = {}) {
    const response = await server.as('editor', { method, url: `/api${path}`, headers, body });
    const contentType = response.headers['content-type'];
    const etag = response.headers.etag;
    return {
      status: response.statusCode,
      contentType: typeof contentType === 'string' ? contentType : undefined,
      etag: typeof etag === 'string' ? etag : undefined,
      body: response.body ? (JSON.parse(response.body) as unknown) : undefined,
    };
  },
  reset: () => server.reset(),
};

describeWriteContract('reference server', () => referenceServer);
