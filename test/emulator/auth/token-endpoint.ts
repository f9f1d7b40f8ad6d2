/**
 * `POST /v2/oauth2/token` (authorization_code with PKCE, refresh_token) and
 * `POST /v2/oauth2/token/revoke` (docs/protocol/auth.md#tokens, #refresh, #revoke).
 * Response shapes: fixtures auth.token_response.json / .openid / .full; errors:
 * auth.error.invalid_grant.json (401 `{"error":"invalid_grant"}`); revoke:
 * auth.oauth2_revoke_token.json (`{"active": false}`).
 */
import type { Hono } from 'hono';
import { createHash } from 'node:crypto';
import type { EmuContext, EmuEnv } from '../core/context';
import { baseUrlOf } from '../core/context';
import type { AuthCode, TokenRecord } from './auth-state';
import { atHash, signIdToken } from './keys';
import { AUTH_RS, mergeScopes, resourceServerOf, type ScopeNode } from './scopes';
import { identityClaims } from './claims';
import { fieldText } from '../core/text';

type TokenDoc = Record<string, unknown>;

function oauthError(c: EmuContext, status: 400 | 401, error: string, description?: string): Response {
  return c.json(description ? { error, error_description: description } : { error }, status);
}

/** client_id from the form (public clients) or HTTP Basic (confidential clients; secret not checked). */
function clientIdOf(c: EmuContext, form: Record<string, unknown>): string | null {
  const basic = /^Basic\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  if (basic) return Buffer.from(basic[1]!, 'base64').toString().split(':')[0] ?? null;
  return typeof form.client_id === 'string' ? form.client_id : null;
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function groupByResourceServer(scopes: ScopeNode[]): Map<string, ScopeNode[]> {
  const out = new Map<string, ScopeNode[]>();
  for (const n of mergeScopes(scopes)) {
    const rs = resourceServerOf(n.scope);
    if (!rs) continue;
    out.set(rs, [...(out.get(rs) ?? []), n]);
  }
  return out;
}

function tokenDoc(access: TokenRecord, refresh: TokenRecord | null, lifetime: number, state: string | null): TokenDoc {
  const doc: TokenDoc = {
    access_token: access.value,
    scope: access.scopes.map((s) => s.scope).join(' '),
    expires_in: lifetime,
    token_type: 'Bearer',
    resource_server: access.resourceServer,
  };
  if (state !== null) doc.state = state;
  if (refresh) doc.refresh_token = refresh.value;
  return doc;
}

/** What a token response is issued for: the code's authorize request, or a control-API login. */
export interface Grant {
  clientId: string;
  accountId: string;
  sessionId: string;
  scopes: ScopeNode[];
  offline: boolean;
  nonce: string | null;
  state: string | null;
}

/** The token response of an authorization_code exchange: one token per resource server, the id_token with them. */
export async function tokenResponse(c: EmuContext, grant: Grant): Promise<TokenDoc> {
  const emu = c.get('emu');
  const now = emu.clock.now();
  const lifetime = emu.options.accessTokenLifetimeSeconds;
  const docs: TokenDoc[] = [];
  for (const [rs, scopes] of groupByResourceServer(grant.scopes)) {
    const base = {
      clientId: grant.clientId,
      accountId: grant.accountId,
      resourceServer: rs,
      scopes,
      sessionId: grant.sessionId,
      issuedAt: now,
    };
    const refresh = grant.offline
      ? emu.auth.tokens.issue({ ...base, kind: 'refresh', expiresAt: null, refreshToken: null })
      : null;
    const access = emu.auth.tokens.issue({
      ...base,
      kind: 'access',
      expiresAt: now + lifetime,
      refreshToken: refresh?.value ?? null,
    });
    docs.push(tokenDoc(access, refresh, lifetime, grant.state));
  }
  // docs/protocol/auth.md#tokens: the top-level token is Auth's when OIDC scopes were requested.
  const topIdx = Math.max(
    0,
    docs.findIndex((d) => d.resource_server === AUTH_RS),
  );
  const [top] = docs.splice(topIdx, 1);
  const result: TokenDoc = { ...top!, other_tokens: docs };
  const scopeNames = grant.scopes.map((s) => s.scope);
  if (top?.resource_server === AUTH_RS && scopeNames.includes('openid')) {
    // iat/exp use the wall clock, not the logical one: the client validates the id_token
    // against its own clock, and a test that advanced the logical clock must still log in.
    const wall = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      ...identityClaims(emu.world, emu.auth.sessions.get(grant.sessionId), grant.accountId, scopeNames),
      iss: baseUrlOf(c),
      aud: grant.clientId,
      exp: wall + lifetime,
      iat: wall,
      at_hash: atHash(String(top.access_token)),
    };
    if (grant.nonce) claims.nonce = grant.nonce;
    result.id_token = await signIdToken(claims);
  }
  return result;
}

function exchangeCode(c: EmuContext, code: AuthCode): Promise<TokenDoc> {
  const req = code.request;
  return tokenResponse(c, {
    clientId: req.clientId,
    accountId: code.accountId,
    sessionId: code.sessionId,
    scopes: req.scopes,
    offline: req.offline,
    nonce: req.nonce,
    state: req.state,
  });
}

export function registerTokenEndpoint(app: Hono<EmuEnv>): void {
  app.post('/v2/oauth2/token', async (c) => {
    const emu = c.get('emu');
    const form = await c.req.parseBody();
    const clientId = clientIdOf(c, form);
    if (!clientId || !emu.auth.clients.has(clientId))
      return oauthError(c, 401, 'invalid_client', 'Unknown or missing client_id');
    const grant = fieldText(form.grant_type);
    if (grant === 'authorization_code') {
      const code = emu.auth.codes.get(fieldText(form.code));
      if (!code || code.used || code.expiresAt <= emu.clock.now() || code.request.clientId !== clientId)
        return oauthError(c, 401, 'invalid_grant');
      if (form.redirect_uri !== code.request.redirectUri)
        return oauthError(c, 401, 'invalid_grant', 'redirect_uri does not match the authorization request');
      const verifier = typeof form.code_verifier === 'string' ? form.code_verifier : '';
      if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || s256(verifier) !== code.request.codeChallenge)
        return oauthError(c, 401, 'invalid_grant', 'PKCE code_verifier does not match the code_challenge');
      code.used = true;
      return c.json(await exchangeCode(c, code));
    }
    if (grant === 'refresh_token') {
      const rt = emu.auth.tokens.get(fieldText(form.refresh_token));
      if (!rt || rt.kind !== 'refresh' || rt.revoked || rt.clientId !== clientId)
        return oauthError(c, 401, 'invalid_grant');
      const now = emu.clock.now();
      const lifetime = emu.options.accessTokenLifetimeSeconds;
      // Rotation (a control switch): the used refresh token stops working; access tokens minted from it stay valid.
      const refresh = emu.auth.rotateRefreshTokens ? emu.auth.tokens.issue({ ...rt, issuedAt: now }) : rt;
      if (refresh !== rt) rt.revoked = true;
      const access = emu.auth.tokens.issue({
        ...rt,
        kind: 'access',
        issuedAt: now,
        expiresAt: now + lifetime,
        refreshToken: refresh.value,
      });
      // One refresh yields one resource server's token; by default the refresh token is not rotated (docs/protocol/auth.md#refresh [?]).
      return c.json({ ...tokenDoc(access, refresh, lifetime, null), other_tokens: [] });
    }
    return oauthError(c, 400, 'unsupported_grant_type', `grant_type '${grant}' is not supported here`);
  });

  app.post('/v2/oauth2/token/revoke', async (c) => {
    const emu = c.get('emu');
    const form = await c.req.parseBody();
    const clientId = clientIdOf(c, form);
    if (!clientId || !emu.auth.clients.has(clientId))
      return oauthError(c, 401, 'invalid_client', 'Unknown or missing client_id');
    const t = emu.auth.tokens.get(fieldText(form.token));
    if (t && t.clientId === clientId) emu.auth.tokens.revoke(t.value);
    return c.json({ active: false });
  });
}
