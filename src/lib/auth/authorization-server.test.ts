import { describe, expect, it } from 'vitest';
import { allowsInsecureRequests, authorizationServer } from '@/lib/auth/authorization-server';
import { createAuthClient } from '@/lib/auth/auth-client';
import { freshStores, json, testConfig, urlOf } from '@/lib/auth/auth-test-kit';

describe('authorization server metadata', () => {
  it('derives every endpoint from the base URL without discovery', () => {
    expect(authorizationServer({ authBaseUrl: 'http://127.0.0.1:8787' })).toMatchObject({
      issuer: 'http://127.0.0.1:8787',
      authorization_endpoint: 'http://127.0.0.1:8787/v2/oauth2/authorize',
      token_endpoint: 'http://127.0.0.1:8787/v2/oauth2/token',
      revocation_endpoint: 'http://127.0.0.1:8787/v2/oauth2/token/revoke',
      jwks_uri: 'http://127.0.0.1:8787/jwk.json',
    });
  });

  it('allows plain http only for loopback hosts', () => {
    expect(allowsInsecureRequests('http://127.0.0.1:8787')).toBe(true);
    expect(allowsInsecureRequests('http://localhost:8787')).toBe(true);
    expect(allowsInsecureRequests('http://[::1]:8787')).toBe(true);
    expect(allowsInsecureRequests('http://auth.example.org')).toBe(false);
    expect(allowsInsecureRequests('https://auth.globus.org')).toBe(false);
  });

  const refreshAgainst = async (authBaseUrl: string) => {
    const stores = freshStores();
    const requested: string[] = [];
    await stores.tokens.put({
      resource_server: 'rs',
      access_token: 'A',
      refresh_token: 'R',
      expires_at: 0,
      scope: '',
      token_type: 'Bearer',
    });
    const client = createAuthClient(testConfig({ authBaseUrl }), {
      stores,
      fetch: async (input) => {
        requested.push(urlOf(input));
        return json({ access_token: 'B', token_type: 'Bearer', expires_in: 60, resource_server: 'rs' });
      },
    });
    return { token: await client.getAccessToken('rs'), requested };
  };

  it('talks to a loopback emulator over http', async () => {
    expect(await refreshAgainst('http://127.0.0.1:8787')).toEqual({
      token: 'B',
      requested: ['http://127.0.0.1:8787/v2/oauth2/token'],
    });
  });

  it('refuses plain http to any other host', async () => {
    const { token, requested } = await refreshAgainst('http://auth.example.org');
    expect(token).toBeNull();
    expect(requested).toEqual([]);
  });
});
