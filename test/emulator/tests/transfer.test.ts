// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { harness } from './harness';
import { expectShape, fixture } from './fixture-shape';
import { COLLECTIONS, IDENTITIES, PATHS } from '../seed/ids';

const TRANSFER = 'urn:globus:auth:scope:transfer.api.globus.org:all';
const T1 = COLLECTIONS.tutorial1.id;
const ls = (id: string, path: string, extra = '') =>
  `/v0.10/operation/endpoint/${id}/ls?path=${encodeURIComponent(path)}${extra}`;

async function transferToken(
  h: ReturnType<typeof harness>,
  who: 'alice' | 'bob' | 'carol' = 'alice',
  scope = TRANSFER,
) {
  return h.tokenFor(await h.login(who, scope), 'transfer.api.globus.org');
}

describe('Transfer: endpoints', () => {
  it('GET endpoint documents match the fixture of each entity type', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const cases: [string, string][] = [
      [COLLECTIONS.gcsEndpoint.id, 'transfer.get_endpoint.gcsv5_endpoint'],
      [COLLECTIONS.mapped.id, 'transfer.get_endpoint.gcsv5_mapped_collection'],
      [T1, 'transfer.get_endpoint.gcsv5_guest_collection'],
      [COLLECTIONS.gcpAlice.id, 'transfer.get_endpoint.gcp_mapped_collection'],
      [COLLECTIONS.legacyV4.id, 'transfer.get_endpoint.gcsv4_host'],
    ];
    for (const [id, fx] of cases) {
      const r = await h.json(`/v0.10/endpoint/${id}`, tok);
      expect(r.status).toBe(200);
      expectShape(r.body, fx, { extras: true });
      expect(r.body.entity_type).toBe((fixture(fx).response_body as any).entity_type);
    }
    // the full GCSv5 endpoint fixture has every key we emit
    expectShape(
      (await h.json(`/v0.10/endpoint/${COLLECTIONS.gcsEndpoint.id}`, tok)).body,
      'transfer.get_endpoint.gcsv5_endpoint',
    );
  });

  it('unknown and deleted endpoints are 404 EndpointNotFound / EndpointDeleted', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const missing = await h.json('/v0.10/endpoint/00000000-0000-4000-8000-000000000999', tok);
    expect(missing.status).toBe(404);
    expectShape(missing.body, 'transfer.error.endpoint_not_found');
    const deleted = await h.json(`/v0.10/endpoint/${COLLECTIONS.deleted.id}`, tok);
    expect(deleted.body.code).toBe('EndpointDeleted');
  });

  it('endpoint_search: fulltext, scopes, entity filter and paging', async () => {
    const h = harness();
    const tok = await transferToken(h, 'bob');
    const r = await h.json('/v0.10/endpoint_search?filter_fulltext=tutorial', tok);
    expectShape(r.body, 'transfer.endpoint_search', { extras: true });
    expect(r.body.DATA.map((d: any) => d.id).sort()).toEqual([T1, COLLECTIONS.tutorial2.id].sort());
    const shared = await h.json('/v0.10/endpoint_search?filter_scope=shared-with-me', tok);
    expect(shared.body.DATA.map((d: any) => d.id)).toEqual([COLLECTIONS.aliceShare.id]);
    const mine = await h.json('/v0.10/endpoint_search?filter_scope=my-endpoints', tok);
    expect(mine.body.DATA.map((d: any) => d.id)).toEqual([COLLECTIONS.bobShare.id]);
    const v5 = await h.json('/v0.10/endpoint_search?filter_fulltext=emulated&filter_non_functional=0', tok);
    expect(v5.body.DATA.some((d: any) => d.entity_type === 'GCSv5_endpoint')).toBe(false);
    const page = await h.json('/v0.10/endpoint_search?filter_fulltext=emulated&limit=2&offset=0', tok);
    expect(page.body.DATA).toHaveLength(2);
    expect(page.body.has_next_page).toBe(true);
    expect((await h.json('/v0.10/endpoint_search', tok)).status).toBe(400);
    expect((await h.json('/v0.10/endpoint_search?filter_fulltext=x&offset=990&limit=20', tok)).status).toBe(400);
  });

  it('GCSv5 documents are read-only; GCP ones can be updated by their owner', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const v5 = await h.json(`/v0.10/endpoint/${COLLECTIONS.mapped.id}`, tok, {
      method: 'PUT',
      body: JSON.stringify({ display_name: 'x' }),
    });
    expect(v5.status).toBe(400);
    const gcp = await h.json(`/v0.10/endpoint/${COLLECTIONS.gcpAlice.id}`, tok, {
      method: 'PUT',
      body: JSON.stringify({ DATA_TYPE: 'endpoint', display_name: 'Renamed laptop' }),
    });
    expectShape(gcp.body, 'transfer.update_endpoint');
    expect((await h.json(`/v0.10/endpoint/${COLLECTIONS.gcpAlice.id}`, tok)).body.display_name).toBe('Renamed laptop');
  });
});

describe('Transfer: ls and friends', () => {
  it('lists like the fixtures: trailing slash, show_hidden default, special names round-trip', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const r = await h.json(ls(T1, '/share/godata'), tok);
    expect(r.status).toBe(200);
    expectShape(r.body, 'transfer.operation_ls.files');
    expect(r.body.path).toBe('/share/godata/');
    expect(r.body.DATA.map((d: any) => d.name)).toContain('Ωmega data #1 ü');
    const special = await h.json(ls(T1, PATHS.special), tok);
    expect(special.body.path).toBe(PATHS.special);
    expect(special.body.DATA.map((d: any) => d.name)).toContain('data #2.csv');
    const odd = await h.json(ls(T1, PATHS.oddNames), tok);
    expect(odd.body.DATA.map((d: any) => d.name)).toEqual(
      expect.arrayContaining(['.hidden-file', '100% done.txt', 'a+b=c.txt', 'what?.txt']),
    );
    const noHidden = await h.json(ls(T1, PATHS.oddNames, '&show_hidden=0'), tok);
    expect(noHidden.body.DATA.some((d: any) => d.name.startsWith('.'))).toBe(false);
    const empty = await h.json(ls(T1, PATHS.empty), tok);
    expectShape(empty.body, 'transfer.operation_ls.empty_dir');
    expect(empty.body.total).toBe(0);
  });

  it('supports ~, limit/offset, orderby and filter', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const home = await h.json(ls(COLLECTIONS.gcpAlice.id, '~/'), tok);
    expect(home.body.absolute_path).toBe('/home/alice/');
    const sorted = await h.json(ls(T1, PATHS.godata, '&orderby=size%20DESC,name%20ASC&filter=type:file'), tok);
    expect(sorted.body.DATA.map((d: any) => d.name)).toEqual(['file3.txt', 'file1.txt', 'file2.txt']);
    const globbed = await h.json(ls(T1, PATHS.godata, `&filter=${encodeURIComponent('name:~file*.txt/size:5,')}`), tok);
    expect(globbed.body.DATA.map((d: any) => d.name)).toEqual(['file3.txt']);
    const ored = await h.json(ls(T1, PATHS.godata, '&filter=name:file1.txt&filter=name:file2.txt'), tok);
    expect(ored.body.DATA).toHaveLength(2);
    const sliced = await h.json(ls(T1, PATHS.godata, '&limit=1&offset=1'), tok);
    expect(sliced.body.DATA).toHaveLength(1);
    expect(sliced.body.total).toBe(4);
  });

  it('reports the real error codes', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const missing = await h.json(ls(T1, '/nope/'), tok);
    expect([missing.status, missing.body.code]).toEqual([404, 'ClientError.NotFound']);
    const notDir = await h.json(ls(T1, PATHS.godata + 'file1.txt'), tok);
    expect([notDir.status, notDir.body.code]).toEqual([502, 'ExternalError.DirListingFailed.NotDirectory']);
    const stat = await h.json(`/v0.10/operation/endpoint/${T1}/stat?path=${encodeURIComponent('/nope')}`, tok);
    expect(stat.status).toBe(404);
    expectShape(stat.body, 'transfer.error.stat_not_found');
    const statOk = await h.json(
      `/v0.10/operation/endpoint/${T1}/stat?path=${encodeURIComponent(PATHS.godata + 'file3.txt')}`,
      tok,
    );
    expectShape(statOk.body, 'transfer.operation_stat');
    expect(statOk.body.size).toBe(6);
    const mkdir = (path: string) =>
      h.json(`/v0.10/operation/endpoint/${T1}/mkdir`, tok, {
        method: 'POST',
        body: JSON.stringify({ DATA_TYPE: 'mkdir', path }),
      });
    const made = await mkdir('/share/new dir #1/');
    expectShape(made.body, 'transfer.operation_mkdir');
    const again = await mkdir('/share/new dir #1/');
    expect([again.status, again.body.code]).toEqual([502, 'ExternalError.MkdirFailed.Exists']);
    const ro = await mkdir(PATHS.readOnly + 'x');
    expect(ro.status).toBe(403);
    const ren = await h.json(`/v0.10/operation/endpoint/${T1}/rename`, tok, {
      method: 'POST',
      body: JSON.stringify({ DATA_TYPE: 'rename', old_path: '/share/new dir #1', new_path: '/share/renamed ü' }),
    });
    expectShape(ren.body, 'transfer.operation_rename');
    expect((await h.json(ls(T1, '/share/renamed ü/'), tok)).status).toBe(200);
    const gcs = await h.json(ls(COLLECTIONS.gcsEndpoint.id, '/'), tok);
    expect(gcs.status).toBe(400);
  });

  // Its speed is a bench figure (`npm run bench`), not a timed assertion here.
  it('lists the 100 000-entry folder whole, and filtered pages of it, also after a reset', async () => {
    const h = harness();
    const tok = await transferToken(h);
    await h.request(ls(T1, PATHS.big), { headers: { authorization: `Bearer ${tok}` } });
    // After a reset the world is new, but the folder's listing is shared and still right.
    await h.request('/__emulator/reset', { method: 'POST' });
    const tok2 = await transferToken(h);
    const body = (await h.json(ls(T1, PATHS.big), tok2)).body;
    expect(body.total).toBe(PATHS.bigCount);
    expect(body.DATA).toHaveLength(PATHS.bigCount);
    expect(body.DATA[99_999].name).toBe('data-099999.dat');
    const page = await h.json(ls(T1, PATHS.big, '&filter=name:~data-0999*&limit=50'), tok2);
    expect(page.body.total).toBe(100);
    expect(page.body.DATA).toHaveLength(50);
  });
});

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

  it('GCSv4 needs activation; autoactivate fixes it', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const r = await h.json(ls(COLLECTIONS.legacyV4.id, '~/'), tok);
    expect([r.status, r.body.code]).toEqual([400, 'ClientError.ActivationRequired']);
    const act = await h.json(`/v0.10/endpoint/${COLLECTIONS.legacyV4.id}/autoactivate`, tok, { method: 'POST' });
    expectShape(act.body, 'transfer.endpoint_autoactivate.autoactivated', { extras: true });
    expect(act.body.code).toBe('AutoActivated.CachedCredential');
    expect((await h.json(ls(COLLECTIONS.legacyV4.id, '~/'), tok)).status).toBe(200);
    const again = await h.json(`/v0.10/endpoint/${COLLECTIONS.legacyV4.id}/autoactivate?if_expires_in=60`, tok, {
      method: 'POST',
    });
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
