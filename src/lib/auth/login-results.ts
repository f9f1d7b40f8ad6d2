import type { UserInfo } from '@/lib/auth/auth-client';

// What a finished login turns into: the route to return to and the user's identity (a readable failure: oauth-calls.ts).

/** returnTo is only ever used as the URL fragment, so it cannot redirect anywhere else. */
export function asHashRoute(returnTo: string): string {
  return `#${returnTo.replace(/^#/, '')}`;
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
