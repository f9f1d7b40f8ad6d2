// @vitest-environment node
/** Transfer routes: endpoint documents and search, ls and the file operations. */
import { describe, expect, it } from 'vitest';
import { harness } from './harness';
import { expectShape, fixture } from './fixture-shape';
import { COLLECTIONS, PATHS } from '../seed/ids';
import { ls, T1, transferToken } from './transfer-helpers';

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

  it('keeps every field the app edits, and a message to users reaches the document', async () => {
    const h = harness();
    const tok = await transferToken(h);
    const edit = {
      contact_info: 'Room 101',
      disable_verify: true,
      public: true,
      user_message: 'Back on Monday',
      user_message_link: 'https://example.org/news',
    };
    const put = await h.json(`/v0.10/endpoint/${COLLECTIONS.gcpAlice.id}`, tok, {
      method: 'PUT',
      body: JSON.stringify({ DATA_TYPE: 'endpoint', ...edit }),
    });
    expect(put.status).toBe(200);
    expect((await h.json(`/v0.10/endpoint/${COLLECTIONS.gcpAlice.id}`, tok)).body).toMatchObject(edit);
    const mapped = (await h.json(`/v0.10/endpoint/${COLLECTIONS.mapped.id}`, tok)).body;
    expect(mapped.user_message).toMatch(/maintenance/);
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
    await h.json('/__emulator/reset', undefined, { method: 'POST' });
    const tok2 = await transferToken(h);
    const body = (await h.json(ls(T1, PATHS.big), tok2)).body;
    expect(body.total).toBe(PATHS.bigCount);
    expect(body.DATA).toHaveLength(PATHS.bigCount);
    expect(body.DATA[99_999].name).toBe('data-099999.dat');
    const page = await h.json(ls(T1, PATHS.big, '&filter=name:~data-0999*&limit=50'), tok2);
    expect(page.body.total).toBe(100);
    expect(page.body.DATA).toHaveLength(50);
    // Building, listing and copying 100,000 entries twice takes seconds on a loaded machine.
  }, 60_000);
});
