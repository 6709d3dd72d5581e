/**
 * Sign-in and access control for the whole server (the backend-for-frontend pattern):
 * the browser holds only an HttpOnly session cookie; the server holds the session, the
 * PKCE verifier and every token. Registered before the routes, it
 * - refuses any unsafe request whose Origin is not the dashboard's own (403, before any route runs);
 * - authenticates every /api request by API token (Authorization: Bearer) or session cookie (else 401);
 * - authorizes it against the route's declared permission on the plan in its path (else 403 naming the plan and why);
 * - serves /auth/login, /auth/callback, /auth/logout, the demo sign-in page, and GET /api/me.
 */
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { auditAuth } from '../../auth/audit';
import type { AuthConfig } from '../../auth/config';
import { grantsFromClaims } from '../../auth/claims';
import { DEMO_ISSUER, DEMO_USERS, demoSignInPage, signInFailedPage } from '../../auth/demo';
import { safeReturnTo, saveLoginAttempt, takeLoginAttempt } from '../../auth/login-attempts';
import { createOidcClient, type OidcClient } from '../../auth/oidc';
import { grantedPlans, requireOnEveryPlan, requireOnPlan, requireOnSomePlan } from '../../auth/authorize';
import { isOperatorKey, OPERATOR } from '../../auth/operator';
import type { Principal } from '../../auth/principal';
import type { Permission } from '../../auth/roles';
import { SessionReader } from '../../auth/session-reader';
import { createSession, revokeSession } from '../../auth/sessions';
import { tokenPrincipal } from '../../auth/tokens';
import { upsertUser } from '../../auth/users';
import { listPlans } from '../../storage/plan-reads';
import type { Db } from '../../storage/database';
import type { DatabaseChanges } from '../../storage/database-changes';
import { sendProblem } from './problems';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling; set on every /api request that got past authentication. */
    principal: Principal | undefined;
  }
  interface FastifyContextConfig {
    /**
     * What the route needs (default: `read` for GET/HEAD, `administer` otherwise).
     * With `:planId` in the path it is checked on that plan before the route runs.
     * Without one: `read` needs only a signed-in caller (the route shows only the plans
     * granted, see grantedPlans); any other permission needs it on every plan, unless
     * `plansCheckedByRoute` is set.
     */
    access?: Permission;
    /**
     * For a route whose plans come from its query or body (POST /imports): before it
     * runs, the caller must hold `access` on at least one plan; the route then calls
     * requireOnPlan(request.principal, planId, access) for each plan it touches.
     */
    plansCheckedByRoute?: boolean;
  }
}

export interface AuthPluginOptions {
  db: Db;
  /** The database's change reports, when it gives them (PGlite): sessions are then kept in memory (session-reader.ts). */
  changes?: DatabaseChanges;
  config: AuthConfig;
  /** The clock (tests pin it); default: the system's. */
  now?: () => Date;
  /** Replaces the OpenID client built from config.oidc (not used by the server itself). */
  oidc?: OidcClient;
  /** The data folder owner's key for this run (server/auth/operator.ts); none: no such caller. */
  operatorKey?: string;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Sign-in endpoints: a person needs a handful a minute; a password-spraying script needs thousands. */
const SIGN_IN_LIMIT = { max: 20, timeWindow: '1 minute' };
/** Requests presenting a token, per client address. */
const TOKEN_LIMIT = { max: 600, timeWindow: '1 minute' };

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

export default fp(
  async function auth(app: FastifyInstance, options: AuthPluginOptions) {
    const { db, config } = options;
    const now = options.now ?? (() => new Date());
    const sessions = new SessionReader(db, config.session, options.changes);
    const oidc = options.oidc ?? (config.oidc ? createOidcClient(config.oidc) : undefined);
    const secure = config.publicUrl?.protocol === 'https:';
    // __Host- cookies are bound to this exact origin (Secure, Path=/, no Domain): no subdomain can set or read them.
    const SESSION_COOKIE = secure ? '__Host-session' : 'session';
    const LOGIN_COOKIE = secure ? '__Host-login' : 'login';
    const cookieOptions = { httpOnly: true, secure, sameSite: 'lax', path: '/' } as const;

    await app.register(cookie);
    await app.register(rateLimit, { global: false });
    app.decorateRequest('principal', undefined);

    const ownOrigin = (request: FastifyRequest): string => config.publicUrl?.origin ?? `${request.protocol}://${request.host}`;

    // Cross-site request forgery: a browser says which site sent a request, in Origin
    // and in Sec-Fetch-Site (neither can be set by a page); an unsafe request that
    // either says came from another site is refused whatever cookie it carries. Under
    // this server's Referrer-Policy (no-referrer) a browser's form posts send
    // `Origin: null`, so then Sec-Fetch-Site decides, and without it the request is
    // refused. Clients that send neither (scripts with a token) are not browsers.
    app.addHook('onRequest', async (request, reply) => {
      if (!UNSAFE.has(request.method)) return;
      const origin = request.headers.origin;
      const site = request.headers['sec-fetch-site'];
      const foreignOrigin = origin !== undefined && (origin === 'null' ? site === undefined : origin !== ownOrigin(request));
      const foreignSite = site !== undefined && site !== 'same-origin' && site !== 'none';
      if (foreignOrigin || foreignSite) {
        const from = origin !== undefined && origin !== 'null' ? origin : 'another site';
        return sendProblem(reply, 403, 'Cross-site request refused', `A ${request.method} request from ${from} is refused: changes are accepted only from the dashboard's own pages.`);
      }
      return undefined;
    });

    const tokenLimiter = app.rateLimit({ ...TOKEN_LIMIT, keyGenerator: (request) => `token:${request.ip}` });

    async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<Principal | undefined> {
      const authorization = request.headers.authorization;
      if (authorization !== undefined) {
        await tokenLimiter.call(app, request, reply);
        if (reply.sent) return undefined;
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        if (match?.[1] && isOperatorKey(match[1], options.operatorKey)) return OPERATOR;
        return match?.[1] ? tokenPrincipal(db, match[1], now(), { method: request.method, path: request.url.split('?')[0] ?? '' }) : undefined;
      }
      const sessionId = request.cookies[SESSION_COOKIE];
      return sessionId ? sessions.principal(sessionId, now()) : undefined;
    }

    app.addHook('onRequest', async (request, reply) => {
      if (!isApiPath(request.url)) return undefined;
      const principal = await authenticate(request, reply);
      if (reply.sent) return reply;
      if (!principal) {
        return sendProblem(reply, 401, 'Sign-in required', 'Sign in to read or change improvement plans (or send a valid API token).', { signIn: '/auth/login' });
      }
      request.principal = principal;
      const { access, plansCheckedByRoute } = request.routeOptions.config;
      const permission = access ?? (request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'administer');
      const planId = (request.params as Record<string, string | undefined> | undefined)?.planId;
      if (planId !== undefined) requireOnPlan(principal, planId, permission);
      else if (plansCheckedByRoute) requireOnSomePlan(principal, permission);
      else if (permission !== 'read') requireOnEveryPlan(principal, permission);
      return undefined;
    });

    async function startSession(reply: FastifyReply, request: FastifyRequest, userId: string, name: string): Promise<void> {
      // Rotation: whatever session the browser had ends, and a new id is issued.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) {
        await revokeSession(db, previous, now());
        sessions.forget(previous);
      }
      const sessionId = await createSession(db, userId, now(), config.session);
      await auditAuth(db, { event: 'sign-in', userId, label: name });
      reply.setCookie(SESSION_COOKIE, sessionId, { ...cookieOptions, maxAge: Math.floor(config.session.absoluteMs / 1000) });
    }

    await app.register(async (routes) => {
      await routes.register(formbody);
      const signInRoute = { config: { rateLimit: SIGN_IN_LIMIT } };

      routes.get<{ Querystring: { returnTo?: string } }>('/auth/login', signInRoute, async (request, reply) => {
        const returnTo = safeReturnTo(request.query.returnTo);
        if (!oidc || !config.publicUrl) return reply.redirect(`/auth/demo?returnTo=${encodeURIComponent(returnTo)}`, 303);
        const start = await oidc.start(new URL('/auth/callback', config.publicUrl).toString());
        const attemptId = await saveLoginAttempt(db, { state: start.state, codeVerifier: start.codeVerifier, nonce: start.nonce, returnTo }, now());
        reply.setCookie(LOGIN_COOKIE, attemptId, { ...cookieOptions, maxAge: 600 });
        return reply.header('Cache-Control', 'no-store').redirect(start.url.toString(), 303);
      });

      routes.get('/auth/callback', signInRoute, async (request, reply) => {
        const attemptId = request.cookies[LOGIN_COOKIE];
        reply.clearCookie(LOGIN_COOKIE, cookieOptions).header('Cache-Control', 'no-store');
        const fail = async (reason: string) => {
          await auditAuth(db, { event: 'sign-in.failed', reason });
          return reply.code(400).type('text/html; charset=utf-8').send(signInFailedPage(reason));
        };
        if (!oidc || !config.oidc || !config.publicUrl) return fail('this server has no identity provider configured');
        const attempt = attemptId ? await takeLoginAttempt(db, attemptId, now()) : undefined;
        if (!attempt) return fail('the sign-in took too long or was started in another browser');
        let claims: Record<string, unknown>;
        try {
          claims = await oidc.finish(new URL(request.url, config.publicUrl), attempt);
        } catch (error) {
          const providerError = (error as { error?: unknown }).error;
          return fail(typeof providerError === 'string' ? `the identity provider answered "${providerError}"` : 'the identity provider\'s answer could not be verified');
        }
        const nameClaim = claims[config.oidc.nameClaim] ?? claims.preferred_username;
        const displayName = typeof nameClaim === 'string' && nameClaim.trim() ? nameClaim.trim() : 'Signed-in user';
        const userId = await upsertUser(db, {
          issuer: String(claims.iss),
          subject: String(claims.sub),
          displayName,
          grants: grantsFromClaims(claims, config.oidc.rolesClaim, config.oidc.roleMap),
        });
        await startSession(reply, request, userId, displayName);
        return reply.redirect(attempt.returnTo, 303);
      });

      routes.post('/auth/logout', signInRoute, async (request, reply) => {
        const sessionId = request.cookies[SESSION_COOKIE];
        if (sessionId) {
          const userId = await revokeSession(db, sessionId, now());
          sessions.forget(sessionId);
          if (userId) await auditAuth(db, { event: 'sign-out', userId });
        }
        reply.clearCookie(SESSION_COOKIE, cookieOptions).header('Cache-Control', 'no-store');
        const endSession = oidc && config.publicUrl ? await oidc.endSessionUrl(new URL('/', config.publicUrl).toString()).catch(() => undefined) : undefined;
        return reply.redirect(endSession?.toString() ?? '/', 303);
      });

      if (!oidc) {
        routes.get<{ Querystring: { returnTo?: string } }>('/auth/demo', signInRoute, async (request, reply) =>
          reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(demoSignInPage(safeReturnTo(request.query.returnTo))),
        );
        routes.post<{ Body: { user?: string; returnTo?: string } }>('/auth/demo', signInRoute, async (request, reply) => {
          const demoUser = DEMO_USERS.find((user) => user.role === request.body.user);
          if (!demoUser) {
            await auditAuth(db, { event: 'sign-in.failed', reason: 'unknown demo user' });
            return sendProblem(reply, 400, 'Unknown demo user', 'Choose one of the demo users on the sign-in page.');
          }
          const userId = await upsertUser(db, {
            issuer: DEMO_ISSUER,
            subject: demoUser.role,
            displayName: demoUser.name,
            grants: { everyPlan: { role: demoUser.role, leadKeys: demoUser.leadKeys }, plans: {} },
          });
          await startSession(reply, request, userId, demoUser.name);
          return reply.redirect(safeReturnTo(request.body.returnTo), 303);
        });
      }
    });

    app.get('/api/me', { config: { access: 'read' } }, async (request, reply) => {
      const principal = request.principal;
      if (!principal) return sendProblem(reply, 401, 'Sign-in required', 'Sign in first.');
      const plans = grantedPlans(principal, (await listPlans(db)).plans).map(({ plan, grant }) => ({ planId: plan.id, role: grant.role, leadKeys: grant.leadKeys }));
      reply.header('Cache-Control', 'private, no-store');
      return { name: principal.name, kind: principal.kind, demo: !oidc, plans };
    });
  },
  { name: 'auth', fastify: '5.x', dependencies: ['problems'] },
);
