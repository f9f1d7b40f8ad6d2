// @vitest-environment node
/** task_list filters / orderby / paging, endpoint_manager list and admin actions, pause rules, stalls, idempotent submission. */
import { describe, expect, it } from 'vitest';
import { expectShape, fixture, shapeProblems } from './fixture-shape';
import { item, T1, T2, taskHarness, TRANSFER } from './task-helpers';
import { COLLECTIONS, IDENTITIES } from '../seed/ids';
import { startEmulator } from '../server';
import { httpLogin, tokenForResourceServer } from '../http-login';

const seed = (h: any, body: Record<string, unknown>) =>
  h.json('/__emulator/tasks/seed', undefined, { method: 'POST', body: JSON.stringify(body) });

describe('task_list', () => {
  it('pages by offset/total, filters by type/status/label/request_time, orders, and hides other accounts', async () => {
    const h = await taskHarness();
    expect(
      (
        await seed(h, {
          identity: 'alice@example.org',
          count: 30,
          status: ['SUCCEEDED', 'FAILED', 'ACTIVE'],
          label: 'run',
        })
      ).status,
    ).toBe(201);
    await seed(h, { identity: 'alice@example.org', count: 5, type: 'DELETE', label: 'cleanup' });
    await seed(h, { identity: 'bob@example.org', count: 7 });
    const p1 = (await h.json('/v0.10/task_list?limit=10&offset=0', h.tok)).body;
    // Items carry DATA_TYPE (as fixture .paged.page1 does) and deletes the stray `key` (docs/protocol/tasks.md#task-documents).
    expectShape(p1, 'transfer.task_list', { extras: ['DATA_TYPE', 'key'] });
    expect([p1.total, p1.length, p1.offset, p1.limit]).toEqual([35, 10, 0, 10]);
    const all: string[] = [];
    for (let off = 0; off < 35; off += 10)
      all.push(
        ...(await h.json(`/v0.10/task_list?limit=10&offset=${off}`, h.tok)).body.DATA.map((t: any) => t.task_id),
      );
    expect(new Set(all).size).toBe(35);
    const q = async (filter: string, extra = '') =>
      (await h.json(`/v0.10/task_list?limit=100&filter=${encodeURIComponent(filter)}${extra}`, h.tok)).body;
    expect((await q('type:DELETE')).total).toBe(5);
    expect((await q('type:TRANSFER,DELETE/status:FAILED')).total).toBe(10);
    expect((await q('status:ACTIVE,INACTIVE')).total).toBe(10);
    expect((await q('label:~CLEAN*')).total).toBe(5);
    expect((await q('label:!~clean*')).total).toBe(30);
    expect((await q('label:=run 3')).DATA.map((t: any) => t.label)).toEqual(['run 3']);
    const times = (await q('type:TRANSFER', '&orderby=' + encodeURIComponent('request_time ASC'))).DATA.map(
      (t: any) => t.request_time,
    );
    expect(times).toEqual([...times].sort());
    const cut = times[10];
    expect((await q(`type:TRANSFER/request_time:${cut.replace('T', ' ').replace('+00:00', '')},`)).total).toBe(20);
    const labels = (await q('type:TRANSFER', '&orderby=' + encodeURIComponent('label DESC'))).DATA.map(
      (t: any) => t.label,
    );
    expect(labels).toEqual([...labels].sort().reverse());
    expect((await h.json('/v0.10/task_list?filter=colour:red', h.tok)).status).toBe(400);
    const bobTask = (await seed(h, { identity: 'bob@example.org', count: 1 })).body.task_ids[0];
    expect((await h.json(`/v0.10/task/${bobTask}`, h.tok)).status).toBe(403);
    expect((await h.json('/v0.10/task/00000000-0000-4000-8000-00000000dead', h.tok)).status).toBe(404);
  });
});

describe('endpoint manager', () => {
  it('lists tasks on managed collections with last_key paging and filters; admin pause/resume/cancel', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 10 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await h.submit({ label: `m${i}`, DATA: [item('/share/sizes/1KiB.bin', `/em${i}.bin`)] })).body.task_id);
    await seed(h, { identity: 'bob@example.org', count: 4 });
    const admin = h.tokenFor(await h.login('admin', TRANSFER), 'transfer.api.globus.org');
    const page1 = (await h.json('/v0.10/endpoint_manager/task_list?limit=5', admin)).body;
    expectShape(page1, 'transfer.endpoint_manager_task_list.paged.page1', { extras: true });
    expect(
      shapeProblems(page1.DATA[0], (fixture('transfer.endpoint_manager_task_list').response_body as any).DATA[0]),
    ).toEqual([]);
    expect(page1.has_next_page).toBe(true);
    const page2 = (
      await h.json(`/v0.10/endpoint_manager/task_list?limit=5&last_key=${encodeURIComponent(page1.last_key)}`, admin)
    ).body;
    expect(page2.has_next_page).toBe(false);
    expect(page1.DATA.length + page2.DATA.length).toBe(7);
    expect(
      (await h.json(`/v0.10/endpoint_manager/task_list?filter_owner_id=${IDENTITIES.bob.id}`, admin)).body.DATA,
    ).toHaveLength(4);
    expect((await h.json('/v0.10/endpoint_manager/task_list?filter_status=ACTIVE', admin)).body.DATA).toHaveLength(3);
    expect(
      (await h.json(`/v0.10/endpoint_manager/task_list?filter_endpoint=${T2}&filter_endpoint_use=source`, admin)).body
        .DATA,
    ).toHaveLength(0);
    expect(
      (await h.json(`/v0.10/endpoint_manager/task_list?filter_task_id=${ids[1]}`, admin)).body.DATA.map(
        (t: any) => t.task_id,
      ),
    ).toEqual([ids[1]]);
    // alice manages nothing on the tutorial collections
    expect((await h.json('/v0.10/endpoint_manager/task_list', h.tok)).body.DATA).toHaveLength(0);
    expect((await h.json(`/v0.10/endpoint_manager/task/${ids[0]}`, h.tok)).status).toBe(403);

    const pause = await h.json('/v0.10/endpoint_manager/admin_pause', admin, {
      method: 'POST',
      body: JSON.stringify({ message: 'maintenance', task_id_list: [ids[0]] }),
    });
    expect(pause.status).toBe(200);
    await h.advance(10);
    const paused = await h.task(ids[0]!);
    expect(paused).toMatchObject({ is_paused: true, status: 'ACTIVE' });
    const before = paused.bytes_transferred;
    expect((await h.json(`/v0.10/task/${ids[0]}/pause_info`, h.tok)).body.message).toBe('maintenance');
    await h.advance(10);
    expect((await h.task(ids[0]!)).bytes_transferred).toBe(before);
    await h.json('/v0.10/endpoint_manager/admin_resume', admin, {
      method: 'POST',
      body: JSON.stringify({ task_id_list: [ids[0]] }),
    });
    await h.advance(10);
    expect((await h.task(ids[0]!)).bytes_transferred).toBeGreaterThan(before);
    const codes = (
      await h.json(`/v0.10/endpoint_manager/task/${ids[0]}/event_list?filter_is_error=0&limit=100`, admin)
    ).body.DATA.map((e: any) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['PAUSED', 'UNPAUSED', 'STARTED']));

    const cancel = await h.json('/v0.10/endpoint_manager/admin_cancel', admin, {
      method: 'POST',
      body: JSON.stringify({ message: 'stop', task_id_list: [ids[1]] }),
    });
    expect(cancel.status).toBe(202);
    expect(cancel.body).toMatchObject({ DATA_TYPE: 'admin_cancel', done: false, task_id_list: [ids[1]] });
    expect(typeof cancel.body.id).toBe('number');
    expect((await h.task(ids[1]!)).status).toBe('ACTIVE');
    await h.advance(30);
    expect((await h.json(`/v0.10/endpoint_manager/admin_cancel/${cancel.body.id}`, admin)).body).toMatchObject({
      done: true,
      task_id_list: [ids[1]],
    });
    expect(await h.task(ids[1]!)).toMatchObject({
      status: 'FAILED',
      canceled_by_admin: 'BOTH',
      canceled_by_admin_message: 'stop',
      fatal_error: { code: 'CANCELED' },
    });
    const st = (await h.json(`/v0.10/endpoint_manager/task/${ids[2]}/successful_transfers`, admin)).body;
    expectShape(st, 'transfer.endpoint_manager_task_successful_transfers');
  });

  it('pause rules pause matching tasks (pause_info fixture shape) until deleted; CRUD and effective list', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 100 });
    const admin = h.tokenFor(await h.login('admin', TRANSFER), 'transfer.api.globus.org');
    const created = await h.json('/v0.10/endpoint_manager/pause_rule', admin, {
      method: 'POST',
      body: JSON.stringify({
        DATA_TYPE: 'pause_rule',
        endpoint_id: T2,
        message: 'disk swap',
        pause_task_transfer_write: true,
      }),
    });
    expect(created.status).toBe(200);
    expect(
      (
        await h.json('/v0.10/endpoint_manager/pause_rule', h.tok, {
          method: 'POST',
          body: JSON.stringify({ endpoint_id: T2, message: 'x' }),
        })
      ).status,
    ).toBe(403);
    const nothing = await h.json('/v0.10/endpoint_manager/pause_rule', admin, {
      method: 'POST',
      body: JSON.stringify({ endpoint_id: T2, message: 'x' }),
    });
    expect([nothing.status, nothing.body.code]).toEqual([400, 'ClientError.BadRequest']);
    const r = await h.submit({ DATA: [item('/share/sizes/1KiB.bin', '/pr.bin')] });
    await h.advance(5);
    const t = await h.task(r.body.task_id);
    expect(t).toMatchObject({ is_paused: true, bytes_transferred: 0 });
    const info = (await h.json(`/v0.10/task/${r.body.task_id}/pause_info`, h.tok)).body;
    expectShape(info, 'transfer.task_pause_info');
    expect(info).toMatchObject({ destination_pause_message: 'disk swap', source_pause_message: null });
    const eff = (await h.json(`/v0.10/endpoint/${T2}/my_effective_pause_rule_list`, h.tok)).body;
    expect(eff.DATA.map((x: any) => x.id)).toEqual([created.body.id]);
    const list = (await h.json(`/v0.10/endpoint_manager/pause_rule_list?filter_endpoint=${T2}`, admin)).body;
    expect(list.DATA).toHaveLength(1);
    const upd = await h.json(`/v0.10/endpoint_manager/pause_rule/${created.body.id}`, admin, {
      method: 'PUT',
      body: JSON.stringify({ message: 'disk swap 2' }),
    });
    expect(upd.body.message).toBe('disk swap 2');
    expect(
      (await h.json(`/v0.10/endpoint_manager/pause_rule/${created.body.id}`, admin, { method: 'DELETE' })).body.code,
    ).toBe('Deleted');
    await h.advance(20);
    expect((await h.task(r.body.task_id)).status).toBe('SUCCEEDED');
  });
});

describe('stalls and in-use', () => {
  it('a disconnected GCP collection stalls the task with GC_NOT_CONNECTED and it resumes on reconnect; in_use follows', async () => {
    const h = await taskHarness();
    const gcp = COLLECTIONS.gcpAlice.id;
    await h.json(`/__emulator/collections/${gcp}/disconnect`, undefined, { method: 'POST' });
    const r = await h.submit({
      source_endpoint: T1,
      destination_endpoint: gcp,
      DATA: [item('/share/godata/file1.txt', '/~/from-t1.txt')],
    });
    expect(r.status).toBe(202);
    await h.advance(5);
    expect(await h.task(r.body.task_id)).toMatchObject({
      status: 'ACTIVE',
      nice_status: 'GC_NOT_CONNECTED',
      is_ok: false,
    });
    expect((await h.json(`/v0.10/endpoint/${gcp}`, h.tok)).body.in_use).toBe(true);
    expect(
      (await h.json('/v0.10/endpoint_search?filter_scope=in-use', h.tok)).body.DATA.map((d: any) => d.id).sort(),
    ).toEqual([T1, gcp].sort());
    await h.json(`/__emulator/collections/${gcp}/reconnect`, undefined, { method: 'POST' });
    await h.advance(1);
    expect((await h.task(r.body.task_id)).status).toBe('SUCCEEDED');
    expect((await h.json(`/v0.10/endpoint/${gcp}`, h.tok)).body.in_use).toBe(false);
  });

  it("the activity helper page shows the signed-in owner's task", async () => {
    const h = await taskHarness();
    const r = await h.submit({ label: 'page <b>', DATA: [item('/share/godata/file1.txt', '/p.txt')] });
    void r;
    await h.advance(1);
    const page = await h.request(`/activity/${r.body.task_id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('page &lt;b&gt;');
    expect(html).toMatch(/data-field="status">SUCCEEDED</);
    await h.form('/helpers/login', { identity: IDENTITIES.bob.id, return: '/' });
    expect((await h.request(`/activity/${r.body.task_id}`)).status).toBe(404);
  });
});

describe('idempotent submission over a real socket', () => {
  it('a dropped response leaves exactly one task; the retry with the same submission_id answers Duplicate', async () => {
    const emu = await startEmulator({ port: 0, clock: 'manual' });
    try {
      const tok = tokenForResourceServer(
        await httpLogin(emu.url, IDENTITIES.alice.id, TRANSFER),
        'transfer.api.globus.org',
      );
      const auth = { authorization: `Bearer ${tok}`, 'content-type': 'application/json' };
      await fetch(`${emu.url}/__emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'POST', path: '/v0.10/transfer', drop: true }),
      });
      const sid = (await (await fetch(`${emu.url}/v0.10/submission_id`, { headers: auth })).json()).value;
      const body = JSON.stringify({
        DATA_TYPE: 'transfer',
        submission_id: sid,
        source_endpoint: T1,
        destination_endpoint: T2,
        DATA: [item('/share/godata/file1.txt', '/drop.txt')],
      });
      await expect(fetch(`${emu.url}/v0.10/transfer`, { method: 'POST', headers: auth, body })).rejects.toThrow();
      const retry = await fetch(`${emu.url}/v0.10/transfer`, { method: 'POST', headers: auth, body });
      const doc = await retry.json();
      expect([retry.status, doc.code]).toEqual([200, 'Duplicate']);
      const list = await (await fetch(`${emu.url}/v0.10/task_list?limit=100`, { headers: auth })).json();
      expect(list.total).toBe(1);
      expect(list.DATA[0].task_id).toBe(doc.task_id);
    } finally {
      await emu.close();
    }
  }, 30_000);
});
