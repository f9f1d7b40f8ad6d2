import { describe, expect, it } from 'vitest';
import { createAuthClient } from '@/lib/auth/auth-client';
import { AUTH_BASE, CLIENT_ID, freshStores, testConfig } from '@/lib/auth/auth-test-kit';
import { completeLogin, makeClient } from '@/lib/auth/login-test-client';
import { createKeyValueStore } from '@/lib/storage/kv-store';
import { createTokenStore } from '@/lib/storage/token-store';

describe('logout()', () => {
  it('revokes every token, clears the stores and opens the Globus logout page', async () => {
    const setup = makeClient();
    await completeLogin(setup);

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
    await completeLogin(setup);
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
