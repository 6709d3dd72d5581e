/**
 * Sign-in settings from the environment (documented in the README). With OIDC_ISSUER
 * set, people sign in with the council's identity provider; without it, the server
 * offers a demo sign-in, and only on a loopback address, where nobody else can reach it.
 */
import { z } from 'zod';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './sessions';
import { PLAN_ROLES } from './roles';

const GrantSchema = z.object({
  role: z.enum(PLAN_ROLES),
  /** A plan id, or "*" for every plan. */
  plan: z.string().min(1),
  leadKeys: z.array(z.string().min(1)).optional(),
});

/** Claim value (an Entra app role's value, a group's object id) -> the grants it gives. */
export const RoleMapSchema = z.record(z.string().min(1), z.array(GrantSchema).min(1));
export type RoleMap = z.infer<typeof RoleMapSchema>;

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string | undefined;
  /** The claim carrying roles or groups (`roles` for Entra app roles, `groups` for groups). */
  rolesClaim: string;
  roleMap: RoleMap;
  /** The claim with the name to show (`name` by default). */
  nameClaim: string;
}

export interface AuthConfig {
  /** Undefined: the demo sign-in (loopback only). */
  oidc: OidcSettings | undefined;
  /** The dashboard's own origin and path, as users reach it; also the allowed Origin for writes. */
  publicUrl: URL | undefined;
  session: SessionPolicy;
}

export class AuthConfigError extends Error {
  override name = 'AuthConfigError';
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function positiveMinutes(env: NodeJS.ProcessEnv, key: string, fallbackMs: number): number {
  const raw = env[key]?.trim();
  if (!raw) return fallbackMs;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new AuthConfigError(`${key} must be a number of minutes above 0, not "${raw}"`);
  return minutes * 60_000;
}

function parseUrl(key: string, raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new AuthConfigError(`${key} must be a full URL (https://...), not "${raw}"`);
  }
}

/** Reads and checks the settings; throws AuthConfigError naming the variable at fault. */
export function readAuthConfig(env: NodeJS.ProcessEnv, host: string): AuthConfig {
  const session: SessionPolicy = {
    idleMs: positiveMinutes(env, 'SESSION_IDLE_MINUTES', DEFAULT_SESSION_POLICY.idleMs),
    absoluteMs: positiveMinutes(env, 'SESSION_MAX_MINUTES', DEFAULT_SESSION_POLICY.absoluteMs),
  };
  const publicUrlText = env.PUBLIC_URL?.trim();
  const publicUrl = publicUrlText ? parseUrl('PUBLIC_URL', publicUrlText) : undefined;
  const issuerText = env.OIDC_ISSUER?.trim();
  if (!issuerText) {
    if (!isLoopback(host)) {
      throw new AuthConfigError(
        `No identity provider is configured (OIDC_ISSUER is not set), so only the demo sign-in is available, and it is refused on ${host}: anyone who can reach it could sign in. Set OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and PUBLIC_URL, or listen on 127.0.0.1.`,
      );
    }
    return { oidc: undefined, publicUrl, session };
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new AuthConfigError('OIDC_CLIENT_ID must be set when OIDC_ISSUER is');
  if (!publicUrl) throw new AuthConfigError('PUBLIC_URL must be set when OIDC_ISSUER is: it gives the callback address registered with the provider');
  let roleMap: RoleMap = {};
  const mapText = env.OIDC_ROLE_MAP?.trim();
  if (mapText) {
    let json: unknown;
    try {
      json = JSON.parse(mapText);
    } catch {
      throw new AuthConfigError('OIDC_ROLE_MAP must be JSON, such as {"Plan.Viewer":[{"role":"viewer","plan":"*"}]}');
    }
    const parsed = RoleMapSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AuthConfigError(`OIDC_ROLE_MAP at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'invalid'}`);
    }
    roleMap = parsed.data;
  }
  return {
    oidc: {
      issuer: parseUrl('OIDC_ISSUER', issuerText),
      clientId,
      clientSecret: env.OIDC_CLIENT_SECRET?.trim() || undefined,
      rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || 'roles',
      nameClaim: env.OIDC_NAME_CLAIM?.trim() || 'name',
      roleMap,
    },
    publicUrl,
    session,
  };
}
