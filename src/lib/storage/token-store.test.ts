import { describe, expect, it } from 'vitest';
import { createKeyValueStore } from '@/lib/storage/kv-store';
import { createTokenStore, isExpiring, toTokenRecord } from '@/lib/storage/token-store';
import { createPendingLoginStore } from '@/lib/storage/pending-login-store';
import { createUserStore } from '@/lib/storage/user-store';

let n = 0;
const freshTokenStore = () => createTokenStore(createKeyValueStore(`test-tokens-${++n}`));

describe('token store', () => {
  it('saves, loads per resource server and clears', async () => {
    const store = freshTokenStore();
    const now = 1_700_000_000_000;
    await store.put(
      toTokenRecord(
        {
          access_token: 'A',
          resource_server: 'auth.globus.org',
          expires_in: 172800,
          scope: 'openid',
          token_type: 'Bearer',
        },
        now,
      ),
    );
    await store.put(
      toTokenRecord(
        {
          access_token: 'T',
          refresh_token: 'R',
          resource_server: 'transfer.api.globus.org',
          expires_in: 100,
          scope: 'urn:globus:auth:scope:transfer.api.globus.org:all',
        },
        now,
      ),
    );
    const transfer = await store.get('transfer.api.globus.org');
    expect(transfer).toEqual({
      resource_server: 'transfer.api.globus.org',
      access_token: 'T',
      refresh_token: 'R',
      expires_at: now + 100_000,
      scope: 'urn:globus:auth:scope:transfer.api.globus.org:all',
      token_type: 'Bearer',
    });
    expect((await store.all()).map((r) => r.resource_server).sort()).toEqual([
      'auth.globus.org',
      'transfer.api.globus.org',
    ]);
    await store.delete('auth.globus.org');
    expect(await store.get('auth.globus.org')).toBeUndefined();
    await store.clear();
    expect(await store.all()).toEqual([]);
  });

  it('survives a new store instance over the same database', async () => {
    const kvName = `test-tokens-persist-${++n}`;
    await createTokenStore(createKeyValueStore(kvName)).put(
      toTokenRecord({ access_token: 'X', resource_server: 'groups.api.globus.org' }, 0),
    );
    const reopened = createTokenStore(createKeyValueStore(kvName));
    expect((await reopened.get('groups.api.globus.org'))?.access_token).toBe('X');
  });

  it('computes expiry with a margin', () => {
    const record = toTokenRecord({ access_token: 'X', resource_server: 'rs', expires_in: 600 }, 0);
    expect(isExpiring(record, 0)).toBe(false);
    expect(isExpiring(record, 0, 5 * 60_000)).toBe(false);
    expect(isExpiring(record, 300_001, 5 * 60_000)).toBe(true);
    expect(isExpiring(record, 600_000)).toBe(true);
  });

  it('refuses a token without a resource server', () => {
    expect(() => toTokenRecord({ access_token: 'X' }, 0)).toThrow();
  });
});

describe('records that do not fit', () => {
  it('a null or half-written token record reads as absent and is deleted', async () => {
    const kv = createKeyValueStore(`test-tokens-bad-${++n}`);
    await kv.set('transfer.api.globus.org', null);
    await kv.set('auth.globus.org', { resource_server: 'auth.globus.org', access_token: 'A' });
    await kv.set(
      'groups.api.globus.org',
      toTokenRecord({ access_token: 'G', resource_server: 'groups.api.globus.org' }, 0),
    );
    const store = createTokenStore(kv);
    expect((await store.all()).map((r) => r.access_token)).toEqual(['G']);
    expect(await store.get('transfer.api.globus.org')).toBeUndefined();
    expect((await kv.entries()).map(([key]) => key)).toEqual(['groups.api.globus.org']);
  });

  it('a user or pending-login record of the wrong shape reads as absent', async () => {
    const userKv = createKeyValueStore(`test-user-bad-${++n}`);
    await userKv.set('current', { claims: null, scopes: 'openid' });
    expect(await createUserStore(userKv).get()).toBeUndefined();
    expect(await userKv.get('current')).toBeUndefined();

    const pendingKv = createKeyValueStore(`test-pending-bad-${++n}`);
    await pendingKv.set('s', { state: 's' });
    expect(await createPendingLoginStore(pendingKv).get('s')).toBeUndefined();
  });
});

describe('pending login store', () => {
  it('finds a login only by its state and prunes stale ones', async () => {
    const store = createPendingLoginStore(createKeyValueStore(`test-pending-${++n}`));
    const base = { code_verifier: 'v', nonce: 'n', returnTo: '#/', scopes: ['openid'] };
    await store.save({ ...base, state: 'old', created_at: 0 });
    await store.save({ ...base, state: 'new', created_at: 3_600_000 });
    expect(await store.get('other')).toBeUndefined();
    await store.prune(3_700_000);
    expect(await store.get('old')).toBeUndefined();
    expect((await store.get('new'))?.code_verifier).toBe('v');
  });
});
