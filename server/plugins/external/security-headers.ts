/**
 * Security headers on every response (helmet). The Content-Security-Policy is strict:
 * scripts, data and workers only from this origin, no inline script and no eval, no
 * plugins, no framing. The dashboard is built to run under it (a browser test checks
 * that it reports no violation).
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Inline <style> is allowed for one need: print pages write the plan's title and
  // "data as at" into @page margin boxes, which take literal strings only. Scripts
  // stay strict: no inline script, no eval.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: for the empty favicon in index.html and the charts' inline images.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

export interface SecurityHeadersOptions {
  /**
   * Other origins a form on these pages may lead to: the identity provider's, since
   * Sign out posts here and is redirected there (browsers apply form-action to the
   * redirect too).
   */
  formActionOrigins?: readonly string[];
}

export default fp<SecurityHeadersOptions>(
  async function securityHeaders(app: FastifyInstance, { formActionOrigins = [] }) {
    const directives: Record<string, string[]> = Object.fromEntries(Object.entries(CONTENT_SECURITY_POLICY).map(([k, v]) => [k, [...v]]));
    directives['form-action'] = [...(directives['form-action'] ?? []), ...formActionOrigins];
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives },
      referrerPolicy: { policy: 'no-referrer' },
      // Same-origin by design: nothing here is meant to be embedded or read cross-origin.
      crossOriginResourcePolicy: { policy: 'same-origin' },
    });
  },
  { name: 'security-headers' },
);
