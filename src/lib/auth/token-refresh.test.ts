import { describe, expect, it } from 'vitest';
import { createAuthClient } from '@/lib/auth/auth-client';
import { AUTH_BASE, freshStores, json, readForm, testConfig, urlOf } from '@/lib/auth/auth-test-kit';
import { NetworkError } from '@/lib/globus/errors';

const RS = 'transfer.api.globus.org';
const MIN = 60_000;

type TokenEndpoint = (form: URLSearchParams) => Promise<Response> | Response;

async function setup(endpoint: TokenEndpoint, initial: { expiresInMs: number; refresh?: string }) {
  const stores = freshStores();
  let clock = 1_800_000_000_000;
  const seen: URLSearchParams[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    if (urlOf(input) !== `${AUTH_BASE}/v2/oauth2/token`) throw new Error(`unexpected ${urlOf(input)}`);
    const form = await readForm(init);
    seen.push(form);
    return endpoint(form);
  };
  await stores.tokens.put({
    resource_server: RS,
    access_token: 'old-AT',
    ...(initial.refresh ? { refresh_token: initial.refresh } : {}),
    expires_at: clock + initial.expiresInMs,
    scope: 'urn:globus:auth:scope:transfer.api.globus.org:all',
    token_type: 'Bearer',
  });
  const client = createAuthClient(testConfig(), { fetch: fetchImpl, now: () => clock, stores, navigate: () => {} });
  return { client, stores, seen, endpoint, advance: (ms: number) => (clock += ms), now: () => clock };
}

const refreshed = (access: string, refresh?: string) =>
  json({
    access_token: access,
    ...(refresh ? { refresh_token: refresh } : {}),
    expires_in: 172800,
    token_type: 'Bearer',
    scope: 'urn:globus:auth:scope:transfer.api.globus.org:all',
    resource_server: RS,
    other_tokens: [],
  });

describe('getAccessToken()', () => {
  it('returns a fresh token without refreshing', async () => {
    const s = await setup(() => refreshed('new-AT'), { expiresInMs: 60 * MIN, refresh: 'RT' });
    expect(await s.client.getAccessToken(RS)).toBe('old-AT');
    expect(s.seen).toHaveLength(0);
  });

  it('returns null for an unknown resource server', async () => {
    const s = await setup(() => refreshed('new-AT'), { expiresInMs: 60 * MIN, refresh: 'RT' });
    expect(await s.client.getAccessToken('groups.api.globus.org')).toBeNull();
  });

  it('refreshes within five minutes of expiry and stores the new expiry', async () => {
    const s = await setup(() => refreshed('new-AT'), { expiresInMs: 4 * MIN, refresh: 'RT' });
    expect(await s.client.getAccessToken(RS)).toBe('new-AT');
    expect(s.seen[0]?.get('grant_type')).toBe('refresh_token');
    expect(s.seen[0]?.get('refresh_token')).toBe('RT');
    expect(s.seen[0]?.get('client_id')).toBe(testConfig().clientId);
    const stored = await s.stores.tokens.get(RS);
    expect(stored?.expires_at).toBe(s.now() + 172_800_000);
    // Globus did not send a new refresh token: the old one is kept
    expect(stored?.refresh_token).toBe('RT');
  });

  it('stores a rotated refresh token', async () => {
    const s = await setup(() => refreshed('new-AT', 'RT2'), { expiresInMs: 0, refresh: 'RT' });
    await s.client.getAccessToken(RS);
    expect((await s.stores.tokens.get(RS))?.refresh_token).toBe('RT2');
  });

  it('shares one refresh between concurrent callers', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let n = 0;
    const s = await setup(
      async () => {
        n += 1;
        await gate;
        return refreshed(`new-AT-${n}`);
      },
      { expiresInMs: MIN, refresh: 'RT' },
    );
    const all = Promise.all([s.client.getAccessToken(RS), s.client.getAccessToken(RS), s.client.getAccessToken(RS)]);
    await new Promise((r) => setTimeout(r, 10));
    release();
    expect(await all).toEqual(['new-AT-1', 'new-AT-1', 'new-AT-1']);
    expect(s.seen).toHaveLength(1);
  });

  it('refreshes on demand with forceRefresh', async () => {
    const s = await setup(() => refreshed('forced-AT'), { expiresInMs: 60 * MIN, refresh: 'RT' });
    expect(await s.client.getAccessToken(RS, { forceRefresh: true })).toBe('forced-AT');
  });

  it('deletes the token and returns null when the refresh is refused', async () => {
    const s = await setup(() => json({ error: 'invalid_grant' }, 401), { expiresInMs: MIN, refresh: 'RT' });
    expect(await s.client.getAccessToken(RS)).toBeNull();
    expect(await s.stores.tokens.get(RS)).toBeUndefined();
  });

  it('returns null for an expired token without a refresh token', async () => {
    const s = await setup(() => refreshed('x'), { expiresInMs: -1 });
    expect(await s.client.getAccessToken(RS)).toBeNull();
    expect(s.seen).toHaveLength(0);
  });

  it('keeps using a still-valid token when Auth is unreachable, and fails loudly once it expired', async () => {
    const s = await setup(
      () => {
        throw new TypeError('Failed to fetch');
      },
      { expiresInMs: 2 * MIN, refresh: 'RT' },
    );
    expect(await s.client.getAccessToken(RS)).toBe('old-AT');
    s.advance(3 * MIN);
    await expect(s.client.getAccessToken(RS)).rejects.toBeInstanceOf(NetworkError);
    expect((await s.stores.tokens.get(RS))?.refresh_token).toBe('RT');
  });
});

describe('refresh across tabs', () => {
  it('uses the token another tab stored when our refresh is refused', async () => {
    const s = await setup(
      async () => {
        // the other tab wins the race and rotates the refresh token
        await s.stores.tokens.put({
          resource_server: RS,
          access_token: 'other-tab-AT',
          refresh_token: 'RT2',
          expires_at: s.now() + 172_800_000,
          scope: '',
          token_type: 'Bearer',
        });
        return json({ error: 'invalid_grant' }, 401);
      },
      { expiresInMs: MIN, refresh: 'RT' },
    );
    expect(await s.client.getAccessToken(RS)).toBe('other-tab-AT');
    expect((await s.stores.tokens.get(RS))?.refresh_token).toBe('RT2');
  });
});

/** Web Locks as two tabs of one browser see them: one holder per name, the others queue. */
function sharedLocks(): Pick<LockManager, 'request'> {
  const tails = new Map<string, Promise<unknown>>();
  const request = (name: string, work: () => Promise<unknown>) => {
    const run = (tails.get(name) ?? Promise.resolve()).then(work);
    tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  };
  return { request: request as LockManager['request'] };
}

describe('two tabs whose tokens expire together', () => {
  it('send one refresh between them; the second tab takes the rotated token from the shared store', async () => {
    let issued = 0;
    let current = 'RT';
    // Auth rotates refresh tokens: each one works once.
    const s = await setup(
      async (form) => {
        await new Promise((r) => setTimeout(r, 5));
        if (form.get('refresh_token') !== current) return json({ error: 'invalid_grant' }, 401);
        issued += 1;
        current = `RT${issued + 1}`;
        return refreshed(`new-AT-${issued}`, current);
      },
      { expiresInMs: MIN, refresh: 'RT' },
    );
    const locks = sharedLocks();
    const tab = () =>
      createAuthClient(testConfig(), {
        fetch: async (input, init) => {
          const form = await readForm(init);
          s.seen.push(form);
          if (urlOf(input) !== `${AUTH_BASE}/v2/oauth2/token`) throw new Error(`unexpected ${urlOf(input)}`);
          return s.endpoint(form);
        },
        now: s.now,
        stores: s.stores,
        navigate: () => {},
        locks,
      });
    const [a, b] = [tab(), tab()];
    expect(await Promise.all([a.getAccessToken(RS), b.getAccessToken(RS)])).toEqual(['new-AT-1', 'new-AT-1']);
    expect(s.seen).toHaveLength(1);
    // A 401 seen by both tabs for the same token: again one refresh.
    const forced = await Promise.all([
      a.getAccessToken(RS, { forceRefresh: true }),
      b.getAccessToken(RS, { forceRefresh: true }),
    ]);
    expect(forced).toEqual(['new-AT-2', 'new-AT-2']);
    expect(s.seen).toHaveLength(2);
    expect((await s.stores.tokens.get(RS))?.refresh_token).toBe('RT3');
  });
});
