// @vitest-environment node
/** Task engine paths: consent rescinded mid-task, GCP stalls, source permission errors, delete queueing, symlink modes, ACLs during a transfer. */
import { describe, expect, it } from 'vitest';
import { item, names, T2, TRANSFER, taskHarness, type TaskHarness } from './task-helpers';
import { COLLECTIONS } from '../seed/ids';

const MAPPED = COLLECTIONS.mapped.id;
const DATA_ACCESS = `${TRANSFER}[*https://auth.globus.org/scopes/${MAPPED}/data_access]`;

async function loginWithDataAccess(h: TaskHarness): Promise<string> {
  return h.tokenFor(await h.login('alice', DATA_ACCESS), 'transfer.api.globus.org');
}

/** Rescinds alice's data_access consent through the consents page (the session cookie of her last login). */
async function rescindDataAccess(h: TaskHarness): Promise<void> {
  const html = await (await h.request('/v2/web/consents')).text();
  const rows = html.split('<li>').filter((r) => r.includes('/data_access'));
  expect(rows).toHaveLength(1);
  const id = /name="consent_id" value="(\d+)"/.exec(rows[0]!)![1]!;
  const res = await h.form('/v2/web/consents/rescind', { consent_id: id });
  expect(res.status).toBe(303);
}

describe('whole-task stalls', () => {
  it('a rescinded data_access consent makes the running task INACTIVE (CONSENT_REQUIRED); granting it again resumes it', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 1000 });
    const tok = await loginWithDataAccess(h);
    const r = await h.submit(
      { source_endpoint: MAPPED, DATA: [item('/~/results/run-1.csv', '/consent/run-1.csv')] },
      tok,
    );
    expect(r.status).toBe(202);
    await h.advance(10);
    const running = await h.task(r.body.task_id, tok);
    expect(running).toMatchObject({ status: 'ACTIVE', nice_status: 'OK' });
    await rescindDataAccess(h);
    await h.advance(10);
    const stalled = await h.task(r.body.task_id, tok);
    expect(stalled).toMatchObject({ status: 'INACTIVE', nice_status: 'CONSENT_REQUIRED', is_ok: false });
    await h.advance(100);
    expect((await h.task(r.body.task_id, tok)).bytes_transferred).toBe(stalled.bytes_transferred);
    const errs = (await h.json(`/v0.10/task/${r.body.task_id}/event_list?filter=is_error:1`, tok)).body.DATA.map(
      (e: any) => e.code,
    );
    expect(errs).toContain('CONSENT_REQUIRED');
    const tok2 = await loginWithDataAccess(h);
    await h.advance(60);
    expect(await h.task(r.body.task_id, tok2)).toMatchObject({ status: 'SUCCEEDED', bytes_transferred: 52_000 });
  });

  it('a GCP collection disconnected mid-transfer holds bytes still (GC_NOT_CONNECTED fault event), then resumes where it stopped', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 100_000 });
    const gcp = COLLECTIONS.gcpAlice.id;
    const r = await h.submit({
      source_endpoint: gcp,
      destination_endpoint: T2,
      DATA: [item('/~/Documents/thesis.pdf', '/thesis.pdf')],
    });
    await h.advance(10);
    const mid = await h.task(r.body.task_id);
    expect(mid.bytes_transferred).toBeGreaterThan(0);
    await h.json(`/__emulator/collections/${gcp}/disconnect`, undefined, { method: 'POST' });
    await h.advance(300);
    const held = await h.task(r.body.task_id);
    expect(held).toMatchObject({ status: 'ACTIVE', nice_status: 'GC_NOT_CONNECTED', is_ok: false });
    expect(held.faults).toBeGreaterThanOrEqual(1);
    expect(held.bytes_transferred - mid.bytes_transferred).toBeLessThanOrEqual(100_000);
    await h.advance(300);
    expect((await h.task(r.body.task_id)).bytes_transferred).toBe(held.bytes_transferred);
    await h.json(`/__emulator/collections/${gcp}/reconnect`, undefined, { method: 'POST' });
    await h.advance(30);
    expect(await h.task(r.body.task_id)).toMatchObject({
      status: 'SUCCEEDED',
      bytes_transferred: 2_400_000,
      nice_status: null,
    });
  });
});

describe('permission errors and ACLs', () => {
  it('skip_source_errors skips an unreadable source path (skipped_errors PERMISSION_DENIED) and SUCCEEDS', async () => {
    const h = await taskHarness({}, 'bob');
    const r = await h.submit({
      source_endpoint: COLLECTIONS.aliceShare.id,
      skip_source_errors: true,
      DATA: [item('/private/diary.txt', '/bob/diary.txt'), item('/projects/summary.txt', '/bob/summary.txt')],
    });
    expect(r.status).toBe(202);
    await h.advance(1);
    expect(await h.task(r.body.task_id)).toMatchObject({
      status: 'SUCCEEDED',
      subtasks_skipped_errors: 1,
      files_transferred: 1,
    });
    const skipped = (await h.json(`/v0.10/task/${r.body.task_id}/skipped_errors`, h.tok)).body.DATA;
    expect(skipped).toEqual([
      expect.objectContaining({
        error_code: 'PERMISSION_DENIED',
        source_path: '/private/diary.txt',
        is_directory: false,
      }),
    ]);
  });

  it('without skip_source_errors an unreadable source retries every 60 s, counting faults, until the deadline expires it', async () => {
    const h = await taskHarness({}, 'bob');
    const deadline = new Date((h.emu.clock.now() + 300) * 1000).toISOString();
    const r = await h.submit({
      source_endpoint: COLLECTIONS.aliceShare.id,
      deadline,
      DATA: [item('/private/diary.txt', '/bob/diary.txt')],
    });
    await h.advance(130);
    const t = await h.task(r.body.task_id);
    expect(t).toMatchObject({ status: 'ACTIVE', nice_status: 'PERMISSION_DENIED', subtasks_retrying: 1 });
    expect(t.faults).toBe(3);
    await h.advance(200);
    expect(await h.task(r.body.task_id)).toMatchObject({
      status: 'FAILED',
      fatal_error: { code: 'EXPIRED' },
      subtasks_expired: 1,
    });
  });

  it('bob may read alice’s shared /projects/ but a transfer into it is denied (retrying PERMISSION_DENIED, nothing written)', async () => {
    const h = await taskHarness({}, 'bob');
    const share = COLLECTIONS.aliceShare.id;
    const out = await h.submit({ source_endpoint: share, DATA: [item('/projects/', '/from-alice/', true)] });
    const into = await h.submit({
      destination_endpoint: share,
      DATA: [item('/share/godata/file1.txt', '/projects/bob.txt')],
    });
    expect(into.status).toBe(202);
    await h.advance(5);
    expect(await h.task(out.body.task_id)).toMatchObject({ status: 'SUCCEEDED', files_transferred: 2 });
    expect(names(await h.ls(T2, '/from-alice/'))).toEqual(['paper-2024', 'summary.txt']);
    const denied = await h.task(into.body.task_id);
    expect(denied).toMatchObject({ status: 'ACTIVE', nice_status: 'PERMISSION_DENIED', files_transferred: 0 });
    const err = (await h.json(`/v0.10/task/${into.body.task_id}/event_list?filter=is_error:1`, h.tok)).body.DATA[0];
    expect(err.details).toBe('PERMISSION_DENIED on /projects/bob.txt; retrying');
    expect(names(await h.ls(share, '/projects/'))).not.toContain('bob.txt');
  });
});

describe('queueing and symlinks', () => {
  it('at most 3 active deletes per account: the 4th is Queued until one finishes', async () => {
    const h = await taskHarness({ filesPerSecond: 1 });
    const w = h.emu.world;
    const t2 = w.collection(T2)!;
    for (let i = 0; i < 4; i++)
      w.storage(t2).writeFile(w.treePath(t2, `/d${i}.txt`), {
        size: 1,
        content: { seed: 'd' },
        mtime: 1,
        user: 'admin',
      });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await h.del({ DATA: [{ DATA_TYPE: 'delete_item', path: `/d${i}.txt` }] })).body.task_id);
    await h.advance(1);
    expect((await h.task(ids[0]!)).nice_status).toBe('OK');
    expect(await h.task(ids[3]!)).toMatchObject({ status: 'ACTIVE', nice_status: 'Queued' });
    await h.advance(2);
    expect((await h.task(ids[0]!)).status).toBe('SUCCEEDED');
    expect((await h.task(ids[3]!)).nice_status).toBe('OK');
    await h.advance(3);
    expect((await h.task(ids[3]!)).status).toBe('SUCCEEDED');
  });

  it('recursive_symlinks: keep copies the links, copy follows them (broken ones dropped), ignore skips them', async () => {
    const h = await taskHarness();
    const w = h.emu.world;
    const t2 = w.collection(T2)!;
    for (const mode of ['keep', 'copy', 'ignore']) {
      const r = await h.submit({ recursive_symlinks: mode, DATA: [item('/share/links/', `/links-${mode}/`, true)] });
      await h.advance(1);
      expect([mode, (await h.task(r.body.task_id)).status]).toEqual([mode, 'SUCCEEDED']);
    }
    const kinds = (mode: string) =>
      Object.fromEntries(
        w
          .storage(t2)
          .list(w.treePath(t2, `/links-${mode}/`))
          .map(([name, node]) => [name, node.kind]),
      );
    expect(kinds('keep')).toEqual({ broken: 'symlink', 'to-file1': 'symlink', 'to-godata': 'symlink' });
    expect(kinds('copy')).toEqual({ 'to-file1': 'file', 'to-godata': 'dir' });
    expect(names(await h.ls(T2, '/links-copy/to-godata/'))).toContain('file1.txt');
    expect(kinds('ignore')).toEqual({});
  });
});
