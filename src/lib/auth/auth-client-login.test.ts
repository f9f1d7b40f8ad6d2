import { describe, expect, it } from 'vitest';
import { transferScopeWithDataAccess } from '@/lib/auth/scopes';
import { AUTH_BASE, CLIENT_ID } from '@/lib/auth/auth-test-kit';
import { makeClient, startLogin } from '@/lib/auth/login-test-client';

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
