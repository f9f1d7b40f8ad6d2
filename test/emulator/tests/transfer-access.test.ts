// @vitest-environment node
/** Transfer routes: consent, login policy, activation, GCP connectivity, and sharing (ACLs, bookmarks, guest collections). */
import { describe, expect, it } from 'vitest';
import { harness } from './harness';
import { expectShape } from './fixture-shape';
import { COLLECTIONS, IDENTITIES, PATHS } from '../seed/ids';
import { ls, T1, TRANSFER, transferToken } from './transfer-helpers';

describe('Transfer: consent, policy, activation', () => {
  it('ConsentRequired on the mapped collection until the data_access consent, then success', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const denied = await h.json(ls(COLLECTIONS.mapped.id, '~/'), tok);
    expect(denied.status).toBe(403);
    expectShape(denied.body, 'transfer.error.consent_required');
    const required = denied.body.required_scopes[0];
    expect(required).toBe(`${TRANSFER}[*https://auth.globus.org/scopes/${COLLECTIONS.mapped.id}/data_access]`);
    expect(denied.body.authorization_parameters.required_scopes).toEqual([required]);
    const tok2 = await transferToken(h, 'alice', required);
    const ok = await h.json(ls(COLLECTIONS.mapped.id, '~/'), tok2);
    expect(ok.status).toBe(200);
    expect(ok.body.absolute_path).toBe('/home/alice/');
    // bob has not consented: still required for him
    expect((await h.json(ls(COLLECTIONS.mapped.id, '~/'), await transferToken(h, 'bob'))).body.code).toBe(
      'ConsentRequired',
    );
  });

  it('AuthPolicyFailed on the HA collection once the login is older than 30 minutes', async () => {
    const h = harness();
    const tok = await transferToken(h);
    expect((await h.json(ls(COLLECTIONS.highAssurance.id, '~/'), tok)).status).toBe(200);
    h.emu.clock.advance(31 * 60);
    const r = await h.json(ls(COLLECTIONS.highAssurance.id, '~/'), tok);
    expect(r.status).toBe(403);
    expectShape(r.body, 'transfer.error.auth_policy_failed');
  });

  it('GCSv4 needs activation; autoactivation fails without a cached credential and renews one that lapsed', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const v4 = COLLECTIONS.legacyV4.id;
    const r = await h.json(ls(v4, '~/'), tok);
    expect([r.status, r.body.code]).toEqual([400, 'ClientError.ActivationRequired']);
    const failed = await h.json(`/v0.10/endpoint/${v4}/autoactivate`, tok, { method: 'POST' });
    expect([failed.status, failed.body.code, failed.body.activated]).toEqual([200, 'AutoActivationFailed', false]);
    expect(failed.body.DATA.map((d: any) => d.name)).toContain('passphrase');
    const activated = await h.json(`/v0.10/endpoint/${v4}/activate`, tok, { method: 'POST', body: '{}' });
    expect(activated.body.activated).toBe(true);
    expect((await h.json(ls(v4, '~/'), tok)).status).toBe(200);
    h.emu.clock.advance(13 * 3600);
    expect((await h.json(ls(v4, '~/'), tok)).body.code).toBe('ClientError.ActivationRequired');
    const act = await h.json(`/v0.10/endpoint/${v4}/autoactivate`, tok, { method: 'POST' });
    expectShape(act.body, 'transfer.endpoint_autoactivate.autoactivated', { extras: true });
    expect(act.body.code).toBe('AutoActivated.CachedCredential');
    expect((await h.json(ls(v4, '~/'), tok)).status).toBe(200);
    const again = await h.json(`/v0.10/endpoint/${v4}/autoactivate?if_expires_in=60`, tok, { method: 'POST' });
    expect(again.body.code).toBe('AlreadyActivated');
  });

  it('a disconnected GCP collection answers 502 GCDisconnected', async () => {
    const h = harness();
    const tok = await transferToken(h);
    await h.json(`/__emulator/collections/${COLLECTIONS.gcpAlice.id}/disconnect`, undefined, { method: 'POST' });
    const r = await h.json(ls(COLLECTIONS.gcpAlice.id, '~/'), tok);
    expect(r.status).toBe(502);
    expectShape(r.body, 'transfer.error.gc_disconnected', { extras: ['resource'] });
  });
});

describe('Transfer: sharing', () => {
  it('ACLs decide what another identity can list and write', async () => {
    const h = harness();
    const alice = await transferToken(h, 'alice');
    const bob = await transferToken(h, 'bob');
    const carol = await transferToken(h, 'carol');
    const A = COLLECTIONS.aliceShare.id;
    expect((await h.json(ls(A, '/projects/'), bob)).status).toBe(200);
    expect((await h.json(ls(A, '/private/'), bob)).body.code).toBe('EndpointPermissionDenied');
    expect((await h.json(ls(A, '/projects/'), carol)).status).toBe(403);
    const mk = (tok: string, path: string) =>
      h.json(`/v0.10/operation/endpoint/${A}/mkdir`, tok, {
        method: 'POST',
        body: JSON.stringify({ DATA_TYPE: 'mkdir', path }),
      });
    expect((await mk(bob, '/projects/bob-was-here/')).status).toBe(403); // read-only rule
    expect((await mk(bob, '/lab/bob-was-here/')).status).toBe(200); // Alice Lab group rule is rw
    // alice grants carol read on /private/, then revokes it
    const created = await h.json(`/v0.10/endpoint/${A}/access`, alice, {
      method: 'POST',
      body: JSON.stringify({
        DATA_TYPE: 'access',
        principal_type: 'identity',
        principal: IDENTITIES.carol.id,
        path: '/private/',
        permissions: 'r',
      }),
    });
    expect(created.status).toBe(201);
    // access_id: the CLI fixture stub has an integer; live ids are UUID strings (docs/protocol/transfer.md#access-rules).
    expectShape({ ...created.body, access_id: 0 }, 'transfer.add_endpoint_acl_rule', { extras: [] });
    expect(created.body.access_id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await h.json(ls(A, '/private/'), carol)).status).toBe(200);
    const rule = await h.json(`/v0.10/endpoint/${A}/access/${created.body.access_id}`, alice);
    expectShape(rule.body, 'transfer.get_endpoint_acl_rule');
    const dup = await h.json(`/v0.10/endpoint/${A}/access`, alice, {
      method: 'POST',
      body: JSON.stringify({
        principal_type: 'identity',
        principal: IDENTITIES.carol.id,
        path: '/private/',
        permissions: 'r',
      }),
    });
    expect(dup.status).toBe(409);
    expect((await h.json(`/v0.10/endpoint/${A}/access_list`, bob)).status).toBe(403);
    const del = await h.json(`/v0.10/endpoint/${A}/access/${created.body.access_id}`, alice, { method: 'DELETE' });
    expect(del.body.code).toBe('Deleted');
    expect((await h.json(ls(A, '/private/'), carol)).status).toBe(403);
  });

  it('bookmarks CRUD and GCP guest collection creation', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const list = await h.json('/v0.10/bookmark_list', tok);
    expectShape(list.body, 'transfer.bookmark_list.with_data_type', { extras: ['pinned'] });
    const made = await h.json('/v0.10/bookmark', tok, {
      method: 'POST',
      body: JSON.stringify({ DATA_TYPE: 'bookmark', name: 'Ω #1', endpoint_id: T1, path: PATHS.special }),
    });
    expectShape(made.body, 'transfer.create_bookmark', { extras: ['pinned'] });
    const upd = await h.json(`/v0.10/bookmark/${made.body.id}`, tok, {
      method: 'PUT',
      body: JSON.stringify({ name: 'renamed' }),
    });
    expect(upd.body.name).toBe('renamed');
    expectShape(
      (await h.json(`/v0.10/bookmark/${made.body.id}`, tok, { method: 'DELETE' })).body,
      'transfer.delete_bookmark',
    );
    expect((await h.json(`/v0.10/bookmark/${made.body.id}`, tok)).body.code).toBe('BookmarkNotFound');
    const guest = await h.json('/v0.10/shared_endpoint', tok, {
      method: 'POST',
      body: JSON.stringify({
        DATA_TYPE: 'shared_endpoint',
        host_endpoint: COLLECTIONS.gcpAlice.id,
        host_path: '~/results/',
        display_name: 'Results',
      }),
    });
    expectShape(guest.body, 'transfer.create_shared_endpoint', { extras: ['resource', 'globus_connect_setup_key'] });
    const g = await h.json(`/v0.10/endpoint/${guest.body.id}`, tok);
    expect(g.body.entity_type).toBe('GCP_guest_collection');
    expect((await h.json(ls(guest.body.id, '/'), tok)).body.DATA.map((d: any) => d.name)).toEqual([
      'run-1.csv',
      'run-2.csv',
    ]);
    const mine = await h.json(`/v0.10/endpoint/${COLLECTIONS.gcpAlice.id}/my_shared_endpoint_list`, tok);
    expect(mine.body.DATA.map((d: any) => d.id)).toEqual([guest.body.id]);
  });

  it("routes not built answer a loud 501 in Transfer's shape", async () => {
    const h = harness();
    const tok = await transferToken(h);
    const r = await h.json('/v0.10/stream_access_point', tok);
    expect(r.status).toBe(501);
    expect(r.body.message).toContain('/v0.10/stream_access_point');
  });
});
