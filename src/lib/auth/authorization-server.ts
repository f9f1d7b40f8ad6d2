import type * as oauth from 'oauth4webapi';
import { isLoopbackHost, type AppConfig } from '@/config/schema';

/**
 * Globus Auth metadata derived from the configured base URL, so start-up needs no discovery request.
 * Globus signs id_tokens with RS512 (docs/protocol/auth.md#id-token); oauth4webapi would otherwise expect RS256.
 */
export function authorizationServer(config: Pick<AppConfig, 'authBaseUrl'>): oauth.AuthorizationServer {
  const base = config.authBaseUrl;
  return {
    issuer: base,
    authorization_endpoint: `${base}/v2/oauth2/authorize`,
    token_endpoint: `${base}/v2/oauth2/token`,
    revocation_endpoint: `${base}/v2/oauth2/token/revoke`,
    userinfo_endpoint: `${base}/v2/oauth2/userinfo`,
    jwks_uri: `${base}/jwk.json`,
    id_token_signing_alg_values_supported: ['RS512'],
    code_challenge_methods_supported: ['S256'],
  };
}

/** Plain http is allowed only for a local Globus emulator; real hosts must be https. */
export function allowsInsecureRequests(authBaseUrl: string): boolean {
  try {
    return isLoopbackHost(new URL(authBaseUrl).hostname);
  } catch {
    return false;
  }
}
