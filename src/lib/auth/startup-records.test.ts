import { describe, expect, it } from 'vitest';
import { createAuthClient, type StartupLoginRecords } from '@/lib/auth/auth-client';
import { AUTH_BASE, freshStores, json, testConfig, urlOf } from '@/lib/auth/auth-test-kit';
import type { TokenRecord } from '@/lib/storage/token-store';

// The login records read once at start-up answer the page's first reads; what is stored wins once it can differ.

const RS = 'transfer.api.globus.org';
const NOW = 1_800_000_000_000;
const HOUR = 3_600_000;

const token = (access: string, overrides: Partial<TokenRecord> = {}): TokenRecord => ({
  resource_server: RS,
  access_token: access,
  refresh_token: `RT-${access}`,
  expires_at: NOW + 48 * HOUR,
  scope: 'urn:globus:auth:scope:transfer.api.globus.org:all',
  token_type: 'Bearer',
  ...overrides,
});

function setup(startup: StartupLoginRecords) {
  const stores = freshStores();
  const tokenRequests: string[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    tokenRequests.push(urlOf(input));
    if (urlOf(input) !== `${AUTH_BASE}/v2/oauth2/token`) throw new Error(`unexpected ${urlOf(input)}`);
    return json({ access_token: 'refreshed', expires_in: 172800, resource_server: RS, scope: '', other_tokens: [] });
  };
  const client = createAuthClient(testConfig(), {
    fetch: fetchImpl,
    now: () => NOW,
    stores,
    navigate: () => {},
    locks: undefined,
    startupRecords: Promise.resolve(startup),
  });
  return { client, stores, tokenRequests };
}

const user = { claims: { sub: 'id-1' }, scopes: [] };

describe('login records read at start-up', () => {
  it('answer the first token and login-state reads without asking the store', async () => {
    // The store is empty: only the start-up records can answer.
    const s = setup({ user, tokens: [token('early')] });
    expect(await s.client.getAccessToken(RS)).toBe('early');
    expect(await s.client.isLoggedIn()).toBe(true);
    expect((await s.client.getUser())?.sub).toBe('id-1');
  });

  it('leave a resource server they do not hold to the store', async () => {
    const s = setup({ user, tokens: [] });
    await s.stores.tokens.put(token('stored'));
    expect(await s.client.getAccessToken(RS)).toBe('stored');
  });

  it('are forgotten once the page writes a login record', async () => {
    const s = setup({ user, tokens: [token('early')] });
    await s.client.logout().catch(() => {});
    expect(await s.client.isLoggedIn()).toBe(false);
    expect(await s.client.getAccessToken(RS)).toBeNull();
  });

  it('do not hide a newer token another tab stored: a forced refresh reads the store first', async () => {
    const s = setup({ user, tokens: [token('early')] });
    await s.stores.tokens.put(token('other-tab'));
    expect(await s.client.getAccessToken(RS, { forceRefresh: true })).toBe('other-tab');
    expect(s.tokenRequests).toEqual([]);
  });

  it('a failed start-up read leaves every read to the store', async () => {
    const s = setup(null);
    await s.stores.tokens.put(token('stored'));
    expect(await s.client.getAccessToken(RS)).toBe('stored');
    expect(await s.client.isLoggedIn()).toBe(false);
  });
});
