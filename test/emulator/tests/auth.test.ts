// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { randomBytes } from 'node:crypto';
import { harness, REDIRECT, BASE } from './harness';
import { expectShape } from './fixture-shape';
import { DEV_CLIENT_ID, HA_POLICY_ID, IDENTITIES } from '../seed/ids';

const TRANSFER = 'urn:globus:auth:scope:transfer.api.globus.org:all';

describe('Auth: discovery and keys', () => {
  it('publishes discovery with its own issuer and a JWKS shaped like the fixtures', async () => {
    const h = harness();
    const conf = await h.json('/.well-known/openid-configuration');
    expectShape(conf.body, 'auth.openid_configuration');
    expect(conf.body.issuer).toBe(BASE);
    expect(conf.body.token_endpoint).toBe(`${BASE}/v2/oauth2/token`);
    const keys = await h.json('/jwk.json');
    expectShape(keys.body, 'auth.jwks');
  });
});

describe('Auth: authorize + token', () => {
  it('issues tokens per resource server with a verifiable RS512 id_token', async () => {
    const h = harness();
    const doc = await h.login('alice', `openid profile email ${TRANSFER} offline_access`, { nonce: 'n-123' });
    expectShape(doc, 'auth.token_response.full', { extras: [] });
    expect(doc.resource_server).toBe('auth.globus.org');
    expect(doc.other_tokens.map((t: any) => t.resource_server)).toEqual(['transfer.api.globus.org']);
    expect(doc.refresh_token).toEqual(expect.any(String));
    const { payload, protectedHeader } = await jwtVerify(
      doc.id_token,
      createLocalJWKSet((await h.json('/jwk.json')).body),
      { issuer: BASE, audience: DEV_CLIENT_ID },
    );
    expect(protectedHeader.alg).toBe('RS512');
    expect(payload.nonce).toBe('n-123');
    expect(Math.abs((payload.iat as number) - Date.now() / 1000)).toBeLessThan(60); // wall clock, see token-endpoint.ts
    expect(payload.sub).toBe(IDENTITIES.alice.id);
    expect((payload.identity_set as any[]).map((i) => i.username)).toEqual([
      IDENTITIES.alice.username,
      IDENTITIES.aliceUni.username,
    ]);
    const { jwt_header: _h, claims } = (await import('./fixture-shape')).fixture('auth.id_token_claims')
      .response_body as any;
    const { shapeProblems } = await import('./fixture-shape');
    expect(shapeProblems(payload, claims, { extras: ['nonce'] })).toEqual([]);
  });

  it('without openid the top-level token is the first resource server and has no id_token', async () => {
    const h = harness();
    const doc = await h.login('bob', TRANSFER);
    expectShape(doc, 'auth.token_response');
    expect(doc.resource_server).toBe('transfer.api.globus.org');
    expect(doc.refresh_token).toBeUndefined();
  });

  it('rejects a wrong PKCE verifier with 401 invalid_grant', async () => {
    const h = harness();
    const verifier = randomBytes(32).toString('base64url');
    const back = await h.authorize({ scope: TRANSFER, verifier });
    const res = await h.form('/v2/oauth2/token', {
      grant_type: 'authorization_code',
      code: back.searchParams.get('code')!,
      redirect_uri: REDIRECT,
      client_id: DEV_CLIENT_ID,
      code_verifier: randomBytes(32).toString('base64url'),
    });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toBe('invalid_grant');
    // the code is still single-use and valid with the right verifier
    const ok = await h.form('/v2/oauth2/token', {
      grant_type: 'authorization_code',
      code: back.searchParams.get('code')!,
      redirect_uri: REDIRECT,
      client_id: DEV_CLIENT_ID,
      code_verifier: verifier,
    });
    expect(ok.status).toBe(200);
  });

  it('shows an HTML error page (no redirect) for an unregistered redirect_uri', async () => {
    const h = harness();
    const q = new URLSearchParams({
      client_id: DEV_CLIENT_ID,
      redirect_uri: 'http://evil.example/',
      response_type: 'code',
      scope: TRANSFER,
      code_challenge: 'a'.repeat(43),
      code_challenge_method: 'S256',
    });
    const res = await h.request(`/v2/oauth2/authorize?${q}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('Invalid redirect_uri');
  });

  it('redirects with an error when PKCE is missing, and with access_denied on Deny', async () => {
    const h = harness();
    const q = new URLSearchParams({
      client_id: DEV_CLIENT_ID,
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: TRANSFER,
      state: 's1',
    });
    const res = await h.request(`/v2/oauth2/authorize?${q}`);
    const loc = new URL(res.headers.get('location')!);
    expect(loc.searchParams.get('error')).toBe('invalid_request');
    expect(loc.searchParams.get('state')).toBe('s1');
    const denied = await h.authorize({ scope: TRANSFER, verifier: 'v'.repeat(43), consent: 'deny' });
    expect(denied.searchParams.get('error')).toBe('access_denied');
  });

  it('refuses data_access scopes of collections that have none ("Unknown scope")', async () => {
    const h = harness();
    const back = await h.authorize({
      scope: `${TRANSFER}[*https://auth.globus.org/scopes/c0000000-0000-4000-8000-000000000001/data_access]`,
      verifier: 'v'.repeat(43),
    });
    expect(back.searchParams.get('error')).toBe('invalid_scope');
  });

  it('refresh grant yields one resource server token; revoke kills it', async () => {
    const h = harness();
    const doc = await h.login('alice', `${TRANSFER} offline_access`);
    const res = await h.form('/v2/oauth2/token', {
      grant_type: 'refresh_token',
      refresh_token: doc.refresh_token,
      client_id: DEV_CLIENT_ID,
    });
    const refreshed = await res.json();
    // refresh answers carry no `state` (there is no authorize request to echo)
    expectShape(refreshed, 'auth.token_response.client_credentials', { extras: ['refresh_token'] });
    expect(refreshed.access_token).not.toBe(doc.access_token);
    const revoke = await h.form('/v2/oauth2/token/revoke', { token: doc.refresh_token, client_id: DEV_CLIENT_ID });
    expect(await revoke.json()).toEqual({ active: false });
    const again = await h.form('/v2/oauth2/token', {
      grant_type: 'refresh_token',
      refresh_token: doc.refresh_token,
      client_id: DEV_CLIENT_ID,
    });
    expect(again.status).toBe(401);
  });
});

describe('Auth: bearer checks', () => {
  it('userinfo: 200 with a live token, 401 after the logical clock passes expiry, 401 after revoke', async () => {
    const h = harness({ accessTokenLifetimeSeconds: 3600 });
    const doc = await h.login('alice', 'openid profile email urn:globus:auth:scope:auth.globus.org:view_identity_set');
    expect(doc.expires_in).toBe(3600);
    const ok = await h.json('/v2/oauth2/userinfo', doc.access_token);
    expect(ok.status).toBe(200);
    expectShape(ok.body, 'auth.userinfo');
    await h.json('/__emulator/clock/advance', undefined, { method: 'POST', body: JSON.stringify({ seconds: 3600 }) });
    const expired = await h.json('/v2/oauth2/userinfo', doc.access_token);
    expect(expired.status).toBe(401);
    expectShape(expired.body, 'auth.error.userinfo_unauthorized');

    const doc2 = await h.login('alice', 'openid');
    await h.form('/v2/oauth2/token/revoke', { token: doc2.access_token, client_id: DEV_CLIENT_ID });
    expect((await h.json('/v2/oauth2/userinfo', doc2.access_token)).status).toBe(401);
  });

  it('identities by username (unknown ones absent) and by id', async () => {
    const h = harness();
    const doc = await h.login('bob', 'openid urn:globus:auth:scope:auth.globus.org:view_identities');
    const r = await h.json(
      `/v2/api/identities?usernames=${encodeURIComponent('alice@example.org,nobody@example.org')}`,
      doc.access_token,
    );
    expectShape(r.body, 'auth.get_identities.globusid');
    expect(r.body.identities.map((i: any) => i.id)).toEqual([IDENTITIES.alice.id]);
    const byId = await h.json(`/v2/api/identities?ids=${IDENTITIES.carol.id}`, doc.access_token);
    expect(byId.body.identities[0].username).toBe('carol@example.org');
    const none = await h.json('/v2/api/identities?usernames=x@y.z');
    expect(none.status).toBe(401);
    expectShape(none.body, 'auth.error.unauthorized');
  });
});

describe('Auth: session requirements', () => {
  it('session_required_single_domain offers only matching identities', async () => {
    const h = harness();
    const q = new URLSearchParams({
      client_id: DEV_CLIENT_ID,
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: TRANSFER,
      code_challenge: 'a'.repeat(43),
      code_challenge_method: 'S256',
      session_required_single_domain: 'uni.example.edu',
      session_message: 'Use your university login',
    });
    const html = await (await h.request(`/v2/oauth2/authorize?${q}`)).text();
    expect(html).toContain('Log in as aanderson@uni.example.edu');
    expect(html).not.toContain('Log in as alice@example.org');
    expect(html).toContain('Use your university login');
  });

  it('an existing session skips the login page unless prompt=login; policies need a fresh login', async () => {
    const h = harness();
    await h.login('alice', TRANSFER);
    h.emu.clock.advance(3600);
    const q = (extra: Record<string, string>) =>
      new URLSearchParams({
        client_id: DEV_CLIENT_ID,
        redirect_uri: REDIRECT,
        response_type: 'code',
        scope: TRANSFER,
        code_challenge: 'x'.repeat(43),
        code_challenge_method: 'S256',
        ...extra,
      });
    const silent = await h.request(`/v2/oauth2/authorize?${q({})}`);
    expect(silent.status).toBe(302); // session + consent known: straight back with a code
    expect(new URL(silent.headers.get('location')!).searchParams.get('code')).toBeTruthy();
    expect(await (await h.request(`/v2/oauth2/authorize?${q({ prompt: 'login' })}`)).text()).toContain('Log in as');
    const policy = await h.request(`/v2/oauth2/authorize?${q({ session_required_policies: HA_POLICY_ID })}`);
    expect(await policy.text()).toContain('A recent login is required');
  });
});
