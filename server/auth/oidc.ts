import * as client from 'openid-client';
import type { Claims } from './roleOf';
import type { OidcSettings } from './settings';

/** The relying party's two steps, over openid-client: where to send the browser, and what came back. */
export interface OidcClient {
  /** the provider's authorization URL for a new sign-in, with what to remember until its return */
  begin(): Promise<{ url: URL; verifier: string; state: string; nonce: string }>;
  /** exchanges the code of the provider's redirect (the callback's URL) for the ID token's claims */
  finish(callback: URL, checks: { verifier: string; state: string; nonce: string }): Promise<Claims>;
  /** the provider's RP-initiated logout, or null when it has none */
  endSessionUrl(postLogoutRedirect: URL): Promise<URL | null>;
}

const SCOPE = 'openid email profile';

const isLoopbackHost = (host: string) => host === 'localhost' || host === '[::1]' || /^127\./.test(host);

/**
 * Discovery happens at the first sign-in, not at start-up: a provider that is down for a
 * moment must not keep the server from starting; a failed discovery is tried again next time.
 */
export function oidcClient(settings: OidcSettings): OidcClient {
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
        // plain http only for a provider on this machine (a test's); anywhere else it is refused
        execute:
          settings.issuer.protocol === 'http:' && isLoopbackHost(settings.issuer.hostname)
            ? [client.allowInsecureRequests]
            : [],
      })
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };

  return {
    async begin() {
      const config = await configuration();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl.href,
        scope: SCOPE,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, verifier, state, nonce };
    },
    async finish(callback, checks) {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the provider returned no ID token');
      // the tokens themselves go no further: the session holds what the claims said
      return { ...claims };
    },
    async endSessionUrl(postLogoutRedirect) {
      const config = await configuration();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, { post_logout_redirect_uri: postLogoutRedirect.href });
    },
  };
}

/** What a failed exchange says, for the audit trail: the provider's error code, never a token. */
export function describeFailure(error: unknown): string {
  if (error instanceof client.ResponseBodyError)
    return `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`;
  if (error instanceof client.AuthorizationResponseError)
    return `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`;
  return error instanceof Error ? error.message : 'unknown error';
}
