import { z } from 'zod';
import { takeEarlyResponse } from '../api/early-responses';
import { joinPath } from '../api/records';

/**
 * Runtime configuration, read from `config.json` beside index.html at start-up so
 * one build can be deployed against any API. Unknown keys are ignored (older or
 * newer deployments keep working); known keys with the wrong type are an error.
 */
export const AppConfigSchema = z.object({
  apiBaseUrl: z.string().min(1, { error: 'must not be empty' }).default('/api'),
  /** Serve the built-in demo data through MSW's service worker instead of calling an API. */
  demo: z.boolean().default(false),
  apiToken: z.string().min(1).optional(),
  requestTimeoutMs: z.number().int().positive().max(300_000).default(20_000),
  /** One accent colour for links and focus-adjacent chrome, e.g. "#1d70b8". */
  accentColour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a hex colour like #1d70b8' })
    .optional(),
});

export type AppConfig = z.infer<typeof AppConfigSchema>;

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
  const href = new URL(url, globalThis.location.href).toString();
  let response: Response;
  try {
    response = await (takeEarlyResponse(href) ?? fetch(href, { cache: 'no-store', headers: { Accept: 'application/json' } }));
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
  return parseConfig(body, url);
}

export function parseConfig(body: unknown, source = 'config.json'): AppConfig {
  const parsed = AppConfigSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const path = joinPath('', issue.path);
    return path ? `"${path}" ${issue.message}` : issue.message;
  });
  throw new ConfigError(`${source} has ${issues.length === 1 ? 'a setting' : 'settings'} the dashboard cannot use.`, issues);
}
