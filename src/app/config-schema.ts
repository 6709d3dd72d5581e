import { z } from '../api/zod-setup';
import { joinPath } from '../api/records';
import { ConfigError } from './config';

/**
 * What config.json may say. Unknown keys are ignored (older or newer deployments keep
 * working); known keys with the wrong type are an error. Kept apart from config.ts so
 * the first view's script carries no validation library.
 */
export const AppConfigSchema = z.object({
  apiBaseUrl: z._default(z.string().check(z.minLength(1, { error: 'must not be empty' })), '/api'),
  /** Serve the built-in demo data through MSW's service worker instead of calling an API. */
  demo: z._default(z.boolean(), false),
  apiToken: z.optional(z.string().check(z.minLength(1))),
  requestTimeoutMs: z._default(z.int().check(z.positive(), z.maximum(300_000)), 20_000),
  /**
   * Whether the browser sends cookies and HTTP auth to the API (fetch's `credentials`).
   * `include` for an API behind the council's sign-in; `omit` for a public API that
   * answers `Access-Control-Allow-Origin: *`, which browsers refuse to send credentials to.
   */
  credentials: z._default(z.enum(['include', 'same-origin', 'omit']), 'include'),
  /** Refetch the data on screen this often (a board-room screen left open); 0 turns the timer off. */
  refreshIntervalSeconds: z._default(z.int().check(z.minimum(0), z.maximum(86_400)), 300),
  /** One accent colour for links and focus-adjacent chrome, e.g. "#1d70b8". */
  accentColour: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a hex colour like #1d70b8' }))),
});

export type AppConfig = z.infer<typeof AppConfigSchema>;

export function parseConfig(body: unknown, source = 'config.json'): AppConfig {
  const parsed = AppConfigSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const path = joinPath('', issue.path);
    return path ? `"${path}" ${issue.message}` : issue.message;
  });
  throw new ConfigError(`${source} has ${issues.length === 1 ? 'a setting' : 'settings'} the dashboard cannot use.`, issues);
}
