import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config';
import { parseConfig } from '../../src/app/config-schema';
import { server } from '../../mocks/node';

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.catch((e: unknown) => e);
  if (error instanceof ConfigError) return error;
  throw new Error(`expected a ConfigError, got ${String(error)}`);
}

describe('parseConfig', () => {
  it('fills in defaults for an empty object', () => {
    expect(parseConfig({})).toEqual({
      apiBaseUrl: '/api',
      demo: false,
      requestTimeoutMs: 20_000,
      credentials: 'include',
      refreshIntervalSeconds: 300,
    });
  });

  it('keeps every known key and ignores unknown ones', () => {
    expect(
      parseConfig({
        apiBaseUrl: 'https://api.example',
        demo: true,
        apiToken: 't',
        requestTimeoutMs: 5000,
        accentColour: '#005ea5',
        credentials: 'omit',
        refreshIntervalSeconds: 0,
        x: 1,
      }),
    ).toEqual({
      apiBaseUrl: 'https://api.example',
      demo: true,
      apiToken: 't',
      requestTimeoutMs: 5000,
      accentColour: '#005ea5',
      credentials: 'omit',
      refreshIntervalSeconds: 0,
    });
  });

  it('names every setting that is wrong', () => {
    let error: unknown;
    try {
      parseConfig({ apiBaseUrl: '', demo: 'yes', requestTimeoutMs: -1, accentColour: 'blue', credentials: 'always', refreshIntervalSeconds: -5 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues.join('\n');
    expect(issues).toContain('"apiBaseUrl" must not be empty');
    expect(issues).toContain('"demo"');
    expect(issues).toContain('"requestTimeoutMs"');
    expect(issues).toContain('"accentColour" must be a hex colour like #1d70b8');
    expect(issues).toContain('"credentials"');
    expect(issues).toContain('"refreshIntervalSeconds"');
  });

  it('rejects a top level that is not an object', () => {
    expect(() => parseConfig([])).toThrow(ConfigError);
  });
});

describe('loadConfig', () => {
  it('reads config.json beside the page', async () => {
    server.use(http.get('/config.json', () => HttpResponse.json({ demo: true })));
    await expect(loadConfig('/config.json')).resolves.toMatchObject({ demo: true, apiBaseUrl: '/api' });
  });

  it('says when config.json is missing', async () => {
    server.use(http.get('/config.json', () => new HttpResponse(null, { status: 404 })));
    const error = await configError(loadConfig('/config.json'));
    expect(error.message).toMatch(/^Could not load \/config.json \(HTTP 404\)/);
  });

  it('says when config.json is not JSON', async () => {
    server.use(http.get('/config.json', () => new HttpResponse('{ demo: true', { status: 200 })));
    const error = await configError(loadConfig('/config.json'));
    expect(error.message).toBe('/config.json is not valid JSON.');
  });

  it('says when the server does not answer', async () => {
    server.use(http.get('/config.json', () => HttpResponse.error()));
    const error = await configError(loadConfig('/config.json'));
    expect(error.message).toBe('Could not load /config.json: the server did not answer.');
  });
});
