import * as oauth from 'oauth4webapi';
import type { AppConfig } from '@/config/schema';
import { allowsInsecureRequests, authorizationServer } from '@/lib/auth/authorization-server';
import { NetworkError } from '@/lib/globus/errors';
import { UnexpectedResponseError } from '@/lib/globus/response';

// Everything that needs oauth4webapi: the PKCE secrets of a new login, the code exchange with its
// state, nonce and id_token checks, refresh and revocation. Only logging in, coming back from Globus Auth,
// refreshing and logging out need it, so it is loaded then (auth-client.ts), not with the first page.

export type PkceSecrets = { code_verifier: string; code_challenge: string; state: string; nonce: string };

/** The login started in this browser that the callback must match. */
type PendingLogin = { state: string; code_verifier: string; nonce: string };

type OAuthRequestOptions = {
  [oauth.customFetch]: (url: string, init: oauth.CustomFetchOptions<string, unknown>) => Promise<Response>;
  [oauth.allowInsecureRequests]?: boolean;
};

function requestOptions(authBaseUrl: string, fetchImpl: typeof fetch): OAuthRequestOptions {
  const options: OAuthRequestOptions = {
    [oauth.customFetch]: (url, init) => fetchImpl(url, init as RequestInit),
  };
  if (allowsInsecureRequests(authBaseUrl)) options[oauth.allowInsecureRequests] = true;
  return options;
}

export function describeOAuthFailure(err: unknown): string {
  if (err instanceof NetworkError) return 'Globus Auth could not be reached. Check your connection and log in again.';
  if (err instanceof UnexpectedResponseError) return err.message;
  if (err instanceof oauth.ResponseBodyError) {
    return `Globus Auth refused the login (${err.error}${err.error_description ? `: ${err.error_description}` : ''}).`;
  }
  if (err instanceof oauth.AuthorizationResponseError) {
    return `Globus Auth refused the login (${err.error}).`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `The answer from Globus Auth could not be verified (${message}). Please log in again.`;
}

/**
 * The OAuth calls for one configuration. `clockSkewSeconds` keeps oauth4webapi's id_token exp/iat checks
 * on the same clock as the auth client's (matters for injected clocks).
 */
export function oauthCalls(config: AppConfig, fetchImpl: typeof fetch, clockSkewSeconds: number) {
  const as = authorizationServer(config);
  const client: oauth.Client = { client_id: config.clientId, [oauth.clockSkew]: clockSkewSeconds };
  const clientAuth = oauth.None();
  const options = requestOptions(config.authBaseUrl, fetchImpl);

  return {
    /** A new login's PKCE verifier (S256 challenge), state and nonce. */
    async newLoginSecrets(): Promise<PkceSecrets> {
      const code_verifier = oauth.generateRandomCodeVerifier();
      const code_challenge = await oauth.calculatePKCECodeChallenge(code_verifier);
      return { code_verifier, code_challenge, state: oauth.generateRandomState(), nonce: oauth.generateRandomNonce() };
    },

    /** The callback's code exchanged for tokens, with the state, nonce and id_token checked. */
    async exchangeCode(params: URLSearchParams, pending: PendingLogin) {
      const validated = oauth.validateAuthResponse(as, client, params, pending.state);
      const response = await oauth.authorizationCodeGrantRequest(
        as,
        client,
        clientAuth,
        validated,
        config.redirectUri,
        pending.code_verifier,
        options,
      );
      const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
        expectedNonce: pending.nonce,
        requireIdToken: true,
      });
      const claims = oauth.getValidatedIdTokenClaims(result);
      if (!claims) throw new Error('Globus Auth returned no identity token');
      return { result, claims };
    },

    async refresh(refreshToken: string) {
      const response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, refreshToken, options);
      return oauth.processRefreshTokenResponse(as, client, response);
    },

    async revoke(token: string) {
      const response = await oauth.revocationRequest(as, client, clientAuth, token, options);
      await oauth.processRevocationResponse(response);
    },
  };
}

export type OAuthCalls = ReturnType<typeof oauthCalls>;
