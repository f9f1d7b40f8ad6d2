import { describe, expect, it } from 'vitest';
import type { CallbackResult } from '@/lib/auth/auth-client';
import { transferScopeWithDataAccess } from '@/lib/auth/scopes';
import { CLIENT_ID } from '@/lib/auth/auth-test-kit';
import { arriveAtCallback, makeClient, startLogin } from '@/lib/auth/login-test-client';

async function sha256url(input: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

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
