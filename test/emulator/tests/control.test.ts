// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, harness } from './harness';
import { expectShape } from './fixture-shape';
import { startEmulator, type RunningEmulator } from '../server';
import { assertNotRealGlobusHost } from '../app';
import { COLLECTIONS, DEV_CLIENT_ID, IDENTITIES } from '../seed/ids';

const T1 = COLLECTIONS.tutorial1.id;
const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

describe('CORS', () => {
  it('answers preflights echoing the Origin, with the recommended methods and headers and no credentials', async () => {
    const h = harness();
    const res = await h.request(`/v0.10/operation/endpoint/${T1}/ls`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,x-globus-client-info',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, PATCH, DELETE, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, X-Globus-Client-Info, Accept, Range',
    );
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    // actual responses, errors included, carry the CORS headers and expose Retry-After
    const err = await h.request('/v0.10/endpoint_search?filter_fulltext=x', {
      headers: { origin: 'https://portal.example' },
    });
    expect(err.status).toBe(401);
    expect(err.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(err.headers.get('access-control-expose-headers')).toBe('Retry-After, Content-Range');
  });
});

describe('Transfer bearer checks', () => {
  it('expired (logical clock), revoked, foreign and unknown tokens get 401 AuthenticationFailed', async () => {
    const h = harness({ accessTokenLifetimeSeconds: 600 });
    const doc = await h.login('alice');
    const tok = h.tokenFor(doc, 'transfer.api.globus.org');
    expect((await h.json('/v0.10/endpoint_search?filter_fulltext=tutorial', tok)).status).toBe(200);
    const foreign = await h.json(
      '/v0.10/endpoint_search?filter_fulltext=tutorial',
      h.tokenFor(doc, 'groups.api.globus.org'),
    );
    expect(foreign.status).toBe(401);
    expectShape(foreign.body, 'transfer.error.authentication_failed', { extras: ['resource'] });
    expect(foreign.body.code).toBe('AuthenticationFailed');
    await h.json('/__emulator/clock/advance', undefined, post({ seconds: 599 }));
    expect((await h.json('/v0.10/endpoint_search?filter_fulltext=tutorial', tok)).status).toBe(200);
    await h.json('/__emulator/clock/advance', undefined, post({ seconds: 1 }));
    expect((await h.json('/v0.10/endpoint_search?filter_fulltext=tutorial', tok)).status).toBe(401);
    const tok2 = h.tokenFor(await h.login('bob'), 'transfer.api.globus.org');
    const revoked = await h.json('/__emulator/tokens/revoke', undefined, post({ identity: 'bob@example.org' }));
    expect(revoked.body.revoked).toBeGreaterThan(0);
    expect((await h.json('/v0.10/endpoint_search?filter_fulltext=tutorial', tok2)).status).toBe(401);
    expect((await h.json('/v0.10/endpoint_search?filter_fulltext=tutorial', 'made-up')).status).toBe(401);
  });

  it('permissive mode accepts any bearer string', async () => {
    const h = harness({ strict: false });
    expect((await h.json(`/v0.10/operation/endpoint/${COLLECTIONS.mapped.id}/ls?path=/~/`, 'anything')).status).toBe(
      200,
    );
  });
});

describe('Faults', () => {
  it('429 with Retry-After counts down and then lets requests through', async () => {
    const h = harness();
    const tok = h.tokenFor(await h.login('alice'), 'transfer.api.globus.org');
    const rule = await h.json(
      '/__emulator/faults',
      undefined,
      post({ method: 'GET', path: '/v0.10/operation/endpoint/*/ls', status: 429, retryAfter: 3, times: 2 }),
    );
    expect(rule.status).toBe(201);
    const url = `/v0.10/operation/endpoint/${T1}/ls?path=/`;
    for (let i = 0; i < 2; i++) {
      const r = await h.json(url, tok);
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('3');
      expect(Object.keys(r.body).sort()).toEqual(['code', 'message', 'request_id', 'resource']);
    }
    expect((await h.json(url, tok)).status).toBe(200);
    expect((await h.json('/__emulator/faults')).body.faults).toEqual([]);
  });

  it('status faults use the service’s own error shape; reset and DELETE clear them', async () => {
    const h = harness();
    await h.json('/__emulator/faults', undefined, post({ path: '/v2/api/*', status: 503, times: -1 }));
    await h.json('/__emulator/faults', undefined, post({ path: '/v2/groups/*', status: 500 }));
    const auth = await h.json('/v2/api/identities?usernames=x');
    expect(auth.status).toBe(503);
    expect(auth.body.errors[0].status).toBe('503');
    const groups = await h.json('/v2/groups/my_groups');
    expect(Object.keys(groups.body).sort()).toEqual(['code', 'detail']);
    expect((await h.json('/v2/api/identities?usernames=x')).status).toBe(503); // times -1: until cleared
    await h.json('/__emulator/faults', undefined, { method: 'DELETE' });
    expect((await h.json('/v2/api/identities?usernames=x')).status).toBe(401);
    await h.json('/__emulator/faults', undefined, post({ path: '/v2/api/*', status: 503 }));
    await h.json('/__emulator/reset', undefined, { method: 'POST' });
    expect((await h.json('/__emulator/faults')).body.faults).toEqual([]);
    expect((await h.json('/__emulator/faults', undefined, post({ path: '/x' }))).status).toBe(400);
  });
});

describe('Control API', () => {
  it('registers clients, reports state, refuses real Globus host names', async () => {
    const h = harness();
    const client = await h.json(
      '/__emulator/clients',
      undefined,
      post({ id: 'abc00000-0000-4000-8000-000000000001', name: 'Portal', redirectUris: ['https://portal.example/cb'] }),
    );
    expect(client.status).toBe(201);
    const back = await h.authorize({
      scope: 'openid',
      verifier: 'v'.repeat(43),
      clientId: client.body.id,
      redirectUri: 'https://portal.example/cb',
    });
    expect(back.searchParams.get('code')).toBeTruthy();
    const state = await h.json('/__emulator/state');
    expect(state.body.identities.map((i: any) => i.id)).toContain(IDENTITIES.carol.id);
    expect(state.body.collections.length).toBeGreaterThan(5);
    expect(() => assertNotRealGlobusHost('https://auth.globus.org')).toThrow(/real Globus host/);
    expect(() => assertNotRealGlobusHost('transfer.api.sandbox.globuscs.info')).toThrow();
    expect(() => assertNotRealGlobusHost('http://127.0.0.1:8787')).not.toThrow();
  });

  it('reset restores the seed, and tokens from before a reset stay invalid', async () => {
    const h = harness();
    const tok = h.tokenFor(await h.login('alice'), 'transfer.api.globus.org');
    await h.json(`/v0.10/operation/endpoint/${T1}/mkdir`, tok, post({ DATA_TYPE: 'mkdir', path: '/share/tmp-dir/' }));
    await h.json('/__emulator/reset', undefined, { method: 'POST' });
    expect((await h.json(`/v0.10/operation/endpoint/${T1}/ls?path=/share/`, tok)).status).toBe(401);
    const tok2 = h.tokenFor(await h.login('alice'), 'transfer.api.globus.org');
    expect(tok2).not.toBe(tok);
    const names = (await h.json(`/v0.10/operation/endpoint/${T1}/ls?path=/share/`, tok2)).body.DATA.map(
      (d: any) => d.name,
    );
    expect(names).not.toContain('tmp-dir');
  });
});

describe('Running server', () => {
  let emu: RunningEmulator;
  // Starting a real server (seed world, socket) and its first requests are slow on a loaded machine.
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, strict: false });
  }, 60_000);
  afterAll(async () => {
    await emu.close();
  });

  it('listens on a random port and serves discovery with its own url as issuer', async () => {
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const conf = await (await fetch(`${emu.url}/.well-known/openid-configuration`)).json();
    expect(conf.issuer).toBe(emu.url);
  }, 30_000);

  it('a drop fault commits the request, then cuts the connection', async () => {
    await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'POST', path: '/v0.10/operation/endpoint/*/mkdir', drop: true }),
    });
    const mkdir = () =>
      fetch(`${emu.url}/v0.10/operation/endpoint/${T1}/mkdir`, {
        method: 'POST',
        headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
        body: JSON.stringify({ DATA_TYPE: 'mkdir', path: '/share/dropped/' }),
      });
    await expect(mkdir()).rejects.toThrow();
    const again = await mkdir();
    expect((await again.json()).code).toBe('ExternalError.MkdirFailed.Exists');
  });

  // Throughput is a bench figure (`npm run bench`); here: 400 concurrent requests all answered correctly.
  it('answers 400 concurrent requests without an error', async () => {
    const url = `${emu.url}/v0.10/operation/endpoint/${T1}/ls?path=/share/godata/`;
    const results = await Promise.all(
      Array.from({ length: 400 }, () => fetch(url, { headers: { authorization: 'Bearer x' } }).then((r) => r.status)),
    );
    expect(results.filter((s) => s !== 200)).toEqual([]);
  });
});

describe('Control API guard', () => {
  const json = { 'content-type': 'application/json' };

  it('refuses pages from other origins, preflights included, without CORS headers', async () => {
    const h = harness();
    const evil = { origin: 'https://evil.example' };
    const reset = await h.request('/__emulator/reset', { method: 'POST', headers: { ...json, ...evil } });
    expect(reset.status).toBe(403);
    expect(reset.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await h.request('/__emulator/tokens/revoke', {
      method: 'OPTIONS',
      headers: { ...evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect((await h.request('/__emulator/state', { headers: evil })).status).toBe(403);
    // Globus's own routes still answer any origin, as Globus does.
    const ls = await h.request(`/v0.10/endpoint_search?filter_fulltext=x`, { headers: evil });
    expect(ls.headers.get('access-control-allow-origin')).toBe('https://evil.example');
  });

  it('answers scripts, its own origin and the registered app, and POSTs only as JSON', async () => {
    const h = harness();
    expect((await h.request('/__emulator/reset', { method: 'POST', headers: json })).status).toBe(200);
    const own = await h.request('/__emulator/reset', { method: 'POST', headers: { ...json, origin: BASE } });
    expect(own.status).toBe(200);
    // The default client's redirect URI is http://localhost:5173/.
    const app = await h.request('/__emulator/state', { headers: { origin: 'http://localhost:5173' } });
    expect(app.status).toBe(200);
    expect(app.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await h.request('/__emulator/tokens/revoke', {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: '{}',
      });
      expect(res.status).toBe(415);
    }
    expect(h.emu.auth.tokens.all().length).toBe(0);
  });

  it('the logout page links back only to a registered redirect URI, matched exactly', async () => {
    const h = harness();
    const page = async (uri: string) =>
      (
        await h.request(`/v2/web/logout?${new URLSearchParams({ client_id: DEV_CLIENT_ID, redirect_uri: uri })}`)
      ).text();
    expect(await page('http://localhost:5173/')).toContain('href="http://localhost:5173/"');
    expect(await page('http://localhost:5173/@evil.example/')).not.toContain('Continue to');
    expect(await page('http://localhost:5173/../phish')).not.toContain('Continue to');
  });
});

describe('Refresh token rotation', () => {
  it('when switched on, each refresh returns a new refresh token and the used one stops working', async () => {
    const h = harness();
    const transfer = 'urn:globus:auth:scope:transfer.api.globus.org:all';
    const refresh = async (token: string) => {
      const res = await h.form('/v2/oauth2/token', {
        grant_type: 'refresh_token',
        refresh_token: token,
        client_id: DEV_CLIENT_ID,
      });
      return { status: res.status, body: await res.json() };
    };
    const rt: string = (await h.login('alice', `${transfer} offline_access`)).refresh_token;
    expect((await h.json('/__emulator/tokens/rotation', undefined, post({ enabled: true }))).status).toBe(200);
    const first = await refresh(rt);
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).toMatch(/\S/);
    expect(first.body.refresh_token).not.toBe(rt);
    expect((await h.json('/v0.10/endpoint_search?filter_fulltext=tutorial', first.body.access_token)).status).toBe(200);
    expect((await refresh(rt)).status).toBe(401);
    expect((await refresh(first.body.refresh_token)).status).toBe(200);
    // Off (the default, and after a reset): the same refresh token keeps working.
    await h.json('/__emulator/reset', undefined, { method: 'POST' });
    const stable: string = (await h.login('alice', `${transfer} offline_access`)).refresh_token;
    expect((await refresh(stable)).body.refresh_token).toBe(stable);
    expect((await refresh(stable)).status).toBe(200);
  });
});
