import { z } from 'zod';
import { joinPath } from '../api/records';
import { ConfigError } from './config';

/**
 * What config.json may say. Unknown keys are ignored (older or newer deployments keep
 * working); known keys with the wrong type are an error. Kept apart from config.ts so
 * the first view's script carries no validation library.
 */
export const AppConfigSchema = z.object({
  apiBaseUrl: z.string().min(1, { error: 'must not be empty' }).default('/api'),
  /** Serve the built-in demo data through MSW's service worker instead of calling an API. */
  demo: z.boolean().default(false),
  apiToken: z.string().min(1).optional(),
  requestTimeoutMs: z.number().int().positive().max(300_000).default(20_000),
  /**
   * Whether the browser sends cookies and HTTP auth to the API (fetch's `credentials`).
   * `include` for an API behind the council's sign-in; `omit` for a public API that
   * answers `Access-Control-Allow-Origin: *`, which browsers refuse to send credentials to.
   */
  credentials: z.enum(['include', 'same-origin', 'omit']).default('include'),
  /** Refetch the data on screen this often (a board-room screen left open); 0 turns the timer off. */
  refreshIntervalSeconds: z.number().int().min(0).max(86_400).default(300),
  /** One accent colour for links and focus-adjacent chrome, e.g. "#1d70b8". */
  accentColour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a hex colour like #1d70b8' })
    .optional(),
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
