// @vitest-environment node
/** Task fidelity: per-file events and their cap, encryption / checksum / timestamp options, automatic deadlines. */
import { describe, expect, it } from 'vitest';
import { expectShape } from './fixture-shape';
import { item, T1, T2, taskHarness, type TaskHarness } from './task-helpers';
import { COLLECTIONS } from '../seed/ids';

const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', '+00:00');

/** Every event of a task, newest first (offset paging, 1000 a page). */
async function events(h: TaskHarness, id: string): Promise<any[]> {
  const out: any[] = [];
  for (;;) {
    const page = (await h.json(`/v0.10/task/${id}/event_list?limit=1000&offset=${out.length}`, h.tok)).body;
    out.push(...page.DATA);
    if (page.DATA.length === 0 || out.length >= page.total) return out;
  }
}

async function generate(h: TaskHarness, path: string, count: number): Promise<void> {
  const r = await h.json('/__emulator/storage/generate', undefined, {
    method: 'POST',
    body: JSON.stringify({ collection: T1, path, count, size: 10 }),
  });
  expect(r.status).toBeLessThan(300);
}

describe('per-file events', () => {
  it('records FILE_TRANSFERRED for the first fileEventLimit files only, then PROGRESS; successful_transfers still lists every file', async () => {
    const h = await taskHarness({ filesPerSecond: 0.5, bandwidthBytesPerSecond: 1e9 });
    expect(
      (await h.json('/__emulator/engine', undefined, { method: 'POST', body: JSON.stringify({ fileEventLimit: 10 }) }))
        .body.fileEventLimit,
    ).toBe(10);
    await generate(h, '/gen50/', 50);
    const r = await h.submit({ DATA: [item('/gen50/', '/gen50/', true)] });
    await h.advance(200);
    const t = await h.task(r.body.task_id);
    expect(t).toMatchObject({ status: 'SUCCEEDED', files_transferred: 50 });
    const ev = await events(h, r.body.task_id);
    expectShape(
      { DATA_TYPE: 'event_list', DATA: ev, length: ev.length, limit: 1000, offset: 0, total: ev.length },
      'transfer.task_event_list',
    );
    const perFile = ev.filter((e) => e.code === 'FILE_TRANSFERRED');
    expect(perFile).toHaveLength(10);
    // newest first: the oldest per-file event is the first file
    expect(JSON.parse(perFile.at(-1).details)).toEqual({
      source_path: '/gen50/file-0000000.dat',
      destination_path: '/gen50/file-0000000.dat',
      size: 10,
    });
    expect(ev.filter((e) => e.code === 'PROGRESS').length).toBeGreaterThanOrEqual(1);
    let marker: number | null = 0;
    let seen = 0;
    while (marker !== null) {
      const page: any = (
        await h.json(`/v0.10/task/${r.body.task_id}/successful_transfers?limit=20&marker=${marker}`, h.tok)
      ).body;
      seen += page.DATA.length;
      marker = page.next_marker;
    }
    expect(seen).toBe(50);
  });

  it('the default cap is 1,000 files per task', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 1e12, filesPerSecond: 1e9 });
    expect((await h.json('/__emulator/engine')).body.fileEventLimit).toBe(1000);
    await generate(h, '/gen1200/', 1200);
    const r = await h.submit({ DATA: [item('/gen1200/', '/gen1200/', true)] });
    await h.advance(1);
    expect((await h.task(r.body.task_id)).files_transferred).toBe(1200);
    expect((await events(h, r.body.task_id)).filter((e) => e.code === 'FILE_TRANSFERRED')).toHaveLength(1000);
  });

  it('deletes record FILE_DELETED per item; skipped source errors record a per-file error event', async () => {
    const h = await taskHarness();
    const copy = await h.submit({
      DATA: [item('/share/godata/file1.txt', '/pf/a.txt'), item('/share/godata/file2.txt', '/pf/b.txt')],
    });
    await h.advance(1);
    expect((await h.task(copy.body.task_id)).status).toBe('SUCCEEDED');
    const del = await h.del({
      DATA: [
        { DATA_TYPE: 'delete_item', path: '/pf/a.txt' },
        { DATA_TYPE: 'delete_item', path: '/pf/b.txt' },
      ],
    });
    await h.advance(1);
    const dels = (await events(h, del.body.task_id))
      .filter((e) => e.code === 'FILE_DELETED')
      .map((e) => JSON.parse(e.details).path)
      .sort();
    expect(dels).toEqual(['/pf/a.txt', '/pf/b.txt']);
    const skip = await h.submit({ skip_source_errors: true, DATA: [item('/share/nope', '/pf/nope')] });
    await h.advance(1);
    const err = (await h.json(`/v0.10/task/${skip.body.task_id}/event_list?filter=is_error:1`, h.tok)).body.DATA;
    expect(err.map((e: any) => e.code)).toEqual(['FILE_NOT_FOUND']);
    expect(JSON.parse(err[0].details)).toMatchObject({ source_path: '/share/nope', skipped: true });
  });
});

describe('transfer options', () => {
  it('force_encryption on a side turns encrypt_data on; other tasks keep what they asked for', async () => {
    const h = await taskHarness();
    const gcp = COLLECTIONS.gcpAlice.id;
    const put = await h.json(`/v0.10/endpoint/${gcp}`, h.tok, {
      method: 'PUT',
      body: JSON.stringify({ DATA_TYPE: 'endpoint', force_encryption: true }),
    });
    expect(put.status).toBe(200);
    expect((await h.json(`/v0.10/endpoint/${gcp}`, h.tok)).body.force_encryption).toBe(true);
    const forced = await h.submit({
      destination_endpoint: gcp,
      encrypt_data: false,
      DATA: [item('/share/godata/file1.txt', '/~/enc.txt')],
    });
    const plain = await h.submit({ encrypt_data: false, DATA: [item('/share/godata/file1.txt', '/enc.txt')] });
    const asked = await h.submit({ encrypt_data: true, DATA: [item('/share/godata/file1.txt', '/enc2.txt')] });
    expect((await h.task(forced.body.task_id)).encrypt_data).toBe(true);
    expect((await h.task(plain.body.task_id)).encrypt_data).toBe(false);
    expect((await h.task(asked.body.task_id)).encrypt_data).toBe(true);
  });

  it('preserve_timestamp keeps the source mtime, otherwise the copy time; verify_checksum moves bytes_checksummed', async () => {
    const h = await taskHarness();
    await h.advance(3600);
    const src = (await h.ls(T1, '/share/godata/')).DATA.find((d: any) => d.name === 'file1.txt');
    const keep = await h.submit({
      preserve_timestamp: true,
      verify_checksum: true,
      DATA: [item('/share/godata/file1.txt', '/ts/kept.txt')],
    });
    const fresh = await h.submit({
      preserve_timestamp: false,
      verify_checksum: false,
      DATA: [item('/share/godata/file1.txt', '/ts/fresh.txt')],
    });
    await h.advance(1);
    const copied = (await h.ls(T2, '/ts/')).DATA;
    const kept = copied.find((d: any) => d.name === 'kept.txt');
    const now = copied.find((d: any) => d.name === 'fresh.txt');
    expect(kept.last_modified).toBe(src.last_modified);
    expect(now.last_modified).not.toBe(src.last_modified);
    expect(Date.parse(now.last_modified.replace(' ', 'T'))).toBeGreaterThan(
      Date.parse(src.last_modified.replace(' ', 'T')),
    );
    const k = await h.task(keep.body.task_id);
    const f = await h.task(fresh.body.task_id);
    expect(k.bytes_checksummed).toBe(src.size);
    expect(f.bytes_checksummed).toBe(0);
    expect([k.verify_checksum, f.verify_checksum, k.preserve_timestamp, f.preserve_timestamp]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});

describe('automatic deadlines', () => {
  it('a transfer without a deadline starts at +24 h and is pushed to 72 h after progress; a delete stays at +24 h', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 100 });
    const start = h.emu.clock.now();
    const tr = await h.submit({
      DATA: [item('/share/sizes/1KiB.bin', '/dl1.bin'), item('/share/sizes/1KiB.bin', '/dl2.bin')],
    });
    const del = await h.del({ DATA: [{ DATA_TYPE: 'delete_item', path: '/nothing-here' }], ignore_missing: true });
    expect((await h.task(tr.body.task_id)).deadline).toBe(iso(start + 86_400));
    expect((await h.task(del.body.task_id)).deadline).toBe(iso(start + 86_400));
    await h.advance(15);
    const moving = await h.task(tr.body.task_id);
    expect(moving.files_transferred).toBe(1);
    expect(Date.parse(moving.deadline)).toBeGreaterThan(Date.parse(iso(start + 3 * 86_400)) - 60_000);
    expect((await h.task(del.body.task_id)).deadline).toBe(iso(start + 86_400));
  });

  it('a stalled transfer expires at its deadline: FAILED, fatal_error EXPIRED, an EXPIRED event, pending subtasks expired', async () => {
    const h = await taskHarness();
    const gcp = COLLECTIONS.gcpAlice.id;
    await h.json(`/__emulator/collections/${gcp}/disconnect`, undefined, { method: 'POST' });
    const r = await h.submit({ destination_endpoint: gcp, DATA: [item('/share/godata/file1.txt', '/~/late.txt')] });
    await h.advance(86_399);
    expect((await h.task(r.body.task_id)).status).toBe('ACTIVE');
    await h.advance(2);
    const t = await h.task(r.body.task_id);
    expect(t).toMatchObject({
      status: 'FAILED',
      fatal_error: { code: 'EXPIRED' },
      subtasks_expired: 1,
      nice_status: null,
    });
    expect((await events(h, r.body.task_id))[0]).toMatchObject({ code: 'EXPIRED', is_error: true });
  });
});

describe('base paths', () => {
  it('store_base_path_info records source_base_path / destination_base_path on the task; without it they are absent', async () => {
    const h = await taskHarness();
    const one = await h.submit({
      store_base_path_info: true,
      DATA: [item('/share/godata/', '/~/copy/', true)],
    });
    expect(await h.task(one.body.task_id)).toMatchObject({
      source_base_path: '/share/godata/',
      destination_base_path: '/~/copy/',
    });
    const several = await h.submit({
      store_base_path_info: true,
      DATA: [item('/share/godata/file1.txt', '/~/a/b/file1.txt'), item('/share/godata/file2.txt', '/~/a/file2.txt')],
    });
    expect(await h.task(several.body.task_id)).toMatchObject({
      source_base_path: '/share/godata/',
      destination_base_path: '/~/a/',
    });
    const plain = await h.submit({ DATA: [item('/share/godata/file1.txt', '/~/x.txt')] });
    expect(await h.task(plain.body.task_id)).not.toHaveProperty('source_base_path');
    const del = await h.del({ store_base_path_info: true, DATA: [{ DATA_TYPE: 'delete_item', path: '/~/x.txt' }] });
    expect(await h.task(del.body.task_id)).toMatchObject({ source_base_path: '/~/x.txt', destination_base_path: null });
    const listed = (await h.json(`/v0.10/task_list?filter=task_id:${several.body.task_id}`, h.tok)).body.DATA[0];
    expect(listed).toMatchObject({ source_base_path: '/share/godata/', destination_base_path: '/~/a/' });
  });
});
