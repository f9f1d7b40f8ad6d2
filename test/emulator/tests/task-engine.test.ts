// @vitest-environment node
/** Task engine: submission, progress on the logical clock, sync levels, options, cancel, deadlines, queueing. */
import { describe, expect, it } from 'vitest';
import { expectShape } from './fixture-shape';
import { item, names, T1, T2, taskHarness } from './task-helpers';
import { PATHS } from '../seed/ids';

describe('task engine: transfers', () => {
  it('submits (fixture shape, 202), stays queued-at-start until the clock moves, then copies recursively', async () => {
    const h = await taskHarness();
    const r = await h.submit({ label: 'nested copy', DATA: [item('/share/nested/level1/', '/copy/', true)] });
    expect(r.status).toBe(202);
    expectShape(r.body, 'transfer.submit_transfer');
    expect(r.body.code).toBe('Accepted');
    const before = await h.task(r.body.task_id);
    expectShape(before, 'transfer.get_task');
    expect(before.status).toBe('ACTIVE');
    expect(before.files_transferred).toBe(0);
    await h.advance(1);
    const after = await h.task(r.body.task_id);
    expectShape(after, 'transfer.get_task.succeeded');
    expect(after).toMatchObject({
      status: 'SUCCEEDED',
      files: 3,
      directories: 3,
      files_transferred: 3,
      bytes_transferred: 66,
      nice_status: null,
      subtasks_total: 6,
      subtasks_succeeded: 6,
      subtasks_pending: 0,
    });
    expect(names(await h.ls(T2, '/copy/'))).toEqual(['level2', 'one.txt']);
    expect(names(await h.ls(T2, '/copy/level2/level3/'))).toEqual(['deep.txt']);
    const ev = (await h.json(`/v0.10/task/${r.body.task_id}/event_list`, h.tok)).body;
    expectShape(ev, 'transfer.task_event_list');
    expect(ev.DATA.map((e: any) => e.code)).toEqual([
      'SUCCEEDED',
      'FILE_TRANSFERRED',
      'FILE_TRANSFERRED',
      'FILE_TRANSFERRED',
      'STARTED',
    ]);
    const perFile = ev.DATA.filter((e: any) => e.code === 'FILE_TRANSFERRED')
      .map((e: any) => JSON.parse(e.details).destination_path)
      .sort();
    expect(perFile).toEqual(['/copy/level2/level3/deep.txt', '/copy/level2/two.txt', '/copy/one.txt']);
  });

  it('progresses at the simulated bandwidth: bytes and effective rate move, nice_status OK while running', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 1024 * 1024, filesPerSecond: 1000 });
    const r = await h.submit({ DATA: [item('/share/sizes/1MiB.bin', '/big.bin')] });
    await h.advance(0);
    expect((await h.task(r.body.task_id)).bytes_transferred).toBe(0);
    await h.advance(0.5);
    const mid = await h.task(r.body.task_id);
    expect(mid.status).toBe('ACTIVE');
    expect(mid.nice_status).toBe('OK');
    expect(mid.bytes_transferred).toBeGreaterThan(400_000);
    expect(mid.bytes_transferred).toBeLessThan(1024 * 1024);
    await h.advance(1);
    const done = await h.task(r.body.task_id);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.bytes_transferred).toBe(1024 * 1024);
    expect(done.effective_bytes_per_second).toBeGreaterThan(500_000);
  });

  it('sync_level 0–3 copy only what the level says differs (levels are cumulative)', async () => {
    const h = await taskHarness();
    const w = h.emu.world;
    const t1 = w.storage(w.collection(T1)!);
    const t2 = w.storage(w.collection(T2)!);
    const src = w.treePath(w.collection(T1)!, '/sync-src/');
    const dst = w.treePath(w.collection(T2)!, '/sync/');
    t1.mkdirs(src, { mtime: 1, user: 'admin' });
    const put = (tree: typeof t1, path: string, size: number, seed: string, mtime: number) =>
      tree.writeFile(path, { size, content: { seed }, mtime, user: 'admin' });
    for (const [n, mtime] of [
      ['a', 1000],
      ['b', 1000],
      ['c', 2000],
      ['d', 1000],
    ] as const)
      put(t1, `${src}/${n}.txt`, 10, n, mtime);
    for (const [level, copied] of [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ] as const) {
      // Destination: a missing, b other size, c same size but older, d same size and time, other content.
      t2.mkdirs(dst, { mtime: 1, user: 'admin' });
      if (t2.tryStat(`${dst}/a.txt`)) t2.remove(`${dst}/a.txt`, { mtime: 1 });
      put(t2, `${dst}/b.txt`, 5, 'b', 1000);
      put(t2, `${dst}/c.txt`, 10, 'c', 1500);
      put(t2, `${dst}/d.txt`, 10, 'x', 1000);
      const r = await h.submit({
        DATA: [item('/sync-src/', '/sync/', true)],
        sync_level: level,
        preserve_timestamp: true,
      });
      await h.advance(1);
      const t = await h.task(r.body.task_id);
      expect([level, t.status, t.files_transferred, t.files_skipped]).toEqual([level, 'SUCCEEDED', copied, 4 - copied]);
      expect(t.sync_level).toBe(level);
    }
  });

  it('filter_rules, delete_destination_extra, preserve_timestamp and verify_checksum', async () => {
    const h = await taskHarness();
    const tree = h.emu.world.storage(h.emu.world.collection(T2)!);
    const root = h.emu.world.treePath(h.emu.world.collection(T2)!, '/filtered/');
    tree.mkdirs(root, { mtime: 1, user: 'admin' });
    tree.writeFile(root + '/extra.txt', { size: 1, content: { seed: 'e' }, mtime: 1, user: 'admin' });
    tree.writeFile(root + '/keep.log', { size: 1, content: { seed: 'k' }, mtime: 1, user: 'admin' });
    const r = await h.submit({
      DATA: [item('/share/nested/', '/filtered/', true)],
      delete_destination_extra: true,
      preserve_timestamp: true,
      verify_checksum: true,
      filter_rules: [
        { DATA_TYPE: 'filter_rule', method: 'exclude', type: 'dir', name: 'level3' },
        { DATA_TYPE: 'filter_rule', method: 'exclude', name: '*.log' },
      ],
    });
    await h.advance(1);
    const t = await h.task(r.body.task_id);
    expect(t.status).toBe('SUCCEEDED');
    expect(t.filter_rules).toHaveLength(2);
    expect(t.bytes_checksummed).toBe(t.bytes_transferred);
    expect(names(await h.ls(T2, '/filtered/'))).toEqual(['keep.log', 'level1']);
    expect(names(await h.ls(T2, '/filtered/level1/level2/'))).toEqual(['two.txt']);
    const src = (await h.ls(T1, '/share/nested/level1/')).DATA.find((d: any) => d.name === 'one.txt');
    const dst = (await h.ls(T2, '/filtered/level1/')).DATA.find((d: any) => d.name === 'one.txt');
    expect(dst.last_modified).toBe(src.last_modified);
  });

  it('skip_source_errors records skipped_errors (marker paging); without it a missing source fails the task', async () => {
    const h = await taskHarness();
    const skip = await h.submit({
      skip_source_errors: true,
      DATA: [item('/share/nope-1', '/s/1'), item('/share/nope-2', '/s/2'), item('/share/godata/file1.txt', '/s/ok')],
    });
    await h.advance(1);
    const t = await h.task(skip.body.task_id);
    expect(t).toMatchObject({ status: 'SUCCEEDED', subtasks_skipped_errors: 2, files_transferred: 1 });
    const p1 = (await h.json(`/v0.10/task/${skip.body.task_id}/skipped_errors?limit=1`, h.tok)).body;
    expectShape(p1, 'transfer.task_skipped_errors', { extras: ['DATA_TYPE', 'marker', 'next_marker'] });
    expect(p1.DATA[0]).toMatchObject({ error_code: 'FILE_NOT_FOUND', source_path: '/share/nope-1' });
    expect(p1.next_marker).toBe(1);
    const p2 = (await h.json(`/v0.10/task/${skip.body.task_id}/skipped_errors?limit=1&marker=1`, h.tok)).body;
    expect(p2.DATA[0].source_path).toBe('/share/nope-2');
    expect(p2.next_marker).toBeNull();
    const st = (await h.json(`/v0.10/task/${skip.body.task_id}/successful_transfers`, h.tok)).body;
    expectShape(st, 'transfer.endpoint_manager_task_successful_transfers');
    expect(st.DATA).toEqual([
      { DATA_TYPE: 'successful_transfer', destination_path: '/s/ok', source_path: '/share/godata/file1.txt' },
    ]);

    const fail = await h.submit({ DATA: [item('/share/nope-1', '/s/1')] });
    await h.advance(1);
    expect(await h.task(fail.body.task_id)).toMatchObject({
      status: 'FAILED',
      fatal_error: { code: 'FILE_NOT_FOUND' },
    });
  });

  it('successful_transfers pages by marker', async () => {
    const h = await taskHarness();
    const r = await h.submit({ DATA: [item('/share/nested/level1/', '/m/', true)] });
    await h.advance(1);
    const seen: string[] = [];
    let marker: number | null = 0;
    while (marker !== null) {
      const page: any = (
        await h.json(`/v0.10/task/${r.body.task_id}/successful_transfers?limit=2&marker=${marker}`, h.tok)
      ).body;
      expect(page.marker).toBe(marker);
      seen.push(...page.DATA.map((d: any) => d.destination_path));
      marker = page.next_marker;
    }
    expect(seen.sort()).toEqual(['/m/level2/level3/deep.txt', '/m/level2/two.txt', '/m/one.txt']);
  });

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

describe('task engine: deletes', () => {
  it('deletes recursively (fixture shape), fails FILE_NOT_FOUND without ignore_missing, expands globs', async () => {
    const h = await taskHarness();
    const copy = await h.submit({
      DATA: [item(PATHS.godata, '/del/', true)],
      filter_rules: [{ method: 'exclude', type: 'dir', name: '*' }],
    });
    await h.advance(1);
    expect((await h.task(copy.body.task_id)).status).toBe('SUCCEEDED');
    const glob = await h.del({
      interpret_globs: true,
      DATA: [{ DATA_TYPE: 'delete_item', path: '/del/file[12].txt' }],
    });
    expect(glob.status).toBe(202);
    expectShape(glob.body, 'transfer.submit_delete');
    await h.advance(1);
    expect(names(await h.ls(T2, '/del/'))).toEqual(['file3.txt']);
    const gone = await h.del({ DATA: [{ DATA_TYPE: 'delete_item', path: '/del/missing' }] });
    await h.advance(1);
    const failed = await h.task(gone.body.task_id);
    expectShape(failed, 'transfer.get_task.delete_failed', {
      extras: ['DATA_TYPE', 'fail_on_quota_errors', 'filter_rules', 'skip_source_errors', 'subtasks_skipped_errors'],
    });
    expect(failed).toMatchObject({ type: 'DELETE', status: 'FAILED', fatal_error: { code: 'FILE_NOT_FOUND' } });
    const rec = await h.del({ recursive: true, DATA: [{ DATA_TYPE: 'delete_item', path: '/del/' }] });
    await h.advance(1);
    expect((await h.task(rec.body.task_id)).status).toBe('SUCCEEDED');
    expect((await h.json(`/v0.10/operation/endpoint/${T2}/ls?path=/del/`, h.tok)).status).toBe(404);
  });
});
