// @vitest-environment node
/** Task engine: retries while running (permissions, quota, server faults), cancel, deadlines, queueing, submission errors. */
import { describe, expect, it } from 'vitest';
import { expectShape } from './fixture-shape';
import { item, names, T1, T2, taskHarness } from './task-helpers';

describe('task engine: retries and lifecycle', () => {
  it('permission denied on the destination retries with a fault event, then succeeds once writable', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 1e9 });
    const r = await h.submit({
      source_endpoint: T2,
      destination_endpoint: T1,
      DATA: [item('/', '/share/readonly/x/', true)],
    });
    void r;
    const src = await h.submit({
      DATA: [item('/share/godata/file1.txt', '/share/readonly/new.txt')],
      source_endpoint: T1,
      destination_endpoint: T1,
    });
    await h.advance(1);
    const t = await h.task(src.body.task_id);
    expect(t).toMatchObject({ status: 'ACTIVE', nice_status: 'PERMISSION_DENIED', is_ok: false, subtasks_retrying: 1 });
    expect(t.faults).toBeGreaterThanOrEqual(1);
    const errs = (await h.json(`/v0.10/task/${src.body.task_id}/event_list?filter=is_error:1`, h.tok)).body;
    expect(errs.DATA[0].code).toBe('PERMISSION_DENIED');
    const dir = h.emu.world
      .storage(h.emu.world.collection(T1)!)
      .stat(h.emu.world.treePath(h.emu.world.collection(T1)!, '/share/readonly/')) as any;
    dir.permissions = '0777';
    await h.advance(61);
    expect((await h.task(src.body.task_id)).status).toBe('SUCCEEDED');
  });

  it('a full destination: QUOTA_EXCEEDED is retried until space is freed, or fails the task with fail_on_quota_errors', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 1e9 });
    const quota = (freeBytes: number | null) =>
      h.json(`/__emulator/collections/${T2}/quota`, undefined, { method: 'POST', body: JSON.stringify({ freeBytes }) });
    expect((await quota(1500)).body).toMatchObject({ free_bytes: 1500 });

    const waits = await h.submit({
      DATA: [item('/share/sizes/1KiB.bin', '/q/a.bin'), item('/share/sizes/1KiB.bin', '/q/b.bin')],
    });
    await h.advance(5);
    let t = await h.task(waits.body.task_id);
    expect(t).toMatchObject({
      status: 'ACTIVE',
      nice_status: 'QUOTA_EXCEEDED',
      is_ok: false,
      files_transferred: 1,
      subtasks_retrying: 1,
    });
    const errs = (await h.json(`/v0.10/task/${waits.body.task_id}/event_list?filter=is_error:1`, h.tok)).body;
    expect(errs.DATA[0]).toMatchObject({ code: 'QUOTA_EXCEEDED', is_error: true });
    expect((await quota(null)).body).toMatchObject({ free_bytes: null });
    await h.advance(61);
    t = await h.task(waits.body.task_id);
    expect(t).toMatchObject({ status: 'SUCCEEDED', files_transferred: 2 });

    await quota(100);
    const fails = await h.submit({ fail_on_quota_errors: true, DATA: [item('/share/sizes/1KiB.bin', '/q/c.bin')] });
    await h.advance(5);
    t = await h.task(fails.body.task_id);
    expect(t).toMatchObject({ status: 'FAILED', fail_on_quota_errors: true, fatal_error: { code: 'QUOTA_EXCEEDED' } });
    expect(names(await h.ls(T2, '/q/'))).toEqual(['a.bin', 'b.bin']);

    // Deleting gives the space back.
    const del = await h.del({ DATA: [{ DATA_TYPE: 'delete_item', path: '/q/' }], recursive: true });
    await h.advance(5);
    expect((await h.task(del.body.task_id)).status).toBe('SUCCEEDED');
    expect(h.emu.world.storage(h.emu.world.collection(T2)!).freeBytes).toBe(100 + 2048);
    expect((await quota(-1)).status).toBe(400);
  });

  it('injected server faults (CONNECT_FAILED, VERIFY_CHECKSUM) are retried with fault events, then the task succeeds', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 1e9 });
    const fault = (body: unknown) =>
      h.json(`/__emulator/collections/${T2}/task-fault`, undefined, { method: 'POST', body: JSON.stringify(body) });
    expect((await fault({ code: 'CONNECT_FAILED', times: 2 })).body).toMatchObject({
      task_fault: { code: 'CONNECT_FAILED', remaining: 2 },
    });
    const r = await h.submit({ DATA: [item('/share/godata/file1.txt', '/f/1.txt')] });
    await h.advance(5);
    expect(await h.task(r.body.task_id)).toMatchObject({
      status: 'ACTIVE',
      nice_status: 'CONNECT_FAILED',
      subtasks_retrying: 1,
    });
    await h.advance(130);
    const done = await h.task(r.body.task_id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', faults: 2 });
    const codes = (await h.json(`/v0.10/task/${r.body.task_id}/event_list?filter=is_error:1`, h.tok)).body.DATA.map(
      (e: any) => e.code,
    );
    expect(codes).toEqual(['CONNECT_FAILED', 'CONNECT_FAILED']);

    // A checksum mismatch only shows where checksums are verified.
    await fault({ code: 'VERIFY_CHECKSUM', times: 1 });
    const unverified = await h.submit({ verify_checksum: false, DATA: [item('/share/godata/file1.txt', '/f/2.txt')] });
    await h.advance(5);
    expect(await h.task(unverified.body.task_id)).toMatchObject({ status: 'SUCCEEDED', faults: 0 });
    const verified = await h.submit({ verify_checksum: true, DATA: [item('/share/godata/file1.txt', '/f/3.txt')] });
    await h.advance(5);
    expect(await h.task(verified.body.task_id)).toMatchObject({ status: 'ACTIVE', nice_status: 'VERIFY_CHECKSUM' });
    await h.advance(61);
    expect(await h.task(verified.body.task_id)).toMatchObject({ status: 'SUCCEEDED', faults: 1 });

    expect((await fault({ code: 'NOPE' })).status).toBe(400);
    expect((await fault({ code: null })).body).toMatchObject({ task_fault: null });
  });

  it('cancel (fixture shape), TaskComplete afterwards, remove hides it', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 1 });
    const r = await h.submit({ DATA: [item('/share/sizes/1KiB.bin', '/c.bin')] });
    await h.advance(10);
    const c1 = await h.json(`/v0.10/task/${r.body.task_id}/cancel`, h.tok, { method: 'POST' });
    expectShape(c1.body, 'transfer.cancel_task');
    expect(c1.body.code).toBe('Canceled');
    const t = await h.task(r.body.task_id);
    expect(t).toMatchObject({ status: 'FAILED', fatal_error: { code: 'CANCELED' }, subtasks_canceled: 1 });
    expect((await h.json(`/v0.10/task/${r.body.task_id}/cancel`, h.tok, { method: 'POST' })).body.code).toBe(
      'TaskComplete',
    );
    expect((await h.json(`/v0.10/task/${r.body.task_id}/remove`, h.tok, { method: 'POST' })).body.code).toBe('Removed');
    expect((await h.json(`/v0.10/task/${r.body.task_id}`, h.tok)).status).toBe(404);
  });

  it('deadline expiry fails the task with EXPIRED; PUT updates label and deadline', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 1 });
    const now = h.emu.clock.now();
    const r = await h.submit({
      DATA: [item('/share/sizes/1KiB.bin', '/d.bin')],
      deadline: new Date((now + 100) * 1000).toISOString(),
    });
    const put = await h.json(`/v0.10/task/${r.body.task_id}`, h.tok, {
      method: 'PUT',
      body: JSON.stringify({
        DATA_TYPE: 'task',
        label: 'renamed',
        deadline: new Date((now + 200) * 1000).toISOString(),
      }),
    });
    expect(put.body.code).toBe('Updated');
    await h.advance(150);
    expect((await h.task(r.body.task_id)).status).toBe('ACTIVE');
    await h.advance(100);
    const t = await h.task(r.body.task_id);
    expect(t).toMatchObject({ status: 'FAILED', label: 'renamed', fatal_error: { code: 'EXPIRED' } });
    expect(t.completion_time).toBe(new Date((now + 200) * 1000).toISOString().replace('.000Z', '+00:00'));
  });

  it('at most 3 active transfers per user: the 4th is Queued and starts when a slot frees', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 2048 });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await h.submit({ DATA: [item('/share/sizes/1KiB.bin', `/q${i}.bin`)] })).body.task_id);
    await h.advance(0);
    const fourth = await h.task(ids[3]!);
    expect(fourth).toMatchObject({ status: 'ACTIVE', nice_status: 'Queued' });
    expect((await h.task(ids[0]!)).nice_status).toBe('OK');
    await h.advance(1);
    expect((await h.task(ids[0]!)).status).toBe('SUCCEEDED');
    expect((await h.task(ids[3]!)).nice_status).toBe('OK');
    await h.advance(1);
    expect((await h.task(ids[3]!)).status).toBe('SUCCEEDED');
  });

  it('submission errors: NoTransferItems (fixture), EndpointNotFound, ConsentRequired listing both collections', async () => {
    const h = await taskHarness();
    const none = await h.submit({ DATA: [] });
    expect(none.status).toBe(400);
    expectShape(none.body, 'transfer.error.no_transfer_items');
    expect(none.body.code).toBe('ClientError.BadRequest.NoTransferItems');
    expect(
      (await h.submit({ source_endpoint: '00000000-0000-4000-8000-000000000999', DATA: [item('/a', '/b')] })).status,
    ).toBe(404);
    const mapped = '00000000';
    void mapped;
    const { COLLECTIONS } = await import('../seed/ids');
    const consent = await h.submit({
      source_endpoint: COLLECTIONS.mapped.id,
      destination_endpoint: COLLECTIONS.mapped.id,
      DATA: [item('/~/notes.txt', '/~/n2.txt')],
    });
    expect(consent.status).toBe(403);
    expect(consent.body.code).toBe('ConsentRequired');
    expect(consent.body.required_scopes).toHaveLength(1);
    expect(consent.body.required_scopes[0]).toContain(`${COLLECTIONS.mapped.id}/data_access`);
  });
});
