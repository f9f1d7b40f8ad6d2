import * as oauth from 'oauth4webapi';
import type { UserInfo } from '@/lib/auth/auth-client';
import { NetworkError } from '@/lib/globus/errors';
import { UnexpectedResponseError } from '@/lib/globus/response';

// What a finished login turns into: the route to return to, a readable failure, the user's identity.

/** returnTo is only ever used as the URL fragment, so it cannot redirect anywhere else. */
export function asHashRoute(returnTo: string): string {
  return `#${returnTo.replace(/^#/, '')}`;
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

type Claims = Record<string, unknown>;
const optString = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);

export function userInfoFromClaims(claims: Claims): UserInfo {
  const info: UserInfo = {
    sub: String(claims.sub),
    username: optString(claims.preferred_username) ?? String(claims.sub),
  };
  const name = optString(claims.name);
  if (name) info.name = name;
  const email = optString(claims.email);
  if (email) info.email = email;
  if (Array.isArray(claims.identity_set)) {
    info.identitySet = (claims.identity_set as Claims[]).map((id) => {
      const entry: { sub: string; username: string; name?: string } = {
        sub: String(id.sub),
        username: optString(id.username) ?? String(id.sub),
      };
      const idName = optString(id.name);
      if (idName) entry.name = idName;
      return entry;
    });
  }
  return info;
}
