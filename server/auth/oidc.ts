/**
 * The OpenID Connect client (openid-client): authorization code flow with PKCE (S256),
 * state and nonce, as a confidential client of the council's identity provider. The
 * provider's metadata is discovered once, at the first sign-in, and kept.
 */
import * as client from 'openid-client';
import type { OidcSettings } from './config';

export interface LoginStart {
  url: URL;
  state: string;
  codeVerifier: string;
  nonce: string;
}

export interface OidcClient {
  start(redirectUri: string): Promise<LoginStart>;
  /** Exchanges the code in `callbackUrl`; returns the ID token's claims. Throws on any mismatch. */
  finish(callbackUrl: URL, checks: { state: string; codeVerifier: string; nonce: string }): Promise<Record<string, unknown>>;
  /** The provider's end-session URL when it supports RP-initiated logout, else undefined. */
  endSessionUrl(postLogoutRedirectUri: string): Promise<URL | undefined>;
}

export function createOidcClient(settings: OidcSettings): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        settings.issuer,
        settings.clientId,
        undefined,
        settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None(),
        // Plain http only for a provider on this machine (the tests' local provider).
        settings.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined; // try again at the next sign-in
        throw error;
      });
    return discovered;
  };
  return {
    async start(redirectUri) {
      const config = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid profile',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, state, codeVerifier, nonce };
    },
    async finish(callbackUrl, checks) {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the provider returned no ID token');
      return { ...claims };
    },
    async endSessionUrl(postLogoutRedirectUri) {
      const config = await configuration();
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, { client_id: settings.clientId, post_logout_redirect_uri: postLogoutRedirectUri });
    },
  };
}
