import { takeEarlyResponse } from '../api/early-responses';
import type { AppConfig } from './config-schema';

/**
 * Runtime configuration, read from `config.json` beside index.html at start-up so
 * one build can be deployed against any API. Unknown keys are ignored (older or
 * newer deployments keep working); known keys with the wrong type are an error.
 */
export type { AppConfig };

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads and validates config.json; every failure becomes a ConfigError that says what to fix. */
export async function loadConfig(url = 'config.json'): Promise<AppConfig> {
  // The schema brings zod: a chunk of its own, fetched while config.json is.
  const schema = import('./config-schema');
  // Read only when config.json arrives; a failed fetch is the error to report, not this.
  schema.catch(() => undefined);
  const href = new URL(url, globalThis.location.href).toString();
  let response: Response;
  try {
    response = (await takeEarlyResponse(href)) ?? (await fetch(href, { cache: 'no-store', headers: { Accept: 'application/json' } }));
  } catch {
    throw new ConfigError(`Could not load ${url}: the server did not answer.`);
  }
  if (!response.ok) {
    throw new ConfigError(
      `Could not load ${url} (HTTP ${response.status}). Deploy a config.json beside index.html; see the README's "Configuration" section.`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    throw new ConfigError(`${url} is not valid JSON.`);
  }
  return (await schema).parseConfig(body, url);
}
