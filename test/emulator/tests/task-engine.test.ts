// @vitest-environment node
/** Task engine: submission, progress on the logical clock, sync levels, options, paging, deletes. */
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
