import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../server/test-app';
import { describeContract, describeImportContract, replyBody, type ContractTarget } from './contract-suite';

let server: TestServer;
/** A viewer of every plan: the contract's reads, as a signed-in dashboard makes them. */
let signedIn: { cookie: string };
/** An editor of every plan: the role imports need. */
let editor: { cookie: string };
beforeAll(async () => {
  server = await startTestServer();
  signedIn = await server.signIn('viewer');
  editor = await server.signIn('editor');
});
afterAll(async () => {
  await server.close();
});

/** The reference server through inject(): its real routes, plugins and database, no port, signed in. */
const referenceServer: ContractTarget = {
  async request(method, path, body) {
    // Reads as a viewer; imports as an editor (the role they need).
    const session = method === 'POST' ? editor : signedIn;
    const response = await server.app.inject({
      method: method as 'GET' | 'POST',
      url: `/api${path}`,
      headers: { ...session, ...(body && { 'content-type': body.contentType }) },
      ...(body && { payload: typeof body.body === 'string' ? body.body : Buffer.from(body.body) }),
    });
    const contentType = response.headers['content-type'];
    const type = typeof contentType === 'string' ? contentType : undefined;
    const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    return { status: response.statusCode, contentType: type, body: replyBody(type, new Uint8Array(response.rawPayload)), headers };
  },
};

describeContract('reference server', () => referenceServer);
describeImportContract('reference server', () => referenceServer, {
  importFile: (name) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../server/import-files', name))),
  reset: () => server.reset(),
});
