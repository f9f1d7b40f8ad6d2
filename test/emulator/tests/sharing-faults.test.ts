// @vitest-environment node
/** What sharing forms run into: paths outside the collection, past expiry, duplicates, limits, roles, deleted guests, hosts that do not share, invitations. */
import { describe, expect, it } from 'vitest';
import { harness } from './harness';
import { COLLECTIONS, IDENTITIES } from '../seed/ids';
import { transferToken } from './transfer-helpers';

const A = COLLECTIONS.aliceShare.id;
const post = (body: object) => ({ method: 'POST', body: JSON.stringify({ DATA_TYPE: 'access', ...body }) });
const rule = (extra: object = {}) => ({
  principal_type: 'identity',
  principal: IDENTITIES.carol.id,
  path: '/private/',
  permissions: 'r',
  ...extra,
});

describe('Transfer: access rule faults', () => {
  it('refuses a path outside the collection and an expiry in the past, on create and on update', async () => {
    const h = harness();
    const alice = await transferToken(h, 'alice');
    const outside = await h.json(`/v0.10/endpoint/${A}/access`, alice, post(rule({ path: '/lab/../../etc/' })));
    expect([outside.status, outside.body.code]).toEqual([400, 'InvalidPath']);
    const past = await h.json(
      `/v0.10/endpoint/${A}/access`,
      alice,
      post(rule({ expiration_date: '2001-01-01T00:00:00+00:00' })),
    );
    expect([past.status, past.body.code]).toEqual([400, 'BadRequest']);
    expect(past.body.message).toContain('expiration_date');
    const made = await h.json(
      `/v0.10/endpoint/${A}/access`,
      alice,
      post(rule({ expiration_date: '2999-01-01T00:00:00+00:00' })),
    );
    expect(made.status).toBe(201);
    const url = `/v0.10/endpoint/${A}/access/${made.body.access_id}`;
    const badUpdate = await h.json(url, alice, {
      method: 'PUT',
      body: JSON.stringify({ permissions: 'rw', expiration_date: '2001-01-01T00:00:00+00:00' }),
    });
    expect(badUpdate.status).toBe(400);
    // Nothing of a refused update is applied.
    expect((await h.json(url, alice)).body).toMatchObject({
      permissions: 'r',
      expiration_date: '2999-01-01T00:00:00+00:00',
    });
    const ok = await h.json(url, alice, {
      method: 'PUT',
      body: JSON.stringify({ permissions: 'rw', expiration_date: null }),
    });
    expect(ok.body.code).toBe('Updated');
    expect((await h.json(url, alice)).body).toMatchObject({ permissions: 'rw', expiration_date: null });
  });

  it('duplicate 409 Exists, limit 409 LimitExceeded, 403 without the access manager role, 404 once the guest is gone', async () => {
    const h = harness();
    const alice = await transferToken(h, 'alice');
    const bob = await transferToken(h, 'bob');
    expect((await h.json(`/v0.10/endpoint/${A}/access`, alice, post(rule()))).status).toBe(201);
    const dup = await h.json(`/v0.10/endpoint/${A}/access`, alice, post(rule()));
    expect([dup.status, dup.body.code]).toEqual([409, 'Exists']);
    const denied = await h.json(`/v0.10/endpoint/${A}/access`, bob, post(rule({ path: '/lab/' })));
    expect([denied.status, denied.body.code]).toEqual([403, 'PermissionDenied']);

    // A GCP guest collection fills up to the limit, then refuses.
    const guest = await h.json('/v0.10/shared_endpoint', alice, {
      method: 'POST',
      body: JSON.stringify({
        DATA_TYPE: 'shared_endpoint',
        host_endpoint: COLLECTIONS.gcpAlice.id,
        host_path: '/home/alice/Documents/',
        display_name: 'Docs',
      }),
    });
    const G = guest.body.id;
    for (let i = 0; i < 1000; i++)
      expect((await h.json(`/v0.10/endpoint/${G}/access`, alice, post(rule({ path: `/d${i}/` })))).status).toBe(201);
    const full = await h.json(`/v0.10/endpoint/${G}/access`, alice, post(rule({ path: '/one-more/' })));
    expect([full.status, full.body.code]).toEqual([409, 'LimitExceeded']);

    expect((await h.json(`/v0.10/endpoint/${G}`, alice, { method: 'DELETE' })).body.code).toBe('Deleted');
    const gone = await h.json(`/v0.10/endpoint/${G}/access`, alice, post(rule({ path: '/after/' })));
    expect([gone.status, gone.body.code]).toEqual([404, 'EndpointDeleted']);
  }, 60_000);

  it('hosts that do not share through Transfer say so; only the owner of a personal collection shares from it', async () => {
    const h = harness();
    const alice = await transferToken(h, 'alice');
    const bob = await transferToken(h, 'bob');
    const make = (tok: string, host: string, path: string) =>
      h.json('/v0.10/shared_endpoint', tok, {
        method: 'POST',
        body: JSON.stringify({ DATA_TYPE: 'shared_endpoint', host_endpoint: host, host_path: path, display_name: 'x' }),
      });
    const v5 = await make(alice, COLLECTIONS.mapped.id, '/home/alice/');
    expect(v5.status).toBe(400);
    expect(v5.body.message).toContain('GCS Manager');
    expect((await make(bob, COLLECTIONS.gcpAlice.id, '/home/alice/')).body.code).toBe('PermissionDenied');
    expect((await make(alice, COLLECTIONS.gcpAlice.id, '/home/alice/no-such/')).body.message).toContain('host_path');
  });
});

describe('Auth: provisioning identities for invitations', () => {
  it('provision=true creates an unused placeholder for an address of a known organization, and only then', async () => {
    const h = harness();
    const doc = await h.login('alice', 'openid urn:globus:auth:scope:auth.globus.org:view_identities');
    const q = (u: string, provision: boolean) =>
      h.json(`/v2/api/identities?usernames=${encodeURIComponent(u)}&provision=${provision}`, doc.access_token);
    expect((await q('newcomer@uni.example.edu', false)).body.identities).toEqual([]);
    const made = (await q('newcomer@uni.example.edu', true)).body.identities;
    expect(made).toMatchObject([{ username: 'newcomer@uni.example.edu', status: 'unused' }]);
    // The same identity afterwards, provisioned or not; an unknown organization gets none.
    expect((await q('newcomer@uni.example.edu', false)).body.identities[0].id).toBe(made[0].id);
    expect((await q('someone@elsewhere.invalid', true)).body.identities).toEqual([]);
  });
});
