// @vitest-environment node
/** Endpoint-manager views: task_list filters (completion time, faults, local user, paused), monitored endpoints, hosted list, access list. */
import { describe, expect, it } from 'vitest';
import { expectShape, fixture, shapeProblems } from './fixture-shape';
import { item, taskHarness, TRANSFER } from './task-helpers';
import { COLLECTIONS, IDENTITIES } from '../seed/ids';

const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', '+00:00');

describe('endpoint_manager task_list filters', () => {
  it('filter_completion_time, filter_min_faults, filter_local_user and filter_is_paused select the right tasks', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 100 });
    const admin = h.tokenFor(await h.login('admin', TRANSFER), 'transfer.api.globus.org');
    const t0 = h.emu.clock.now();
    const done = (await h.submit({ DATA: [item('/share/godata/file1.txt', '/f-done.txt')] })).body.task_id;
    await h.advance(5);
    const t1 = h.emu.clock.now();
    const faulty = (
      await h.submit({
        source_endpoint: COLLECTIONS.tutorial1.id,
        destination_endpoint: COLLECTIONS.tutorial1.id,
        DATA: [item('/share/godata/file1.txt', '/share/readonly/f.txt')],
      })
    ).body.task_id;
    const paused = (await h.submit({ DATA: [item('/share/sizes/1KiB.bin', '/f-paused.bin')] })).body.task_id;
    const bobTok = h.tokenFor(await h.login('bob', TRANSFER), 'transfer.api.globus.org');
    const bobs = (await h.submit({ DATA: [item('/share/godata/file2.txt', '/f-bob.txt')] }, bobTok)).body.task_id;
    await h.json('/v0.10/endpoint_manager/admin_pause', admin, {
      method: 'POST',
      body: JSON.stringify({ message: 'hold', task_id_list: [paused] }),
    });
    await h.advance(125);
    const ids = async (q: string) => {
      const r = await h.json(`/v0.10/endpoint_manager/task_list?${q}`, admin);
      expect(r.status).toBe(200);
      return r.body.DATA.map((t: any) => t.task_id).sort();
    };
    expect(await ids(`filter_completion_time=${encodeURIComponent(`${iso(t0)},${iso(t1)}`)}`)).toEqual([done]);
    expect(await ids(`filter_completion_time=${encodeURIComponent(`${iso(t1)},`)}`)).toEqual([bobs]);
    expect(await ids('filter_min_faults=2')).toEqual([faulty]);
    expect(await ids('filter_min_faults=0')).toEqual([done, faulty, paused, bobs].sort());
    expect(await ids('filter_local_user=bob')).toEqual([bobs]);
    expect(await ids('filter_local_user=alice')).toEqual([done, faulty, paused].sort());
    expect(await ids('filter_is_paused=true')).toEqual([paused]);
    expect(await ids('filter_is_paused=false&filter_status=ACTIVE')).toEqual([faulty]);
    expect((await h.json('/v0.10/endpoint_manager/task_list?filter_min_faults=-1', admin)).status).toBe(400);
    expect((await h.json('/v0.10/endpoint_manager/task_list?filter_completion_time=yesterday,', admin)).status).toBe(
      400,
    );
  });
});

describe('endpoint_manager collection views', () => {
  it('monitored_endpoints lists what the caller has an activity role on (endpoint documents)', async () => {
    const h = await taskHarness();
    const mine = (await h.json('/v0.10/endpoint_manager/monitored_endpoints', h.tok)).body;
    expect(mine.DATA_TYPE).toBe('endpoint_list');
    expect(mine.DATA.map((d: any) => d.id).sort()).toEqual([COLLECTIONS.aliceShare.id, COLLECTIONS.gcpAlice.id].sort());
    const guest = mine.DATA.find((d: any) => d.id === COLLECTIONS.aliceShare.id);
    expect(
      shapeProblems(guest, fixture('transfer.get_endpoint.gcsv5_guest_collection').response_body, { extras: true }),
    ).toEqual([]);
    const admin = h.tokenFor(await h.login('admin', TRANSFER), 'transfer.api.globus.org');
    const theirs = (await h.json('/v0.10/endpoint_manager/monitored_endpoints', admin)).body.DATA.map((d: any) => d.id);
    expect(theirs).toEqual(
      expect.arrayContaining([COLLECTIONS.mapped.id, COLLECTIONS.tutorial1.id, COLLECTIONS.aliceShare.id]),
    );
    expect(theirs).not.toContain(COLLECTIONS.gcpAlice.id);
    expect(theirs).not.toContain(COLLECTIONS.deleted.id);
  });

  it('hosted_endpoint_list lists the guest collections of a mapped collection; access_list its ACL; both need a role', async () => {
    const h = await taskHarness();
    const admin = h.tokenFor(await h.login('admin', TRANSFER), 'transfer.api.globus.org');
    const hosted = (
      await h.json(`/v0.10/endpoint_manager/endpoint/${COLLECTIONS.mapped.id}/hosted_endpoint_list`, admin)
    ).body;
    expect(hosted.DATA.map((d: any) => d.id).sort()).toEqual(
      [COLLECTIONS.aliceShare.id, COLLECTIONS.bobShare.id, COLLECTIONS.tutorial1.id, COLLECTIONS.tutorial2.id].sort(),
    );
    expect(hosted.DATA.every((d: any) => d.host_endpoint_id === COLLECTIONS.mapped.id)).toBe(true);
    const acl = (await h.json(`/v0.10/endpoint_manager/endpoint/${COLLECTIONS.aliceShare.id}/access_list`, admin)).body;
    expect(acl).toMatchObject({ DATA_TYPE: 'access_list', endpoint: COLLECTIONS.aliceShare.id, length: 2 });
    for (const rule of acl.DATA) expectShape(rule, 'transfer.get_endpoint_acl_rule');
    expect(acl.DATA.find((r: any) => r.principal === IDENTITIES.bob.id)).toMatchObject({
      path: '/projects/',
      permissions: 'r',
      principal_type: 'identity',
    });
    const doc = (await h.json(`/v0.10/endpoint_manager/endpoint/${COLLECTIONS.aliceShare.id}`, admin)).body;
    expect(doc.id).toBe(COLLECTIONS.aliceShare.id);
    // alice owns aliceShare but has no role on the mapped collection hosting it
    expect(
      (await h.json(`/v0.10/endpoint_manager/endpoint/${COLLECTIONS.mapped.id}/hosted_endpoint_list`, h.tok)).status,
    ).toBe(403);
    expect(
      (await h.json(`/v0.10/endpoint_manager/endpoint/${COLLECTIONS.aliceShare.id}/access_list`, h.tok)).status,
    ).toBe(200);
    const bob = h.tokenFor(await h.login('bob', TRANSFER), 'transfer.api.globus.org');
    expect(
      (await h.json(`/v0.10/endpoint_manager/endpoint/${COLLECTIONS.aliceShare.id}/access_list`, bob)).status,
    ).toBe(403);
  });
});
