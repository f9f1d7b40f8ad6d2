// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { harness } from './harness';
import { expectShape } from './fixture-shape';
import { COLLECTIONS, GROUPS, IDENTITIES, PATHS } from '../seed/ids';
import { seededBytes } from '../vfs/content';

describe('Groups', () => {
  it('my_groups honours statuses and includes memberships of linked identities', async () => {
    const h = harness();
    const tok = h.tokenFor(await h.login('alice'), 'groups.api.globus.org');
    const active = await h.json('/v2/groups/my_groups', tok);
    expectShape(active.body, 'groups.get_my_groups', {
      extras: ['description', 'subscription_id', 'subscription_info'],
    });
    expect(active.body.map((g: any) => g.id).sort()).toEqual(
      [GROUPS.aliceLab.id, GROUPS.aliceLabStudents.id, GROUPS.everyone.id].sort(),
    );
    const students = active.body.find((g: any) => g.id === GROUPS.aliceLabStudents.id);
    expect(students.my_memberships[0].identity_id).toBe(IDENTITIES.aliceUni.id);
    const pending = await h.json('/v2/groups/my_groups?statuses=pending,invited', tok);
    expect(pending.body.map((g: any) => g.id)).toEqual([GROUPS.carolReading.id]);
    expect((await h.json('/v2/groups/my_groups?statuses=bogus', tok)).status).toBe(422);
    const one = await h.json(`/v2/groups/${GROUPS.aliceLab.id}`, tok);
    expectShape(one.body, 'groups.get_group');
    const carolTok = h.tokenFor(await h.login('carol'), 'groups.api.globus.org');
    expect((await h.json(`/v2/groups/${GROUPS.aliceLabStudents.id}`, carolTok)).status).toBe(404);
  });

  it('401 in the Groups shape for a Transfer token', async () => {
    const h = harness();
    const transfer = h.tokenFor(await h.login('alice'), 'transfer.api.globus.org');
    const r = await h.json('/v2/groups/my_groups', transfer);
    expect(r.status).toBe(401);
    expect(Object.keys(r.body).sort()).toEqual(['code', 'detail']);
  });
});

describe('Collection HTTPS', () => {
  it('downloads deterministic bytes with the https-scope token and uploads with PUT', async () => {
    const h = harness();
    const T1 = COLLECTIONS.tutorial1.id;
    const doc = await h.login('alice', `openid https://auth.globus.org/scopes/${T1}/https`);
    const tok = h.tokenFor(doc, T1);
    const file = PATHS.special + 'data #2.csv';
    const url = `/__https/${T1}${file.split('/').map(encodeURIComponent).join('/')}`;
    const res = await h.request(url + '?download', {
      headers: { authorization: `Bearer ${tok}`, origin: 'http://localhost:5173' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('data #2.csv')}`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes).toEqual(seededBytes('/tutorial/ep1' + file, 2048));
    const part = await h.request(url, { headers: { authorization: `Bearer ${tok}`, range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(seededBytes('/tutorial/ep1' + file, 2048, 10, 20));
    const up = await h.request(`/__https/${T1}/share/${encodeURIComponent('upload ü #1.txt')}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tok}` },
      body: 'hello',
    });
    expect(up.status).toBe(201);
    const back = await h.request(`/__https/${T1}/share/${encodeURIComponent('upload ü #1.txt')}`, {
      headers: { authorization: `Bearer ${tok}` },
    });
    expect(await back.text()).toBe('hello');
    // A storage with no space left answers 507 and keeps the old bytes.
    await h.json(`/__emulator/collections/${T1}/quota`, undefined, {
      method: 'POST',
      body: JSON.stringify({ freeBytes: 3 }),
    });
    const full = await h.request(`/__https/${T1}/share/${encodeURIComponent('upload ü #1.txt')}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tok}` },
      body: 'hello, longer',
    });
    expect(full.status).toBe(507);
    expect(
      await (
        await h.request(`/__https/${T1}/share/${encodeURIComponent('upload ü #1.txt')}`, {
          headers: { authorization: `Bearer ${tok}` },
        })
      ).text(),
    ).toBe('hello');
    // a Transfer token is the wrong resource server
    const transfer = h.tokenFor(await h.login('alice'), 'transfer.api.globus.org');
    expect((await h.request(url, { headers: { authorization: `Bearer ${transfer}` } })).status).toBe(401);
  });

  it('expands `~` to the caller’s home, as Transfer does, for reads and writes', async () => {
    const h = harness();
    const T1 = COLLECTIONS.tutorial1.id;
    const doc = await h.login(
      'alice',
      `openid urn:globus:auth:scope:transfer.api.globus.org:all https://auth.globus.org/scopes/${T1}/https`,
    );
    const tok = h.tokenFor(doc, T1);
    const ls = await h.json(`/v0.10/operation/endpoint/${T1}/ls?path=/~/`, h.tokenFor(doc, 'transfer.api.globus.org'));
    const home: string = ls.body.absolute_path;
    expect(home).toMatch(/^\/(.+\/)?$/);
    const put = await h.request(`/__https/${T1}/~/from-home.txt`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tok}` },
      body: 'hi',
    });
    expect(put.status).toBe(201);
    const real = await h.request(`/__https/${T1}${home}from-home.txt`, { headers: { authorization: `Bearer ${tok}` } });
    expect(await real.text()).toBe('hi');
    const viaTilde = await h.request(`/__https/${T1}/~/from-home.txt`, { headers: { authorization: `Bearer ${tok}` } });
    expect(await viaTilde.text()).toBe('hi');
  });

  it('lets a browser resume a download: Range is allowed cross-origin and Content-Range exposed', async () => {
    const h = harness();
    const T1 = COLLECTIONS.tutorial1.id;
    const origin = 'http://localhost:5173';
    const pre = await h.request(`/__https/${T1}/~/README.txt`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'range' },
    });
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/\bRange\b/);
    const tok = h.tokenFor(await h.login('alice', `https://auth.globus.org/scopes/${T1}/https`), T1);
    const part = await h.request(`/__https/${T1}/~/README.txt`, {
      headers: { authorization: `Bearer ${tok}`, range: 'bytes=1-', origin },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('access-control-expose-headers')).toMatch(/\bContent-Range\b/);
  });

  it('ACLs apply: bob may read /projects/ of alice’s share but not /private/', async () => {
    const h = harness();
    const A = COLLECTIONS.aliceShare.id;
    const tok = h.tokenFor(await h.login('bob', `https://auth.globus.org/scopes/${A}/https`), A);
    expect(
      (await h.request(`/__https/${A}/projects/summary.txt`, { headers: { authorization: `Bearer ${tok}` } })).status,
    ).toBe(200);
    expect(
      (await h.request(`/__https/${A}/private/diary.txt`, { headers: { authorization: `Bearer ${tok}` } })).status,
    ).toBe(403);
    expect(
      (
        await h.request(`/__https/${A}/projects/new.txt`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${tok}` },
          body: 'x',
        })
      ).status,
    ).toBe(403);
  });
});

describe('Helper pages', () => {
  it('browse-collections delivers the selection to action by GET with folder[n]/file[n]', async () => {
    const h = harness();
    await h.login('alice', 'openid', {}, false); // leaves a browser session cookie
    const T1 = COLLECTIONS.tutorial1.id;
    const q = new URLSearchParams({
      action: 'http://localhost:5173/picked',
      method: 'GET',
      cancelurl: 'http://localhost:5173/',
      folderlimit: '1',
      filelimit: '2',
      label: 'my label',
      origin_id: T1,
      origin_path: PATHS.godata,
    });
    const pageRes = await h.request(`/helpers/browse-collections?${q}`);
    const html = await pageRes.text();
    expect(html).toContain('aria-label="Select file1.txt"');
    expect(html).toContain('Ωmega data #1 ü');
    const form = new URLSearchParams();
    for (const [k, v] of q) form.append(`init.${k}`, v);
    form.append('endpoint_id', T1);
    form.append('path', PATHS.godata);
    form.append('label', 'my label');
    form.append('folder', 'Ωmega data #1 ü');
    form.append('file', 'file1.txt');
    form.append('file', 'file3.txt');
    const sent = await h.request('/helpers/browse-collections/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(sent.status).toBe(303);
    const target = new URL(sent.headers.get('location')!);
    expect(target.origin + target.pathname).toBe('http://localhost:5173/picked');
    const p = target.searchParams;
    expect([
      p.get('endpoint_id'),
      p.get('path'),
      p.get('folder[0]'),
      p.get('file[0]'),
      p.get('file[1]'),
      p.get('label'),
      p.get('entity_type'),
      p.get('high_assurance'),
      p.get('cancelurl'),
    ]).toEqual([
      T1,
      PATHS.godata,
      'Ωmega data #1 ü',
      'file1.txt',
      'file3.txt',
      'my label',
      'GCSv5_guest_collection',
      'false',
      'http://localhost:5173/',
    ]);
    // too many folders: back to the page with an error
    form.append('folder', 'other');
    const tooMany = await h.request('/helpers/browse-collections/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(new URL(tooMany.headers.get('location')!, 'http://x').searchParams.get('error')).toContain('at most 1');
  });

  it('POST method renders an auto-submitting form; legacy activation page activates GCSv4', async () => {
    const h = harness();
    await h.login('alice', 'openid');
    const form = new URLSearchParams({
      'init.action': 'http://localhost:5173/picked',
      'init.method': 'POST',
      endpoint_id: COLLECTIONS.tutorial1.id,
      path: '/share/',
    });
    const res = await h.request('/file-manager/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const html = await res.text();
    expect(html).toContain('action="http://localhost:5173/picked"');
    expect(html).toContain('name="endpoint_id" value="c0000000-0000-4000-8000-000000000001"');
    const v4 = COLLECTIONS.legacyV4.id;
    expect(await (await h.request(`/file-manager?origin_id=${v4}`)).text()).toContain('must be activated');
    await h.request('/file-manager/activate', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `origin_id=${v4}`,
    });
    expect(await (await h.request(`/file-manager?origin_id=${v4}`)).text()).toContain('is ready');
  });

  it('asks for a login when there is no session', async () => {
    const h = harness();
    const res = await h.request('/helpers/browse-collections?action=http://localhost:5173/x');
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Log in as alice@example.org');
  });
});
