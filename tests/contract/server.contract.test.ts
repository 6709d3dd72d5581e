import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../server/test-app';
import { describeContract, type ContractTarget } from './contract-suite';

let server: TestServer;
/** A viewer of every plan: the contract's reads, as a signed-in dashboard makes them. */
let signedIn: { cookie: string };
beforeAll(async () => {
  server = await startTestServer();
  signedIn = await server.signIn('viewer');
});
afterAll(async () => {
  await server.close();
});

/** The reference server through inject(): its real routes, plugins and database, no port, signed in. */
const referenceServer: ContractTarget = {
  async request(method, path) {
    const response = await server.app.inject({ method: method as 'GET', url: `/api${path}`, headers: signedIn });
    const contentType = response.headers['content-type'];
    return {
      status: response.statusCode,
      contentType: typeof contentType === 'string' ? contentType : undefined,
      body: response.body ? (JSON.parse(response.body) as unknown) : undefined,
    };
  },
};

describeContract('reference server', () => referenceServer);
