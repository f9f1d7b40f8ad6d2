/**
 * Identity claims shared by id_tokens and userinfo. Shapes: fixture
 * auth.id_token_claims.json (id_token) and auth.userinfo.json (userinfo identity_set).
 */
import type { Identity, World } from '../core/world';
import type { Session } from './auth-state';

function lastAuth(session: Session | undefined, identityId: string): number | null {
  return session?.authentications.get(identityId)?.authTime ?? null;
}

export function identityClaims(
  world: World,
  session: Session | undefined,
  accountId: string,
  scopes: string[],
): Record<string, unknown> {
  const primary = world.identity(accountId)!;
  const profile = scopes.includes('profile');
  const email = scopes.includes('email');
  const latest = session ? Math.max(...[...session.authentications.values()].map((a) => a.authTime)) : null;
  const claims: Record<string, unknown> = { sub: primary.id };
  if (profile) {
    Object.assign(claims, {
      organization: primary.organization,
      name: primary.name,
      preferred_username: primary.username,
      identity_provider: primary.identityProviderId,
      identity_provider_display_name: primary.identityProviderName,
    });
  }
  if (email) claims.email = primary.email;
  claims.last_authentication = latest;
  claims.identity_set = world.identitySet(accountId).map((i: Identity) => ({
    sub: i.id,
    organization: i.organization,
    name: i.name,
    username: i.username,
    identity_provider: i.identityProviderId,
    identity_provider_display_name: i.identityProviderName,
    email: i.email,
    last_authentication: lastAuth(session, i.id),
  }));
  return claims;
}

/** userinfo identity_set entries (fixture auth.userinfo.json). */
export function userinfoIdentitySet(world: World, accountId: string): Record<string, unknown>[] {
  return world.identitySet(accountId).map((i) => ({
    email: i.email,
    identity_provider: i.identityProviderId,
    identity_provider_display_name: i.identityProviderName,
    name: i.name,
    organization: i.organization,
    status: i.status,
    sub: i.id,
    username: i.username,
  }));
}

/** `/v2/api/identities` document (fixtures auth.get_identities*.json). */
export function identityDoc(i: Identity): Record<string, unknown> {
  return {
    email: i.email,
    id: i.id,
    identity_provider: i.identityProviderId,
    identity_type: 'login',
    name: i.name,
    organization: i.organization,
    status: i.status,
    username: i.username,
  };
}
