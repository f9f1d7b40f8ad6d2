/**
 * Auth JSON routes: discovery, JWKS, userinfo, identities, consents, identity providers
 * (docs/protocol/auth.md#identities, #userinfo, #discovery-and-keys). Shapes: fixtures
 * auth.openid_configuration.json, auth.jwks.json,
 * auth.userinfo.json, auth.get_identities*.json, auth.get_consents.json; identity
 * providers and single-identity documents are provisional ([B] in docs/protocol/auth.md).
 */
import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { baseUrlOf } from '../core/context';
import { requireBearer } from '../core/bearer';
import { authError } from '../core/errors';
import { IDP } from '../seed/ids';
import { identityDoc, userinfoIdentitySet } from './claims';
import { consentDocs } from './consents';
import { jwks } from './keys';
import { AUTH_RS } from './scopes';
import type { Identity, World } from '../core/world';

/**
 * `provision=true`: an unknown username in the domain of a known identity provider gets a placeholder identity
 * (status `unused`) that access rules can name before its owner first logs in (docs/protocol/auth.md#identities).
 */
function provisioned(world: World, username: string): Identity | undefined {
  const domain = username.split('@')[1]?.toLowerCase();
  const idp = Object.values(IDP).find((p) => p.domain === domain);
  if (!idp) return undefined;
  const id = world.nextId('identity');
  const identity: Identity = {
    id,
    username: username.toLowerCase(),
    name: null,
    email: null,
    organization: null,
    identityProviderId: idp.id,
    identityProviderName: idp.name,
    status: 'unused',
    accountId: id,
    localUser: 'nobody',
  };
  world.identities.set(id, identity);
  return identity;
}

export function registerAuthApi(app: Hono<EmuEnv>): void {
  app.get('/.well-known/openid-configuration', (c) => {
    const base = baseUrlOf(c);
    return c.json({
      issuer: base,
      authorization_endpoint: `${base}/v2/oauth2/authorize`,
      userinfo_endpoint: `${base}/v2/oauth2/userinfo`,
      token_endpoint: `${base}/v2/oauth2/token`,
      revocation_endpoint: `${base}/v2/oauth2/token/revoke`,
      jwks_uri: `${base}/jwk.json`,
      response_types_supported: ['code', 'token', 'token id_token', 'id_token'],
      id_token_signing_alg_values_supported: ['RS512'],
      scopes_supported: ['openid', 'email', 'profile'],
      token_endpoint_auth_methods_supported: ['client_secret_basic'],
      claims_supported: ['at_hash', 'aud', 'email', 'exp', 'name', 'nonce', 'preferred_username', 'iat', 'iss', 'sub'],
      subject_types_supported: ['public'],
    });
  });

  app.get('/jwk.json', async (c) => c.json(await jwks()));

  app.use('/v2/oauth2/userinfo', requireBearer('auth', AUTH_RS));
  app.get('/v2/oauth2/userinfo', (c) => {
    const emu = c.get('emu');
    const token = c.get('token');
    const scopes = token.scopes.map((s) => s.scope);
    // Shape: fixture auth.error.userinfo_forbidden.json
    if (!scopes.includes('openid')) return authError(c, 403, 'The token lacks the openid scope');
    const id = emu.world.identity(token.accountId)!;
    const doc: Record<string, unknown> = { sub: id.id, preferred_username: id.username, name: id.name };
    if (scopes.includes('email')) doc.email = id.email;
    if (scopes.includes('urn:globus:auth:scope:auth.globus.org:view_identity_set'))
      doc.identity_set = userinfoIdentitySet(emu.world, id.id);
    return c.json(doc);
  });

  app.use('/v2/api/*', requireBearer('auth', AUTH_RS));
  app.get('/v2/api/identities', (c) => {
    const world = c.get('emu').world;
    const usernames = c.req.query('usernames');
    const ids = c.req.query('ids');
    if (usernames && ids) return authError(c, 400, 'usernames and ids are mutually exclusive');
    const split = (v: string | undefined) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const provision = usernames !== undefined && c.req.query('provision') === 'true';
    const found =
      usernames !== undefined
        ? split(usernames).map((u) => world.identityByUsername(u) ?? (provision ? provisioned(world, u) : undefined))
        : split(ids).map((i) => world.identity(i.toLowerCase()));
    // Unknown usernames/ids are simply absent (fixture auth.get_identities.empty.json).
    return c.json({ identities: found.filter((i) => i !== undefined).map(identityDoc) });
  });

  app.get('/v2/api/identities/:id', (c) => {
    const i = c.get('emu').world.identity(c.req.param('id').toLowerCase());
    if (!i) return authError(c, 404, 'No such identity');
    return c.json({ identity: identityDoc(i) });
  });

  app.get('/v2/api/identities/:id/consents', (c) => {
    const emu = c.get('emu');
    const token = c.get('token');
    const i = emu.world.identity(c.req.param('id').toLowerCase());
    if (!i || i.accountId !== token.accountId) return authError(c, 403, 'You may only view your own consents');
    return c.json({ consents: consentDocs(emu.world, i.accountId) });
  });

  app.get('/v2/api/identity_providers', (c) => {
    const domains = (c.req.query('domains') ?? '').split(',').filter(Boolean);
    const ids = (c.req.query('ids') ?? '').split(',').filter(Boolean);
    const all = Object.values(IDP).map((p) => ({
      id: p.id,
      name: p.name,
      short_name: p.domain.split('.')[0],
      domains: [p.domain],
      alternative_names: [],
      status: 'active',
    }));
    const sel = all.filter(
      (p) => (!domains.length && !ids.length) || ids.includes(p.id) || p.domains.some((d) => domains.includes(d)),
    );
    return c.json({ identity_providers: sel });
  });
}
