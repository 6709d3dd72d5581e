import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../server/test-app';
import { describeContract, type ContractTarget } from './contract-suite';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** The reference server through inject(): its real routes, plugins and database, no port. */
const referenceServer: ContractTarget = {
  async request(method, path) {
    const response = await server.app.inject({ method: method as 'GET', url: `/api${path}` });
    const contentType = response.headers['content-type'];
    return {
      status: response.statusCode,
      contentType: typeof contentType === 'string' ? contentType : undefined,
      body: response.body ? (JSON.parse(response.body) as unknown) : undefined,
    };
  },
};

describeContract('reference server', () => referenceServer);
