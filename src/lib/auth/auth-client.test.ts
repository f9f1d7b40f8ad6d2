import { describe, expect, it } from 'vitest';
import { createAuthClient, type CallbackResult } from '@/lib/auth/auth-client';
import { transferScopeWithDataAccess } from '@/lib/auth/scopes';
import {
  AUTH_BASE,
  CLIENT_ID,
  fakeBrowser,
  freshStores,
  json,
  readForm,
  signIdToken,
  testConfig,
  type RecordedRequest,
} from '@/lib/auth/auth-test-kit';
import { createKeyValueStore } from '@/lib/storage/kv-store';
import { createTokenStore } from '@/lib/storage/token-store';

async function sha256url(input: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Runs login() and returns the authorize URL it navigated to. */
async function startLogin(
  setup: ReturnType<typeof makeClient>,
  opts: Parameters<ReturnType<typeof makeClient>['client']['login']>[0],
) {
  await setup.client.login(opts);
  const url = setup.navigations.at(-1);
  if (!url) throw new Error('login did not navigate');
  return new URL(url);
}

function makeClient(options: { idTokenNonce?: (nonce: string) => string | undefined; href?: string } = {}) {
  const stores = freshStores();
  const browser = fakeBrowser(options.href ?? 'https://portal.example.edu/app/');
  const navigations: string[] = [];
  const requests: RecordedRequest[] = [];
  let authorizeNonce = '';
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const form = await readForm(init);
    requests.push({ url, method: init?.method ?? 'GET', form });
    if (url === `${AUTH_BASE}/v2/oauth2/token` && form.get('grant_type') === 'authorization_code') {
      const nonce = options.idTokenNonce ? options.idTokenNonce(authorizeNonce) : authorizeNonce;
      return json({
        access_token: 'auth-AT',
        refresh_token: 'auth-RT',
        expires_in: 172800,
        token_type: 'Bearer',
        scope: 'openid profile email',
        resource_server: 'auth.globus.org',
        state: 'ignored',
        id_token: await signIdToken(nonce === undefined ? {} : { nonce }),
        other_tokens: [
          {
            access_token: 'transfer-AT',
            refresh_token: 'transfer-RT',
            expires_in: 172800,
            token_type: 'Bearer',
            scope: 'urn:globus:auth:scope:transfer.api.globus.org:all',
            resource_server: 'transfer.api.globus.org',
          },
          {
            access_token: 'groups-AT',
            expires_in: 3600,
            token_type: 'Bearer',
            scope: 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships',
            resource_server: 'groups.api.globus.org',
          },
        ],
      });
    }
    if (url === `${AUTH_BASE}/v2/oauth2/token/revoke`) return json({ active: false });
    return json({ error: 'unexpected' }, 500);
  };
  const now = Date.now();
  const client = createAuthClient(testConfig(), {
    fetch: fetchImpl,
    navigate: (u) => {
      navigations.push(u);
      const nonce = new URL(u).searchParams.get('nonce');
      if (nonce) authorizeNonce = nonce;
    },
    now: () => now,
    location: browser.location,
    history: browser.history,
    stores,
  });
  return { client, stores, browser, navigations, requests, now };
}

/** Simulates Globus Auth sending the browser back to the redirect URI. */
function arriveAtCallback(setup: ReturnType<typeof makeClient>, query: Record<string, string>) {
  const url = new URL('https://portal.example.edu/app/');
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  setup.browser.history.replaceState(null, '', url.href);
}

describe('login()', () => {
  it('builds an authorize URL with PKCE S256, state, nonce and the base scopes', async () => {
    const setup = makeClient();
    const url = await startLogin(setup, { returnTo: '#/files' });
    expect(`${url.origin}${url.pathname}`).toBe(`${AUTH_BASE}/v2/oauth2/authorize`);
    const q = url.searchParams;
    expect(q.get('client_id')).toBe(CLIENT_ID);
    expect(q.get('redirect_uri')).toBe('https://portal.example.edu/app/');
    expect(q.get('response_type')).toBe('code');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')?.length).toBeGreaterThanOrEqual(20);
    expect(q.get('nonce')?.length).toBeGreaterThanOrEqual(20);
    expect(q.get('scope')?.split(' ')).toEqual([
      'openid',
      'profile',
      'email',
      'urn:globus:auth:scope:transfer.api.globus.org:all',
      'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships',
      'urn:globus:auth:scope:auth.globus.org:view_identities',
      'offline_access',
    ]);
    expect(q.has('prompt')).toBe(false);
  });

  it('uses a fresh verifier, state and nonce per redirect', async () => {
    const setup = makeClient();
    const a = await startLogin(setup, { returnTo: '#/' });
    const b = await startLogin(setup, { returnTo: '#/' });
    for (const key of ['code_challenge', 'state', 'nonce']) {
      expect(a.searchParams.get(key)).not.toBe(b.searchParams.get(key));
    }
  });

  it('adds session requirements with prompt=login and folds required scopes into scope', async () => {
    const setup = makeClient();
    const url = await startLogin(setup, {
      returnTo: '#/',
      authorizationParameters: {
        session_message: 'Reauthenticate',
        session_required_single_domain: ['example.edu', 'globus.org'],
        session_required_identities: [],
        session_required_mfa: true,
        required_scopes: [transferScopeWithDataAccess(['c1'])],
      },
    });
    const q = url.searchParams;
    expect(q.get('prompt')).toBe('login');
    expect(q.get('session_required_single_domain')).toBe('example.edu,globus.org');
    expect(q.get('session_required_mfa')).toBe('true');
    expect(q.get('session_message')).toBe('Reauthenticate');
    expect(q.has('session_required_identities')).toBe(false);
    // the dependent scope replaces the plain Transfer scope rather than sitting beside it
    expect(q.get('scope')?.split(' ')).toContain(transferScopeWithDataAccess(['c1']));
    expect(q.get('scope')?.split(' ')).not.toContain('urn:globus:auth:scope:transfer.api.globus.org:all');
  });

  it('does not force re-authentication for a pure consent request', async () => {
    const setup = makeClient();
    const url = await startLogin(setup, {
      returnTo: '#/',
      authorizationParameters: { required_scopes: [transferScopeWithDataAccess(['c1'])], session_message: 'consent' },
    });
    expect(url.searchParams.has('prompt')).toBe(false);
  });
});

describe('completeLoginIfCallback()', () => {
  it('does nothing without callback parameters', async () => {
    const setup = makeClient({ href: 'https://portal.example.edu/app/#/files' });
    expect(await setup.client.completeLoginIfCallback()).toEqual({ kind: 'none' });
  });

  it('rejects a wrong state and stores nothing', async () => {
    const setup = makeClient();
    await startLogin(setup, { returnTo: '#/files' });
    arriveAtCallback(setup, { code: 'the-code', state: 'forged-state' });
    const result = await setup.client.completeLoginIfCallback();
    expect(result.kind).toBe('error');
    expect(await setup.stores.tokens.all()).toEqual([]);
    expect(await setup.stores.user.get()).toBeUndefined();
    expect(setup.requests.filter((r) => r.url.endsWith('/token'))).toEqual([]);
    expect(new URL(setup.browser.currentHref()).searchParams.has('code')).toBe(false);
    expect(await setup.client.isLoggedIn()).toBe(false);
  });

  it('exchanges the code, stores every token with expiry, strips the URL and restores the route', async () => {
    const setup = makeClient();
    const authorize = await startLogin(setup, { returnTo: '#/files?origin_id=abc', appState: { label: 'half-typed' } });
    const state = authorize.searchParams.get('state')!;
    arriveAtCallback(setup, { code: 'the-code', state, session_state: 'xyz', keep: 'me' });

    const result: CallbackResult = await setup.client.completeLoginIfCallback();
    expect(result).toEqual({ kind: 'success', returnTo: '#/files?origin_id=abc', appState: { label: 'half-typed' } });

    // the verifier sent to the token endpoint matches the challenge in the authorize URL
    const exchange = setup.requests.find((r) => r.form.get('grant_type') === 'authorization_code');
    expect(exchange?.form.get('code')).toBe('the-code');
    expect(exchange?.form.get('client_id')).toBe(CLIENT_ID);
    expect(exchange?.form.get('redirect_uri')).toBe('https://portal.example.edu/app/');
    expect(await sha256url(exchange!.form.get('code_verifier')!)).toBe(authorize.searchParams.get('code_challenge'));

    const records = await setup.stores.tokens.all();
    expect(records.map((r) => r.resource_server).sort()).toEqual([
      'auth.globus.org',
      'groups.api.globus.org',
      'transfer.api.globus.org',
    ]);
    const transfer = await setup.stores.tokens.get('transfer.api.globus.org');
    expect(transfer).toMatchObject({ access_token: 'transfer-AT', refresh_token: 'transfer-RT' });
    expect(transfer?.expires_at).toBe(setup.now + 172_800_000);
    expect((await setup.stores.tokens.get('groups.api.globus.org'))?.expires_at).toBe(setup.now + 3_600_000);

    const href = new URL(setup.browser.currentHref());
    expect(href.searchParams.has('code')).toBe(false);
    expect(href.searchParams.has('state')).toBe(false);
    expect(href.searchParams.has('session_state')).toBe(false);
    expect(href.searchParams.get('keep')).toBe('me');
    expect(href.pathname).toBe('/app/');
    expect(href.hash).toBe('#/files?origin_id=abc');

    expect(await setup.client.isLoggedIn()).toBe(true);
    expect(await setup.client.getUser()).toEqual({
      sub: 'id-1',
      username: 'ada@example.edu',
      name: 'Ada Lovelace',
      email: 'ada@example.edu',
      identitySet: [{ sub: 'id-1', username: 'ada@example.edu', name: 'Ada Lovelace' }],
    });
    expect(await setup.client.getAccessToken('transfer.api.globus.org')).toBe('transfer-AT');
    expect(await setup.stores.pending.get(state)).toBeUndefined();

    // a second login keeps what was granted before and adds the new consent
    const again = await startLogin(setup, { returnTo: '#/', extraScopes: [transferScopeWithDataAccess(['c9'])] });
    expect(again.searchParams.get('scope')).toContain(transferScopeWithDataAccess(['c9']));
    expect(again.searchParams.get('scope')).toContain('openid');
  });

  it('rejects an id_token whose nonce does not match', async () => {
    const setup = makeClient({ idTokenNonce: () => 'some-other-nonce' });
    const authorize = await startLogin(setup, { returnTo: '#/' });
    arriveAtCallback(setup, { code: 'c', state: authorize.searchParams.get('state')! });
    const result = await setup.client.completeLoginIfCallback();
    expect(result.kind).toBe('error');
    expect(await setup.stores.tokens.all()).toEqual([]);
  });

  it('reports an error redirect from Globus Auth', async () => {
    const setup = makeClient();
    const authorize = await startLogin(setup, { returnTo: '#/files' });
    arriveAtCallback(setup, {
      error: 'access_denied',
      error_description: 'The user declined',
      state: authorize.searchParams.get('state')!,
    });
    const result = await setup.client.completeLoginIfCallback();
    expect(result).toEqual({ kind: 'error', title: 'Login was cancelled', detail: 'The user declined' });
    expect(new URL(setup.browser.currentHref()).searchParams.has('error')).toBe(false);
  });
});

describe('logout()', () => {
  it('revokes every token, clears the stores and opens the Globus logout page', async () => {
    const setup = makeClient();
    const authorize = await startLogin(setup, { returnTo: '#/' });
    arriveAtCallback(setup, { code: 'c', state: authorize.searchParams.get('state')! });
    await setup.client.completeLoginIfCallback();

    await setup.client.logout();
    const revoked = setup.requests.filter((r) => r.url.endsWith('/token/revoke')).map((r) => r.form.get('token'));
    expect(revoked.sort()).toEqual(['auth-AT', 'auth-RT', 'groups-AT', 'transfer-AT', 'transfer-RT']);
    expect(await setup.stores.tokens.all()).toEqual([]);
    expect(await setup.client.getUser()).toBeNull();
    expect(await setup.client.isLoggedIn()).toBe(false);
    const logoutUrl = new URL(setup.navigations.at(-1)!);
    expect(`${logoutUrl.origin}${logoutUrl.pathname}`).toBe(`${AUTH_BASE}/v2/web/logout`);
    expect(logoutUrl.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(logoutUrl.searchParams.get('redirect_uri')).toBe('https://portal.example.edu/app/');
    expect(logoutUrl.searchParams.get('redirect_name')).toBe('Test portal');
  });
});

describe('grantedScopes()', () => {
  it('lists each resource server’s scopes and whether it can be refreshed, never a token', async () => {
    const setup = makeClient();
    const authorize = await startLogin(setup, { returnTo: '#/' });
    arriveAtCallback(setup, { code: 'c', state: authorize.searchParams.get('state')! });
    await setup.client.completeLoginIfCallback();
    const granted = await setup.client.grantedScopes();
    expect(granted.map((g) => [g.resourceServer, g.refreshable])).toEqual([
      ['auth.globus.org', true],
      ['groups.api.globus.org', false],
      ['transfer.api.globus.org', true],
    ]);
    expect(granted.every((g) => g.scopes.length > 0 && g.expiresAt > 0)).toBe(true);
    expect(JSON.stringify(granted)).not.toMatch(/-AT|-RT/);
  });
});

describe('completeLoginIfCallback() called twice at once', () => {
  it('exchanges the code once and gives both callers the result', async () => {
    const setup = makeClient();
    const authorize = await startLogin(setup, { returnTo: '#/x' });
    arriveAtCallback(setup, { code: 'c', state: authorize.searchParams.get('state')! });
    const [a, b] = await Promise.all([setup.client.completeLoginIfCallback(), setup.client.completeLoginIfCallback()]);
    expect(a).toEqual({ kind: 'success', returnTo: '#/x' });
    expect(b).toEqual(a);
    expect(setup.requests.filter((r) => r.form.get('grant_type') === 'authorization_code')).toHaveLength(1);
    expect(await setup.client.completeLoginIfCallback()).toEqual({ kind: 'none' });
  });
});

describe('a damaged login record', () => {
  it('a null token record ends the login: logged out, stores cleared, no error', async () => {
    const kv = createKeyValueStore(`t-damaged-${Math.random()}`);
    const stores = { ...freshStores(), tokens: createTokenStore(kv) };
    await stores.user.put({ claims: { sub: 'id-1' }, scopes: ['openid'] });
    await stores.tokens.put({
      resource_server: 'auth.globus.org',
      access_token: 'auth-AT',
      refresh_token: 'auth-RT',
      expires_at: Date.now() + 3_600_000,
      scope: 'openid',
      token_type: 'Bearer',
    });
    await kv.set('transfer.api.globus.org', null);
    const client = createAuthClient(testConfig(), {
      stores,
      navigate: () => {},
      fetch: () => Promise.reject(new Error('no network')),
    });
    expect(await client.isLoggedIn()).toBe(false);
    expect(await kv.entries()).toEqual([]);
    expect(await client.getUser()).toBeNull();
  });
});
